import type { FieldInfo } from '../../api/schemas/fields';
import type { MultifieldCode } from '../../api/schemas/lead';
import type { LeadType } from '../../domain/types';
import { langStore, translate, type Translate } from '../../i18n/i18nStore';
import type { PreviewCatalog } from './catalog';
import { newRowKey, type LeadForm, type MultiRow } from './leadForm';
import type { References } from './references';

const row = (VALUE_TYPE: string, VALUE: string): MultiRow => ({ key: newRowKey(), VALUE_TYPE, VALUE });

const firstStatus = (refs: References, entity: string, prefer: string): string => {
  const list = refs.statuses.get(entity) ?? [];
  return (list.find((s) => s.STATUS_ID === prefer) ?? list[0])?.STATUS_ID ?? prefer;
};

/** A plausible value for a user field of the portal, by its type (empty for files and links). */
function userFieldSample(info: FieldInfo, refs: References, userId: string, t: Translate): string {
  switch (info.type) {
    case 'string':
      return t('preview.sample.text');
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
      return t('preview.sample.address');
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
 * Its texts, names and address are in the interface language (`t`, the current one when absent).
 */
export function sampleLead(
  leadType: LeadType,
  catalog: PreviewCatalog,
  refs: References,
  t: Translate = translate(langStore.getState().lang),
): LeadForm {
  const userId = [...refs.users.keys()][0] ?? '1';
  const values: Record<string, string> = {
    ID: '',
    TITLE: t(leadType === 'simple' ? 'preview.sample.titleSimple' : 'preview.sample.titleRepeat'),
    STATUS_ID: firstStatus(refs, 'STATUS', 'IN_PROCESS'),
    STATUS_DESCRIPTION: t('preview.sample.stageNote'),
    OPPORTUNITY: '12500.00',
    CURRENCY_ID: 'USD',
    SOURCE_ID: firstStatus(refs, 'SOURCE', 'WEB'),
    SOURCE_DESCRIPTION: t('preview.sample.sourceNote'),
    ASSIGNED_BY_ID: userId,
    OPENED: 'Y',
    COMMENTS: t('preview.sample.comments'),
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
      NAME: t('preview.sample.name'),
      SECOND_NAME: t('preview.sample.secondName'),
      LAST_NAME: t('preview.sample.lastName'),
      BIRTHDATE: '1988-04-12',
      POST: t('preview.sample.post'),
      COMPANY_TITLE: t('preview.sample.company'),
      ADDRESS: t('preview.sample.street'),
      ADDRESS_2: t('preview.sample.apartment'),
      ADDRESS_CITY: t('preview.sample.city'),
      ADDRESS_POSTAL_CODE: t('preview.sample.postalCode'),
      ADDRESS_REGION: '',
      ADDRESS_PROVINCE: t('preview.sample.province'),
      ADDRESS_COUNTRY: t('preview.sample.country'),
      ADDRESS_COUNTRY_CODE: t('preview.sample.countryCode'),
    });
    rows.PHONE = [row('WORK', t('preview.sample.workPhone')), row('MOBILE', t('preview.sample.mobilePhone'))];
    rows.EMAIL = [row('WORK', t('preview.sample.email'))];
    rows.WEB = [row('WORK', t('preview.sample.website'))];
    rows.IM = [row('TELEGRAM', t('preview.sample.telegram'))];
  }
  const lists: Record<string, readonly string[]> = { CONTACT_IDS: [], OBSERVER_IDS: [userId] };
  for (const [code, info] of Object.entries(catalog.fields)) {
    if (!code.startsWith('UF_CRM_')) continue;
    const value = userFieldSample(info, refs, userId, t);
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
