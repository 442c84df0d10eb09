/**
 * Records as `crm.item.*` speaks them (docs `crm-item-get.md`, `crm-item-fields.md`): camelCase
 * keys, ids and numbers as numbers (an unset binding is 0), dates ISO with offset, unset values
 * `null`, lists as arrays, multifields in `fm`, user fields as `ufCrm…`, `entityTypeId` last.
 */
import { toCamel } from './camelCase';
import { systemFieldInfo, userFieldInfo } from './fields';
import type { ItemType } from './itemDefs';
import { phpEntries, type PhpArray } from './php';
import { isMultifield } from './records';
import { ID_TYPES } from './recordValues';
import { isoDate, isoDateTime } from './time';
import { MULTIFIELD_TYPES, type LeadRecord, type PortalState, type UserFieldRecord } from './types';

/** Internal name → the item's upper-case name. */
export const itemName = (t: ItemType, code: string): string => t.renames[code] ?? code;

/** Every name a caller may use for a field of `t`: camelCase → internal name. */
export function itemNames(t: ItemType, state: PortalState): Map<string, string> {
  const names = new Map<string, string>();
  for (const code of t.def.fields.keys())
    if (!isMultifield(code)) names.set(toCamel(itemName(t, code)), code);
  for (const uf of t.def.userFields(state)) names.set(toCamel(uf.FIELD_NAME), uf.FIELD_NAME);
  return names;
}

const NUMBER_TYPES: ReadonlySet<string> = new Set([...ID_TYPES, 'double']);
const BINDING_TYPES = new Set(['crm_company', 'crm_contact', 'crm_lead', 'crm_deal', 'crm_quote']);

function systemOut(type: string, v: unknown): unknown {
  if (Array.isArray(v)) return v;
  if (type === 'date') return typeof v === 'string' && v !== '' ? isoDate(v) : null;
  if (type === 'datetime') return typeof v === 'number' ? isoDateTime(v) : null;
  if (NUMBER_TYPES.has(type)) return typeof v === 'number' ? v : BINDING_TYPES.has(type) ? 0 : null;
  return v ?? null;
}

function userFieldOut(uf: UserFieldRecord, v: unknown): unknown {
  const one = (x: unknown): unknown => {
    if (uf.USER_TYPE_ID === 'boolean') return x === 1 || x === true;
    if (uf.USER_TYPE_ID === 'date') return typeof x === 'string' ? isoDate(x) : null;
    if (uf.USER_TYPE_ID === 'datetime') return typeof x === 'number' ? isoDateTime(x) : null;
    return x ?? null;
  };
  if (uf.MULTIPLE === 'Y') return Array.isArray(v) ? v.map(one) : [];
  return uf.USER_TYPE_ID === 'boolean' ? one(v) : v === undefined || v === null ? null : one(v);
}

/** The item of `crm.item.get|list|add|update`; `wanted` narrows it to the selected names. */
export function itemOut(
  t: ItemType,
  state: PortalState,
  record: LeadRecord,
  wanted?: ReadonlySet<string>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const take = (name: string): boolean => wanted === undefined || wanted.has(name);
  for (const [code, field] of t.def.fields) {
    if (isMultifield(code)) continue;
    const name = toCamel(itemName(t, code));
    if (!take(name)) continue;
    if (code === 'ID') out[name] = record.ID;
    else {
      const list = t.def.bindings[code];
      const ids = list === undefined ? undefined : record.values[list];
      out[name] = Array.isArray(ids) ? (ids[0] ?? 0) : systemOut(field.type, record.values[code]);
    }
  }
  if (MULTIFIELD_TYPES.some((m) => t.def.fields.has(m)) && take('fm')) {
    out['fm'] = MULTIFIELD_TYPES.flatMap((type) =>
      (record.fm[type] ?? []).map((m) => ({
        id: m.ID,
        valueType: m.VALUE_TYPE,
        value: m.VALUE,
        typeId: type,
      })),
    );
  }
  for (const uf of t.def.userFields(state)) {
    const name = toCamel(uf.FIELD_NAME);
    if (take(name)) out[name] = userFieldOut(uf, record.values[uf.FIELD_NAME]);
  }
  out['entityTypeId'] = t.entityTypeId;
  return out;
}

/** `crm.item.fields`: the lead's field description plus `upperName`; a user field's title is its label. */
export function itemFieldsOut(t: ItemType, state: PortalState): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [code, field] of t.def.fields) {
    if (isMultifield(code)) continue;
    const upper = itemName(t, code);
    const type = field.type === 'char' ? 'boolean' : field.type;
    out[toCamel(upper)] = { ...systemFieldInfo({ ...field, code: upper, type }), upperName: upper };
  }
  for (const uf of t.def.userFields(state)) {
    const info = userFieldInfo(uf);
    out[toCamel(uf.FIELD_NAME)] = { ...info, title: info['formLabel'], upperName: uf.FIELD_NAME };
  }
  return out;
}

/** `fields` of `crm.item.add|update` in the record engine's terms: internal names, `Y`/`N` for flags. */
export function itemFieldsIn(t: ItemType, state: PortalState, fields: PhpArray): Record<string, unknown> {
  const names = itemNames(t, state);
  const out: Record<string, unknown> = {};
  for (const [key, value] of phpEntries(fields)) {
    const code = names.get(key);
    if (code === undefined) continue; // unknown keys are dropped
    const field = t.def.fields.get(code);
    // `Item::prepareBooleanFieldValue`: true, 'true', 'y', 'Y' are yes, anything else no.
    if (field?.type === 'char')
      out[code] = value === true || value === 'true' || value === 'y' || value === 'Y' ? 'Y' : 'N';
    else out[code] = value;
  }
  return out;
}
