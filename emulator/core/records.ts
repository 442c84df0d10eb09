/**
 * CRM records of every entity in the old methods' terms (BITRIX24-API.md 3, `CCrmRestProxyBase`):
 * reading (numbers and ids as strings, dates ISO with offset, multifields with `TYPE_ID`) and
 * writing (unknown and read-only keys dropped, immutable ones on update too, multifields per 3.3,
 * derived fields recomputed on each save). Each entity gives its `RecordDef`.
 */
import { MULTIFIELD_DEFAULT_TYPE, MULTIFIELD_VALUE_TYPES } from './leadFields';
import type { SystemFieldDef } from './fieldDef';
import { intval, isPhpArray, isset, phpEntries, phpGet, phpString, phpValues, type PhpArray } from './php';
import {
  BASE_CURRENCY,
  externalizeSystem,
  externalizeUserField,
  internalizeSystem,
  internalizeUserField,
  UNREADABLE,
} from './recordValues';
import {
  MULTIFIELD_TYPES,
  type LeadRecord,
  type MultifieldType,
  type PortalState,
  type UserFieldRecord,
  type UserRecord,
} from './types';

export interface WriteEnv {
  readonly state: PortalState;
  readonly user: UserRecord;
  readonly now: number;
}

/** What the engine needs to know of one entity. */
export interface RecordDef {
  /** `Lead`, `Deal`, …: the update's "… is not found". */
  readonly noun: string;
  readonly fields: ReadonlyMap<string, SystemFieldDef>;
  /** Key order of `get`; user fields follow, then the non-empty multifields. */
  readonly outputOrder: readonly string[];
  /** A deprecated single binding and the list it stands for (`CONTACT_ID` → `CONTACT_IDS`). */
  readonly bindings: Readonly<Record<string, string>>;
  /** The stage field (`STATUS_ID`, `STAGE_ID`): list order by stage, moved-by stamps. */
  readonly stageField?: string;
  stageSort?(state: PortalState, record: LeadRecord): number | null;
  userFields(state: PortalState): UserFieldRecord[];
  rows(state: PortalState): LeadRecord[];
  setRows(state: PortalState, rows: LeadRecord[]): void;
  nextId(state: PortalState): number;
  /** Entity rules after the generic stamps: defaults of a new record, semantic fields. */
  derive(env: WriteEnv, record: LeadRecord, before: Readonly<Record<string, unknown>>, isAdd: boolean): void;
}

export type Derive = RecordDef['derive'];

/** A new record's title when none was sent: `Deal #12`, `Estimate #3`, …. */
export function defaultTitle(record: LeadRecord, noun: string): void {
  const title = record.values['TITLE'];
  if (!isset(title) || phpString(title).trim() === '') record.values['TITLE'] = `${noun} #${record.ID}`;
}

/** What a new record that carries money gets when it was not sent: the base currency, no amount. */
export function moneyDefaults(v: Record<string, unknown>): void {
  v['CURRENCY_ID'] ??= BASE_CURRENCY;
  v['OPPORTUNITY'] ??= 0;
}

export const isMultifield = (code: string): code is MultifieldType =>
  (MULTIFIELD_TYPES as readonly string[]).includes(code);

// ---------------------------------------------------------------------------------------------
// Reading

function multifieldOut(record: LeadRecord, type: MultifieldType): Record<string, string>[] {
  // TYPE_ID is added by the proxy on read (3.2).
  return (record.fm[type] ?? []).map((m) => ({
    ID: String(m.ID),
    VALUE_TYPE: m.VALUE_TYPE,
    VALUE: m.VALUE,
    TYPE_ID: type,
  }));
}

function systemValue(def: RecordDef, record: LeadRecord, code: string): unknown {
  if (code === 'ID') return String(record.ID);
  const list = def.bindings[code];
  if (list !== undefined) {
    const ids = record.values[list];
    return Array.isArray(ids) && ids.length > 0 ? String(ids[0]) : null;
  }
  const field = def.fields.get(code);
  const value = record.values[code];
  if (Array.isArray(value)) return value.map(String);
  return field ? externalizeSystem(code, field.type, value) : null;
}

/** The record as `crm.{entity}.get` returns it. */
export function recordOut(def: RecordDef, state: PortalState, record: LeadRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const code of def.outputOrder) out[code] = systemValue(def, record, code);
  for (const uf of def.userFields(state))
    out[uf.FIELD_NAME] = externalizeUserField(uf, record.values[uf.FIELD_NAME], '');
  for (const type of MULTIFIELD_TYPES) {
    const items = multifieldOut(record, type);
    if (items.length > 0) out[type] = items;
  }
  return out;
}

/** 3.2 `select`: `*` = every non-multiple system field, `UF_*` = user fields, multifields by name. */
export function resolveSelect(
  def: RecordDef,
  state: PortalState,
  select: PhpArray,
): (record: LeadRecord) => Record<string, unknown> {
  const names = phpValues(select).map((v) => phpString(v).toUpperCase());
  const wanted = new Set(names.length === 0 ? ['*'] : names);
  const all = wanted.has('*');
  const system = def.outputOrder.filter((c) => c === 'ID' || all || wanted.has(c));
  const ufs = def.userFields(state).filter((uf) => wanted.has('UF_*') || wanted.has(uf.FIELD_NAME));
  const multis = MULTIFIELD_TYPES.filter((t) => wanted.has(t));
  return (record) => {
    const out: Record<string, unknown> = {};
    for (const code of system) out[code] = systemValue(def, record, code);
    for (const uf of ufs) out[uf.FIELD_NAME] = externalizeUserField(uf, record.values[uf.FIELD_NAME], null);
    for (const type of multis) {
      const items = multifieldOut(record, type);
      if (items.length > 0) out[type] = items;
    }
    return out;
  };
}

// ---------------------------------------------------------------------------------------------
// Writing

/** 3.3: `{VALUE, VALUE_TYPE}` adds, `{ID, VALUE}` edits, `{ID, DELETE:'Y'}` or empty VALUE deletes. */
function applyMultifield(state: PortalState, record: LeadRecord, type: MultifieldType, items: unknown): void {
  if (!isPhpArray(items)) return;
  const current = [...(record.fm[type] ?? [])];
  const allowed = MULTIFIELD_VALUE_TYPES[type] ?? [];
  const valueType = (raw: unknown, fallback: string): string => {
    const s = phpString(raw).toUpperCase();
    return allowed.includes(s) ? s : fallback;
  };
  for (const item of phpValues(items)) {
    if (!isPhpArray(item)) continue;
    const id = intval(phpGet(item, 'ID'));
    const value = phpString(phpGet(item, 'VALUE')).trim();
    if (id > 0) {
      const index = current.findIndex((m) => m.ID === id);
      if (index < 0) continue;
      const existing = current[index]!;
      if (phpString(phpGet(item, 'DELETE')).toUpperCase() === 'Y' || value === '') {
        current.splice(index, 1);
      } else {
        current[index] = {
          ...existing,
          VALUE: value,
          VALUE_TYPE: valueType(phpGet(item, 'VALUE_TYPE'), existing.VALUE_TYPE),
        };
      }
    } else if (value !== '') {
      state.counters.multifield += 1;
      current.push({
        ID: state.counters.multifield,
        VALUE_TYPE: valueType(phpGet(item, 'VALUE_TYPE'), MULTIFIELD_DEFAULT_TYPE[type] ?? 'OTHER'),
        VALUE: value,
      });
    }
  }
  if (current.length > 0) record.fm[type] = current;
  else delete record.fm[type];
}

const idList = (value: unknown): number[] => {
  const list = isPhpArray(value) ? phpValues(value) : isset(value) && value !== '' ? [value] : [];
  return [...new Set(list.map((v) => intval(v)).filter((n) => n > 0))];
};

/** The stamps every entity shares: who and when created, changed, moved; the `HAS_*` flags. */
function stamp(def: RecordDef, env: WriteEnv, record: LeadRecord, before: unknown, isAdd: boolean): void {
  const { user, now } = env;
  const v = record.values;
  const has = (code: string): boolean => def.fields.has(code);
  if (isAdd) {
    if (has('OPENED')) v['OPENED'] ??= 'Y';
    v['ASSIGNED_BY_ID'] ??= user.ID;
    v['CREATED_BY_ID'] = user.ID;
    v['DATE_CREATE'] = now;
    if (has('LAST_ACTIVITY_TIME')) {
      v['LAST_ACTIVITY_BY'] = user.ID;
      v['LAST_ACTIVITY_TIME'] = now;
    }
    for (const list of Object.values(def.bindings)) v[list] ??= [];
  }
  v['MODIFY_BY_ID'] = user.ID;
  v['DATE_MODIFY'] = now;
  if (def.stageField !== undefined && has('MOVED_TIME') && (isAdd || v[def.stageField] !== before)) {
    v['MOVED_BY_ID'] = user.ID;
    v['MOVED_TIME'] = now;
  }
  if (has('HAS_PHONE')) {
    v['HAS_PHONE'] = (record.fm.PHONE?.length ?? 0) > 0 ? 'Y' : 'N';
    v['HAS_EMAIL'] = (record.fm.EMAIL?.length ?? 0) > 0 ? 'Y' : 'N';
    v['HAS_IMOL'] = (record.fm.IM ?? []).some((m) => m.VALUE_TYPE === 'OPENLINE' || m.VALUE_TYPE === 'IMOL')
      ? 'Y'
      : 'N';
  }
}

/** Writes `fields` into `record`, dropping what the portal drops, then recomputes derived fields. */
export function writeFields(
  def: RecordDef,
  env: WriteEnv,
  record: LeadRecord,
  fields: PhpArray,
  isAdd: boolean,
): void {
  const { state } = env;
  const before = { ...record.values };
  const singles: Record<string, unknown> = {};
  const listsGiven = new Set<string>();
  const lists = new Set(Object.values(def.bindings));
  const userFields = def.userFields(state);
  for (const [code, value] of phpEntries(fields)) {
    if (isMultifield(code)) {
      if (def.fields.has(code)) applyMultifield(state, record, code, value);
      continue;
    }
    const field = def.fields.get(code);
    if (field) {
      if (field.isReadOnly) continue; // 3.1: read-only keys are dropped silently
      if (!isAdd && field.isImmutable) continue; // 3.1: on update also immutable keys
      if (def.bindings[code] !== undefined) singles[code] = value;
      else if (lists.has(code) || field.isMultiple) {
        listsGiven.add(code);
        record.values[code] = idList(value);
      } else {
        const internal = internalizeSystem(field.type, value);
        if (internal !== UNREADABLE) record.values[code] = internal;
      }
      continue;
    }
    const uf = userFields.find((u) => u.FIELD_NAME === code);
    if (uf) {
      const internal = internalizeUserField(uf, value);
      if (internal !== UNREADABLE) record.values[code] = internal;
    }
    // anything else: unknown key, dropped (3.1)
  }
  // The deprecated single binding binds one when its list is not given.
  for (const [single, value] of Object.entries(singles)) {
    const list = def.bindings[single]!;
    if (listsGiven.has(list)) continue;
    const id = intval(value);
    record.values[list] = id > 0 ? [id] : [];
  }
  stamp(def, env, record, def.stageField === undefined ? undefined : before[def.stageField], isAdd);
  def.derive(env, record, before, isAdd);
}
