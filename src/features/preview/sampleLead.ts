import type { FieldInfo } from '../../api/schemas/fields';
import type { MultifieldCode } from '../../api/schemas/lead';
import type { LeadType } from '../../domain/types';
import type { PreviewCatalog } from './catalog';
import { newRowKey, type LeadForm, type MultiRow } from './leadForm';
import type { References } from './references';

const row = (VALUE_TYPE: string, VALUE: string): MultiRow => ({ key: newRowKey(), VALUE_TYPE, VALUE });

const firstStatus = (refs: References, entity: string, prefer: string): string => {
  const list = refs.statuses.get(entity) ?? [];
  return (list.find((s) => s.STATUS_ID === prefer) ?? list[0])?.STATUS_ID ?? prefer;
};

/** A plausible value for a user field of the portal, by its type (empty for files and links). */
function userFieldSample(info: FieldInfo, refs: References, userId: string): string {
  switch (info.type) {
    case 'string':
      return 'Sample text';
    case 'integer':
      return '42';
    case 'double':
      return '7.5';
    case 'boolean':
      return '1';
    case 'enumeration':
      return info.items?.[0]?.ID ?? '';
    case 'date':
      return '2024-06-14';
    case 'datetime':
      return '2024-06-14T10:30';
    case 'url':
      return 'https://example.com/sample';
    case 'employee':
      return userId;
    case 'money':
      return '1500|USD';
    case 'address':
      return '1 Sample Street, Springfield';
    case 'crm_status':
      return info.statusType ? firstStatus(refs, info.statusType, '') : '';
    default:
      return '';
  }
}

/**
 * The built-in sample lead: every field of a `leadType` card filled with a plausible value, so a
 * layout can be judged without a real lead. Stage, source and people come from the portal's lists
 * when loaded. A repeat lead gets a company (that is what makes a lead repeat, BITRIX24-API.md 3.4).
 */
export function sampleLead(leadType: LeadType, catalog: PreviewCatalog, refs: References): LeadForm {
  const userId = [...refs.users.keys()][0] ?? '1';
  const values: Record<string, string> = {
    ID: '',
    TITLE: leadType === 'simple' ? 'Website inquiry: CRM for 25 seats' : 'Repeat order: annual renewal',
    STATUS_ID: firstStatus(refs, 'STATUS', 'IN_PROCESS'),
    STATUS_DESCRIPTION: 'Waiting for the signed offer',
    OPPORTUNITY: '12500.00',
    CURRENCY_ID: 'USD',
    SOURCE_ID: firstStatus(refs, 'SOURCE', 'WEB'),
    SOURCE_DESCRIPTION: 'Pricing page form',
    ASSIGNED_BY_ID: userId,
    OPENED: 'Y',
    COMMENTS: 'Asked for a demo next week.\nPrefers e-mail.',
    DATE_CREATE: '2024-06-03T09:15',
    DATE_MODIFY: '2024-06-10T16:40',
    COMPANY_ID: leadType === 'repeat' ? '1' : '',
    UTM_SOURCE: 'google',
    UTM_MEDIUM: 'cpc',
    UTM_CAMPAIGN: 'spring_promo',
  };
  const rows: Partial<Record<MultifieldCode, readonly MultiRow[]>> = {};
  if (leadType === 'simple') {
    Object.assign(values, {
      HONORIFIC: firstStatus(refs, 'HONORIFIC', 'HNR_EN_3'),
      NAME: 'Emily',
      SECOND_NAME: 'Rose',
      LAST_NAME: 'Carter',
      BIRTHDATE: '1988-04-12',
      POST: 'Head of Sales',
      COMPANY_TITLE: 'Carter & Sons Ltd',
      ADDRESS: '221 Baker Street',
      ADDRESS_2: 'Office 4',
      ADDRESS_CITY: 'London',
      ADDRESS_POSTAL_CODE: 'NW1 6XE',
      ADDRESS_REGION: '',
      ADDRESS_PROVINCE: 'Greater London',
      ADDRESS_COUNTRY: 'United Kingdom',
      ADDRESS_COUNTRY_CODE: 'GB',
    });
    rows.PHONE = [row('WORK', '+44 20 7946 0958'), row('MOBILE', '+44 7700 900123')];
    rows.EMAIL = [row('WORK', 'emily.carter@example.com')];
    rows.WEB = [row('WORK', 'carter-sons.example.com')];
    rows.IM = [row('TELEGRAM', '@emilycarter')];
  }
  const lists: Record<string, readonly string[]> = { CONTACT_IDS: [], OBSERVER_IDS: [userId] };
  for (const [code, info] of Object.entries(catalog.fields)) {
    if (!code.startsWith('UF_CRM_')) continue;
    const value = userFieldSample(info, refs, userId);
    if (info.isMultiple)
      lists[code] =
        value === ''
          ? []
          : info.type === 'enumeration'
            ? (info.items ?? []).slice(0, 2).map((i) => i.ID)
            : [value];
    else values[code] = value;
  }
  return { values, lists, rows };
}
