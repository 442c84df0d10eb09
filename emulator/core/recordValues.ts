/**
 * Values of CRM records between the wire and the store (`CCrmRestProxyBase::internalizeFields`,
 * `externalizeFields`; BITRIX24-API.md 3.1): ints as numbers, dates as ISO strings, datetimes as
 * epoch ms inside; strings for numbers and ISO dates with offset outside.
 */
import type { FieldKind } from './listQuery';
import { floatval, intval, isPhpArray, isset, phpString, phpValues } from './php';
import { isoDate, isoDateTime, parsePortalTime, portalDate } from './time';
import type { UserFieldRecord } from './types';

/** The portal's base currency, the default `CURRENCY_ID`. */
export const BASE_CURRENCY = 'USD';

/** System field types whose values are ids or whole numbers. */
export const ID_TYPES: ReadonlySet<string> = new Set([
  'integer',
  'user',
  'crm_company',
  'crm_contact',
  'crm_lead',
  'crm_deal',
  'crm_quote',
  'crm_category',
  'crm_entity',
]);

export function systemKind(type: string): FieldKind {
  if (ID_TYPES.has(type)) return 'number';
  switch (type) {
    case 'double':
      return 'number';
    case 'date':
    case 'datetime':
      return 'date';
    case 'crm_multifield':
      return 'multi';
    default:
      return 'string';
  }
}

export function userFieldKind(uf: UserFieldRecord): FieldKind {
  if (uf.MULTIPLE === 'Y') return 'multi';
  switch (uf.USER_TYPE_ID) {
    case 'integer':
    case 'double':
    case 'boolean':
    case 'employee':
    case 'enumeration':
      return 'number';
    case 'date':
    case 'datetime':
      return 'date';
    default:
      return 'string';
  }
}

/**
 * A date the portal cannot read (`CRestUtil::unConvertDate` gives `false`): `internalizeFields`
 * unsets the key, so the stored value stays as it was; only `''` clears a date
 * (bitrix24-core-corp `crm/classes/general/restservice.php`, `CCrmRestProxyBase::internalizeFields`).
 */
export const UNREADABLE = Symbol('unreadable date');

function internalizeDate(type: 'date' | 'datetime', v: unknown): unknown {
  if (v === '') return null;
  const ms = parsePortalTime(v);
  if (ms === null) return UNREADABLE;
  return type === 'date' ? portalDate(ms) : ms;
}

/** Client value → internal value of a system field (`CCrmRestProxyBase::internalizeFields`). */
export function internalizeSystem(type: string, v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (ID_TYPES.has(type)) {
    if (v === '' || isPhpArray(v)) return null;
    const n = intval(v);
    return n > 0 || type === 'integer' || type === 'crm_category' ? n : null;
  }
  switch (type) {
    case 'double':
      return v === '' ? 0 : floatval(v);
    case 'char':
      return phpString(v).toUpperCase() === 'Y' ? 'Y' : 'N';
    case 'date':
    case 'datetime':
      return internalizeDate(type, v);
    default:
      return isPhpArray(v) ? null : phpString(v);
  }
}

function internalizeUserFieldValue(uf: UserFieldRecord, v: unknown): unknown {
  if (v === null || v === undefined || v === '') return null;
  switch (uf.USER_TYPE_ID) {
    case 'integer':
    case 'employee':
      return intval(v);
    case 'double':
      return floatval(v);
    case 'boolean': {
      const s = phpString(v).toUpperCase();
      return s === 'Y' || s === '1' || s === 'TRUE' || v === true ? 1 : 0;
    }
    case 'enumeration': {
      const id = intval(v);
      return uf.LIST?.some((i) => i.ID === id) ? id : null;
    }
    case 'date':
    case 'datetime':
      return internalizeDate(uf.USER_TYPE_ID, v);
    case 'file':
      return null; // files are not stored by the emulator
    default:
      return isPhpArray(v) ? null : phpString(v);
  }
}

export function internalizeUserField(uf: UserFieldRecord, v: unknown): unknown {
  if (uf.MULTIPLE === 'Y') {
    const list = isPhpArray(v) ? phpValues(v) : isset(v) && v !== '' ? [v] : [];
    const values = list.map((x) => internalizeUserFieldValue(uf, x));
    const kept = values.filter((x) => x !== null && x !== UNREADABLE);
    // of a multiple date, the readable ones are kept; none readable leaves the stored values
    return kept.length === 0 && values.includes(UNREADABLE) ? UNREADABLE : kept;
  }
  return internalizeUserFieldValue(uf, isPhpArray(v) ? phpValues(v)[0] : v);
}

export function externalizeSystem(code: string, type: string, v: unknown): unknown {
  if (ID_TYPES.has(type)) return v === null || v === undefined ? null : String(v);
  switch (type) {
    case 'double':
      // Money is stored with two decimals: "OPPORTUNITY": "0.00" (3.1).
      return v === null || v === undefined ? null : code === 'OPPORTUNITY' ? Number(v).toFixed(2) : String(v);
    case 'date':
      return typeof v === 'string' && v !== '' ? isoDate(v) : '';
    case 'datetime':
      return typeof v === 'number' ? isoDateTime(v) : '';
    default:
      return v === undefined ? null : v;
  }
}

function externalizeUserFieldValue(uf: UserFieldRecord, v: unknown): unknown {
  switch (uf.USER_TYPE_ID) {
    case 'boolean':
      return v ? '1' : '0';
    case 'date':
      return typeof v === 'string' ? isoDate(v) : '';
    case 'datetime':
      return typeof v === 'number' ? isoDateTime(v) : '';
    default:
      return String(v);
  }
}

/**
 * `crm.lead.get` puts `VALUE ?? ''` for every user field, so an unset single field is `""` and an
 * unset multiple one `false`; in `crm.lead.list` an unset single field is `null`.
 */
export function externalizeUserField(uf: UserFieldRecord, v: unknown, unsetSingle: '' | null): unknown {
  if (uf.MULTIPLE === 'Y') {
    const list = Array.isArray(v) ? v : [];
    return list.length === 0 ? false : list.map((x) => externalizeUserFieldValue(uf, x));
  }
  if (v === null || v === undefined) return uf.USER_TYPE_ID === 'boolean' ? '0' : unsetSingle;
  return externalizeUserFieldValue(uf, v);
}
