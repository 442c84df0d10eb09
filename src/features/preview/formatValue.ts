import type { LeadFields } from '../../api/schemas/fields';
import { ADDRESS_PARTS, type CardField } from '../../domain/cardFields';
import { langStore, translate, type Translate } from '../../i18n/i18nStore';
import type { MessageKey } from '../../i18n/messages/en';
import { dataKeysOf } from './catalog';
import { formList, formRows, formValue, type LeadForm } from './leadForm';
import { isMultifieldCode, valueTypeLabel } from './multifieldTypes';
import { formatDate, formatDateTime, formatMoney, formatNumber, safeHref } from './formatters';
import { findStatus, userLabel, type References } from './references';
import { safeColor } from './safeColor';
import { hasContent } from './visibility';

/** One shown value: `label` is a caption such as a phone's "Mobile"; `href` only for safe schemes. */
export interface DisplayItem {
  readonly text: string;
  readonly label?: string;
  readonly href?: string;
}

/** What the card prints for a field: a text (stages carry their colour), a link, or a typed list. */
export type DisplayValue =
  | { readonly type: 'text'; readonly text: string; readonly color?: string }
  | { readonly type: 'link'; readonly text: string; readonly href: string }
  | { readonly type: 'list'; readonly items: readonly DisplayItem[] };

export interface FormatContext {
  /** BCP 47 tag for numbers and dates; `undefined` = the browser's (the user's) locale. */
  readonly locale: string | undefined;
  readonly fields: LeadFields;
  readonly refs: References;
  /** Words the card adds ("Yes", "Company #3"); the current interface language when absent. */
  readonly t?: Translate;
}

// the country's name is shown, so its code would say it twice
const ADDRESS_ORDER = ADDRESS_PARTS.filter((part) => part !== 'ADDRESS_COUNTRY_CODE');
const UTM_LABELS: Readonly<Record<string, MessageKey>> = {
  UTM_SOURCE: 'preview.utm.source',
  UTM_MEDIUM: 'preview.utm.medium',
  UTM_CAMPAIGN: 'preview.utm.campaign',
  UTM_CONTENT: 'preview.utm.content',
  UTM_TERM: 'preview.utm.term',
};
/** Prefixes of a `crm` user field's bound items (`D_118`: deal 118). */
const CRM_PREFIXES: Readonly<Record<string, MessageKey>> = {
  L: 'preview.lead.numbered',
  C: 'preview.contact.numbered',
  CO: 'preview.company.numbered',
  D: 'preview.deal.numbered',
};

function crmLabel(raw: string, t: Translate): string {
  const m = /^([A-Z]+)_(\d+)$/.exec(raw);
  const kind = m?.[1] !== undefined ? CRM_PREFIXES[m[1]] : undefined;
  return kind && m?.[2] !== undefined ? t(kind, { id: m[2] }) : `#${raw}`;
}

function fileLabel(raw: string, t: Translate): string {
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed === 'object' && parsed !== null && 'id' in parsed)
      return t('preview.file.numbered', { id: String(parsed.id) });
  } catch {
    // a bare file id
  }
  return t('preview.file.numbered', { id: raw });
}

/** One value of a single-key field (each item of a multiple one). */
function scalarItem(
  field: CardField,
  key: string,
  raw: string,
  ctx: FormatContext,
  t: Translate,
): DisplayItem {
  const info = ctx.fields[key];
  switch (field.kind) {
    case 'number':
      if (key === 'ID') return { text: raw };
      return { text: formatNumber(raw, ctx.locale, precisionOf(info?.settings)) };
    case 'list': {
      const entity = info?.statusType;
      const status = entity ? findStatus(ctx.refs, entity, raw) : undefined;
      return { text: status?.NAME ?? raw };
    }
    case 'user':
    case 'users':
      return { text: userLabel(ctx.refs, raw, t) };
    case 'boolean':
      return { text: t(raw === 'Y' || raw === '1' ? 'preview.input.yes' : 'preview.input.no') };
    case 'date':
      return { text: formatDate(raw, ctx.locale) };
    case 'datetime':
      return { text: formatDateTime(raw, ctx.locale) };
    case 'enumeration':
      return { text: info?.items?.find((i) => i.ID === raw)?.VALUE ?? raw };
    case 'url': {
      const href = safeHref(raw);
      return href ? { text: raw, href } : { text: raw };
    }
    case 'money': {
      const [amount = '', currency = ''] = raw.split('|');
      return { text: formatMoney(amount, currency, ctx.locale) };
    }
    case 'address':
      return { text: raw.split('|')[0] ?? raw };
    case 'crm':
      return { text: crmLabel(raw, t) };
    case 'file':
      return { text: fileLabel(raw, t) };
    default:
      return { text: raw };
  }
}

function precisionOf(settings: unknown): number {
  if (typeof settings !== 'object' || settings === null) return 2;
  const p = Number((settings as Record<string, unknown>)['PRECISION']);
  return Number.isInteger(p) && p >= 0 && p <= 20 ? p : 2;
}

const asValue = (item: DisplayItem, color?: string): DisplayValue =>
  item.href
    ? { type: 'link', text: item.text, href: item.href }
    : { type: 'text', text: item.text, ...(color ? { color } : {}) };

function multifieldItems(code: string, form: LeadForm, t: Translate): DisplayItem[] {
  if (!isMultifieldCode(code)) return [];
  return formRows(form, code)
    .filter((r) => r.VALUE.trim() !== '')
    .map((r) => {
      const value = r.VALUE.trim();
      const href =
        code === 'PHONE'
          ? `tel:${value.replace(/[^\d+]/g, '')}`
          : code === 'EMAIL'
            ? `mailto:${value}`
            : code === 'WEB'
              ? safeHref(value)
              : undefined;
      const text = code === 'IM' && value.startsWith('imol|') ? t('preview.im.openChannelChat') : value;
      return { text, label: valueTypeLabel(code, r.VALUE_TYPE, t), ...(href ? { href } : {}) };
    });
}

/**
 * What view mode prints for `field` of `lead`, or `null` when it has nothing to show (see
 * `hasContent`): statuses, sources and salutations by name, users by name, enumerations by item
 * label, numbers and dates in `ctx.locale`, composites from their parts, multifields as typed lists.
 */
export function formatValue(field: CardField, lead: LeadForm, ctx: FormatContext): DisplayValue | null {
  if (!hasContent(field, lead, ctx.fields)) return null;
  const t = ctx.t ?? translate(langStore.getState().lang);
  const v = (key: string) => formValue(lead, key).trim();
  switch (field.kind) {
    case 'multifield':
      return { type: 'list', items: multifieldItems(field.code, lead, t) };
    case 'client': {
      const company = v('COMPANY_ID');
      const items: DisplayItem[] = [
        ...(company !== '' && company !== '0'
          ? [{ label: t('preview.client.company'), text: t('preview.company.numbered', { id: company }) }]
          : []),
        ...formList(lead, 'CONTACT_IDS').map((id) => ({
          label: t('preview.client.contact'),
          text: t('preview.contact.numbered', { id }),
        })),
      ];
      return { type: 'list', items };
    }
    case 'utm':
      return {
        type: 'list',
        items: dataKeysOf(field)
          .filter((k) => v(k) !== '')
          .map((k) => {
            const label = UTM_LABELS[k];
            return { label: label ? t(label) : k, text: v(k) };
          }),
      };
    default:
      break;
  }
  if (field.code === 'OPPORTUNITY_WITH_CURRENCY') {
    return { type: 'text', text: formatMoney(v('OPPORTUNITY'), v('CURRENCY_ID'), ctx.locale) };
  }
  if (field.code === 'ADDRESS') {
    return {
      type: 'text',
      text: ADDRESS_ORDER.map(v)
        .filter((s) => s !== '')
        .join(', '),
    };
  }
  const key = dataKeysOf(field)[0] ?? field.code;
  const list = lead.lists[key];
  if (list !== undefined) {
    return {
      type: 'list',
      items: list.filter((s) => s.trim() !== '').map((s) => scalarItem(field, key, s, ctx, t)),
    };
  }
  const item = scalarItem(field, key, v(key), ctx, t);
  const entity = ctx.fields[key]?.statusType;
  const color = entity === 'STATUS' ? safeColor(findStatus(ctx.refs, entity, v(key))?.COLOR) : undefined;
  return asValue(item, color);
}
