import type { LeadFields } from '../../api/schemas/fields';
import type { Layout } from '../../domain/types';
import { dataKeysOf, isWritableKey, placedFields, type PreviewCatalog } from './catalog';
import { formList, formRows, formValue, type LeadForm, type MultiRow } from './leadForm';
import { isMultifieldCode } from './multifieldTypes';

/** `crm.lead.update`/`add` fields: key -> value in the portal's write form (BITRIX24-API.md 3.2-3.3). */
export type LeadChanges = Record<string, unknown>;

const NUMERIC_TYPES: ReadonlySet<string> = new Set(['integer', 'double', 'user', 'employee', 'crm_company']);

/** Equal for the portal: numbers by value (`"12500.00"` = `"12500"`), everything else trimmed. */
function sameScalar(type: string | undefined, a: string, b: string): boolean {
  const x = a.trim();
  const y = b.trim();
  if (x === y) return true;
  if (type !== undefined && NUMERIC_TYPES.has(type) && x !== '' && y !== '') return Number(x) === Number(y);
  return false;
}

const cleanList = (list: readonly string[]): string[] => list.map((s) => s.trim()).filter((s) => s !== '');

function sameList(a: readonly string[], b: readonly string[]): boolean {
  const x = cleanList(a);
  const y = cleanList(b);
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

/**
 * Multifield rows in the portal's edit form (3.3): `{ID, DELETE:'Y'}` for a removed row (or one
 * emptied), `{ID, VALUE, VALUE_TYPE}` for a changed one, `{VALUE, VALUE_TYPE}` for a new one.
 * `null` when nothing changed.
 */
export function diffRows(original: readonly MultiRow[], edited: readonly MultiRow[]): unknown[] | null {
  const out: unknown[] = [];
  const byId = new Map(edited.filter((r) => r.ID !== undefined).map((r) => [r.ID, r]));
  for (const before of original) {
    if (before.ID === undefined) continue;
    const after = byId.get(before.ID);
    const value = after?.VALUE.trim() ?? '';
    if (!after || value === '') out.push({ ID: before.ID, DELETE: 'Y' });
    else if (value !== before.VALUE || after.VALUE_TYPE !== before.VALUE_TYPE) {
      out.push({ ID: before.ID, VALUE: value, VALUE_TYPE: after.VALUE_TYPE });
    }
  }
  for (const row of edited) {
    if (row.ID === undefined && row.VALUE.trim() !== '') {
      out.push({ VALUE: row.VALUE.trim(), VALUE_TYPE: row.VALUE_TYPE });
    }
  }
  return out.length > 0 ? out : null;
}

/** A list in write form: a cleared list is sent as `""`, since an empty array encodes to nothing. */
const listOut = (list: readonly string[]): unknown => {
  const clean = cleanList(list);
  return clean.length > 0 ? clean : '';
};

function keyChange(
  key: string,
  original: LeadForm,
  edited: LeadForm,
  fields: LeadFields,
): [boolean, unknown] {
  if (isMultifieldCode(key)) {
    const rows = diffRows(formRows(original, key), formRows(edited, key));
    return [rows !== null, rows];
  }
  if (edited.lists[key] !== undefined || original.lists[key] !== undefined) {
    const after = formList(edited, key);
    return [!sameList(formList(original, key), after), listOut(after)];
  }
  const after = formValue(edited, key);
  return [!sameScalar(fields[key]?.type, formValue(original, key), after), after.trim()];
}

/**
 * The fields to send to `crm.lead.update` after editing `original` into `edited` on a card of
 * `layout`: only writable keys of fields placed on the card, only what changed, except the address,
 * which goes whole when any part changed (the portal's own advice, crm.lead.update docs); multifield
 * rows go in the ID/DELETE form of {@link diffRows}.
 */
export function diffLead(
  original: LeadForm,
  edited: LeadForm,
  layout: Layout,
  catalog: PreviewCatalog,
): LeadChanges {
  const out: LeadChanges = {};
  for (const field of placedFields(layout, catalog)) {
    const keys = dataKeysOf(field).filter((k) => isWritableKey(field, k, catalog.fields));
    const changes = keys.map((k) => [k, ...keyChange(k, original, edited, catalog.fields)] as const);
    const whole = field.code === 'ADDRESS' && changes.some(([, changed]) => changed);
    for (const [key, changed, value] of changes) {
      if (whole) out[key] = formValue(edited, key).trim();
      else if (changed) out[key] = value;
    }
  }
  return out;
}

/**
 * The fields to send to `crm.lead.add` for a new lead from `form` on a card of `layout`: every
 * writable, filled key of the placed fields; multifield rows as new rows.
 */
export function fieldsForAdd(form: LeadForm, layout: Layout, catalog: PreviewCatalog): LeadChanges {
  const out: LeadChanges = {};
  for (const field of placedFields(layout, catalog)) {
    for (const key of dataKeysOf(field)) {
      if (!isWritableKey(field, key, catalog.fields)) continue;
      if (isMultifieldCode(key)) {
        const rows = rowsForAdd(formRows(form, key));
        if (rows.length > 0) out[key] = rows;
      } else if (form.lists[key] !== undefined) {
        const list = cleanList(formList(form, key));
        if (list.length > 0) out[key] = list;
      } else {
        const value = formValue(form, key).trim();
        if (value !== '') out[key] = value;
      }
    }
  }
  return out;
}

const rowsForAdd = (rows: readonly MultiRow[]) =>
  rows.filter((r) => r.VALUE.trim() !== '').map((r) => ({ VALUE: r.VALUE.trim(), VALUE_TYPE: r.VALUE_TYPE }));
