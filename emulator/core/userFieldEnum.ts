/**
 * Labels per language, `CUserFieldEnum::SetEnumValues` (main module) as `crm.lead.userfield.add|update` reach it, and
 * the text of the `CAdminException` that main's user-field classes raise on a failed check.
 */
import { createHash } from 'node:crypto';
import { RestError } from './errors';
import { phpGet } from './php';
import type { EnumItemRecord, Labels, PortalState, UserFieldRecord } from './types';

/** The portal's languages (`CLanguage::GetList`); labels are stored per language. */
export const PORTAL_LANGUAGES = ['en', 'ru', 'de'] as const;

/** `UserFieldProxy::prepareLabels`: a string fills every language; a map per language, `fallback` for the rest. */
export function prepareLabels(value: unknown, fallback: string): Labels {
  const out: Labels = {};
  const given = typeof value === 'string' && value !== '' ? value : null;
  for (const lid of PORTAL_LANGUAGES) {
    const perLang = phpGet(value, lid);
    out[lid] = given ?? (typeof perLang === 'string' && perLang !== '' ? perLang : fallback);
  }
  return out;
}

/** One item as `UserFieldProxy` hands it on: `key` is an existing item's ID or `n0`, `n1`… */
export interface EnumItemInput {
  key: string;
  VALUE: string;
  SORT?: number;
  DEF?: 'Y' | 'N';
  XML_ID?: string;
  DEL?: 'Y';
}

/** `CAdminException` ends every message with `<br>`; the proxy passes the string on as ERROR_CORE. */
export const coreError = (messages: readonly string[]): RestError =>
  new RestError(messages.map((m) => `${m}<br>`).join(''), 'ERROR_CORE');

/** PHP `trim($v, " \t\n\r")`. */
export const trimPhp = (v: string): string => v.replace(/^[ \t\n\r]+|[ \t\n\r]+$/g, '');

/**
 * The portal hashes `md5($salt . VALUE)` with a random 8-character salt per call for new items
 * and `md5(VALUE)` for changed ones; the emulator leaves out the salt so runs repeat. REST never
 * shows an item's XML_ID (get and list give ID, SORT, VALUE, DEF), only its uniqueness error does.
 */
const md5 = (v: string): string => createHash('md5').update(v).digest('hex');

const xmlIdTaken = (xmlId: string): string => `List element with XML_ID=${xmlId} already exists.`;

/** Item IDs come from the state's shared counter, as `b_user_field_enum` numbers them. */
export function setEnumValues(state: PortalState, field: UserFieldRecord, values: EnumItemInput[]): void {
  const existing = field.LIST ?? [];
  const byKey = new Map(values.map((v) => [v.key, v]));
  const messages: string[] = [];
  const added = new Set<string>();
  const taken = (xmlId: string): boolean => existing.some((e) => e.XML_ID === xmlId);

  const fresh = values.filter((v) => v.key.startsWith('n') && v.DEL !== 'Y' && v.VALUE !== '');
  for (const v of fresh) {
    if (!v.XML_ID) v.XML_ID = md5(v.VALUE);
    if (added.has(v.XML_ID) || taken(v.XML_ID)) messages.push(xmlIdTaken(v.XML_ID));
    else added.add(v.XML_ID);
  }

  const changed = (e: EnumItemRecord, v: EnumItemInput): boolean =>
    // PHP's loose `!=` against a missing key (null) is true for any stored DEF or SORT.
    e.VALUE !== v.VALUE || e.DEF !== v.DEF || e.SORT !== v.SORT || e.XML_ID !== v.XML_ID;
  const updates: { item: EnumItemRecord; value: EnumItemInput & { XML_ID: string } }[] = [];
  const deleted = new Set<number>();
  for (const e of existing) {
    const v = byKey.get(String(e.ID));
    if (!v) continue;
    if (v.VALUE === '' || v.DEL === 'Y') {
      deleted.add(e.ID);
      continue;
    }
    if (!changed(e, v)) continue;
    const value = { ...v, XML_ID: v.XML_ID ? v.XML_ID : md5(v.VALUE) };
    if (e.XML_ID !== value.XML_ID) {
      if (added.has(value.XML_ID) || taken(value.XML_ID)) {
        messages.push(xmlIdTaken(value.XML_ID));
        continue;
      }
      added.add(value.XML_ID);
    }
    updates.push({ item: e, value });
  }
  if (messages.length > 0) throw coreError(messages);

  for (const v of fresh) {
    state.counters.enumItem += 1;
    existing.push({
      ID: state.counters.enumItem,
      VALUE: v.VALUE,
      SORT: v.SORT ?? 500, // the column's default
      DEF: v.DEF === 'Y' ? 'Y' : 'N',
      XML_ID: v.XML_ID ?? md5(v.VALUE),
    });
  }
  for (const { item, value } of updates) {
    item.VALUE = value.VALUE;
    if (value.DEF !== undefined) item.DEF = value.DEF;
    if (value.SORT !== undefined) item.SORT = value.SORT;
    item.XML_ID = value.XML_ID;
  }
  field.LIST = existing.filter((e) => !deleted.has(e.ID));
}
