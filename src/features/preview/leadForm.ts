import type { LeadFields } from '../../api/schemas/fields';
import { MULTIFIELD_CODES, type Lead, type MultifieldCode } from '../../api/schemas/lead';
import { htmlToText } from './htmlText';
import { isMultifieldCode } from './multifieldTypes';

/** One multifield row; `ID` is absent for a row typed in the preview and not yet on the portal. */
export interface MultiRow {
  /** React key, stable while the row is edited. */
  readonly key: string;
  readonly ID?: string;
  readonly VALUE_TYPE: string;
  readonly VALUE: string;
}

/**
 * A lead as the preview shows and edits it, keyed by `crm.lead.get` data keys (`OPPORTUNITY`,
 * `ADDRESS_CITY`, `UF_CRM_…`; not card names). Every value is a string in the form an input holds:
 * dates `YYYY-MM-DD`, date-times `YYYY-MM-DDTHH:mm` in the portal's wall time, `COMMENTS` as plain
 * text, `""` for unset. Multiple values are lists; multifields are rows.
 */
export interface LeadForm {
  readonly values: Readonly<Record<string, string>>;
  readonly lists: Readonly<Record<string, readonly string[]>>;
  readonly rows: Readonly<Partial<Record<MultifieldCode, readonly MultiRow[]>>>;
}

export const EMPTY_FORM: LeadForm = { values: {}, lists: {}, rows: {} };

/** Keys that hold several values even though `crm.lead.fields` may not say so (the card's own data keys). */
const LIST_KEYS: ReadonlySet<string> = new Set(['CONTACT_IDS', 'OBSERVER_IDS']);

/** Whether `key` holds a list of values in a {@link LeadForm}. */
export const isListKey = (key: string, fields: LeadFields): boolean =>
  LIST_KEYS.has(key) || (fields[key]?.isMultiple === true && !isMultifieldCode(key));

const ISO_DATE = /^(\d{4}-\d{2}-\d{2})/;
const ISO_DATETIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})/;

/** A portal value as an input holds it (see {@link LeadForm}). */
export function scalarToForm(key: string, type: string | undefined, raw: unknown): string {
  if (raw === null || raw === undefined || raw === false) return '';
  if (typeof raw === 'object') return JSON.stringify(raw); // e.g. a file: shown, never edited
  const s = String(raw);
  if (type === 'date') return ISO_DATE.exec(s)?.[1] ?? '';
  if (type === 'datetime') {
    // The wall time the portal printed (its own offset): sent back without an offset, the portal
    // reads it in its own zone again, so an untouched value round-trips unchanged.
    const m = ISO_DATETIME.exec(s);
    return m ? `${m[1]}T${m[2]}` : '';
  }
  if (key === 'COMMENTS') return htmlToText(s);
  if (type === 'boolean' && raw === true) return '1';
  return s;
}

function listToForm(key: string, type: string | undefined, raw: unknown): string[] {
  const items = Array.isArray(raw)
    ? raw
    : raw === null || raw === undefined || raw === false || raw === ''
      ? []
      : [raw];
  return items.map((v) => scalarToForm(key, type, v)).filter((v) => v !== '');
}

let rowCounter = 0;
/** A fresh React key for a multifield row. */
export const newRowKey = (): string => `row${++rowCounter}`;

function rowsToForm(raw: unknown): MultiRow[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item: unknown): MultiRow[] => {
    if (typeof item !== 'object' || item === null) return [];
    const r = item as Record<string, unknown>;
    const id = r['ID'] === undefined || r['ID'] === null ? undefined : String(r['ID']);
    return [
      {
        key: id !== undefined ? `id${id}` : newRowKey(),
        ...(id !== undefined ? { ID: id } : {}),
        VALUE_TYPE: String(r['VALUE_TYPE'] ?? ''),
        VALUE: String(r['VALUE'] ?? ''),
      },
    ];
  });
}

/** The form of a lead from `crm.lead.get`. `CONTACT_IDS` falls back to the deprecated `CONTACT_ID`. */
export function toForm(lead: Lead, fields: LeadFields): LeadForm {
  const values: Record<string, string> = {};
  const lists: Record<string, readonly string[]> = {};
  const rows: Partial<Record<MultifieldCode, readonly MultiRow[]>> = {};
  for (const [key, raw] of Object.entries(lead)) {
    if (isMultifieldCode(key)) rows[key] = rowsToForm(raw);
    else if (isListKey(key, fields)) lists[key] = listToForm(key, fields[key]?.type, raw);
    else values[key] = scalarToForm(key, fields[key]?.type, raw);
  }
  // crm.lead.get answers the deprecated single CONTACT_ID (BITRIX24-API.md 2.3); the card's CLIENT
  // reads CONTACT_IDS, so the first contact stands in for the list.
  if (lists['CONTACT_IDS'] === undefined) {
    const first = values['CONTACT_ID'] ?? '';
    lists['CONTACT_IDS'] = first !== '' && first !== '0' ? [first] : [];
  }
  for (const code of MULTIFIELD_CODES) rows[code] ??= [];
  return { values, lists, rows };
}

export const formValue = (form: LeadForm, key: string): string => form.values[key] ?? '';
export const formList = (form: LeadForm, key: string): readonly string[] => form.lists[key] ?? [];
export const formRows = (form: LeadForm, code: MultifieldCode): readonly MultiRow[] => form.rows[code] ?? [];
