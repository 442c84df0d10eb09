/**
 * `crm.lead.add|get|update|list|delete` (BITRIX24-API.md 3): unknown and read-only keys dropped,
 * multifields per 3.3, `IS_RETURN_CUSTOMER` recomputed (3.4), numbers and ids as strings on read,
 * dates ISO with offset, pages of 50 with top-level `total`/`next`.
 */
import { ok, resolveArrayParam, resolveParam, type MethodContext, type MethodSpec } from './context';
import { crmError } from './errors';
import { sortedUserFields } from './fields';
import {
  LEAD_OUTPUT_ORDER,
  MULTIFIELD_DEFAULT_TYPE,
  MULTIFIELD_VALUE_TYPES,
  SYSTEM_FIELD_BY_CODE,
} from './leadFields';
import { compileFilter, compileOrder, paginate, type FieldKind } from './listQuery';
import {
  floatval,
  intval,
  isPhpArray,
  isset,
  phpEntries,
  phpGet,
  phpString,
  phpValues,
  type PhpArray,
} from './php';
import { isoDate, isoDateTime, parsePortalTime, portalDate } from './time';
import {
  MULTIFIELD_TYPES,
  type LeadRecord,
  type MultifieldType,
  type PortalState,
  type UserFieldRecord,
  type UserRecord,
} from './types';

const isMultifield = (code: string): code is MultifieldType =>
  (MULTIFIELD_TYPES as readonly string[]).includes(code);

/** The portal's base currency, the default `CURRENCY_ID`. */
export const BASE_CURRENCY = 'USD';

// ---------------------------------------------------------------------------------------------
// Value conversion

function systemKind(type: string): FieldKind {
  switch (type) {
    case 'integer':
    case 'user':
    case 'crm_company':
    case 'crm_contact':
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

function userFieldKind(uf: UserFieldRecord): FieldKind {
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
const UNREADABLE = Symbol('unreadable date');

function internalizeDate(type: 'date' | 'datetime', v: unknown): unknown {
  if (v === '') return null;
  const ms = parsePortalTime(v);
  if (ms === null) return UNREADABLE;
  return type === 'date' ? portalDate(ms) : ms;
}

/** Client value → internal value of a system field (`CCrmRestProxyBase::internalizeFields`). */
function internalizeSystem(type: string, v: unknown): unknown {
  if (v === null || v === undefined) return null;
  switch (type) {
    case 'integer':
    case 'user':
    case 'crm_company':
    case 'crm_contact': {
      if (v === '' || isPhpArray(v)) return null;
      const n = intval(v);
      return n > 0 || type === 'integer' ? n : null;
    }
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

function internalizeUserField(uf: UserFieldRecord, v: unknown): unknown {
  if (uf.MULTIPLE === 'Y') {
    const list = isPhpArray(v) ? phpValues(v) : isset(v) && v !== '' ? [v] : [];
    const values = list.map((x) => internalizeUserFieldValue(uf, x));
    const kept = values.filter((x) => x !== null && x !== UNREADABLE);
    // of a multiple date, the readable ones are kept; none readable leaves the stored values
    return kept.length === 0 && values.includes(UNREADABLE) ? UNREADABLE : kept;
  }
  return internalizeUserFieldValue(uf, isPhpArray(v) ? phpValues(v)[0] : v);
}

function externalizeSystem(code: string, type: string, v: unknown): unknown {
  switch (type) {
    case 'integer':
    case 'user':
    case 'crm_company':
    case 'crm_contact':
      return v === null || v === undefined ? null : String(v);
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
function externalizeUserField(uf: UserFieldRecord, v: unknown, unsetSingle: '' | null): unknown {
  if (uf.MULTIPLE === 'Y') {
    const list = Array.isArray(v) ? v : [];
    return list.length === 0 ? false : list.map((x) => externalizeUserFieldValue(uf, x));
  }
  if (v === null || v === undefined) return uf.USER_TYPE_ID === 'boolean' ? '0' : unsetSingle;
  return externalizeUserFieldValue(uf, v);
}

// ---------------------------------------------------------------------------------------------
// Reading

function multifieldOut(lead: LeadRecord, type: MultifieldType): Record<string, string>[] {
  // TYPE_ID is added by the proxy on read (3.2).
  return (lead.fm[type] ?? []).map((m) => ({
    ID: String(m.ID),
    VALUE_TYPE: m.VALUE_TYPE,
    VALUE: m.VALUE,
    TYPE_ID: type,
  }));
}

function systemValue(lead: LeadRecord, code: string): unknown {
  if (code === 'ID') return String(lead.ID);
  if (code === 'CONTACT_ID') {
    const ids = lead.values['CONTACT_IDS'];
    return Array.isArray(ids) && ids.length > 0 ? String(ids[0]) : null;
  }
  const def = SYSTEM_FIELD_BY_CODE.get(code);
  return def ? externalizeSystem(code, def.type, lead.values[code]) : null;
}

/** The lead as `crm.lead.get` returns it. */
export function leadOut(state: PortalState, lead: LeadRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const code of LEAD_OUTPUT_ORDER) out[code] = systemValue(lead, code);
  for (const uf of sortedUserFields(state))
    out[uf.FIELD_NAME] = externalizeUserField(uf, lead.values[uf.FIELD_NAME], '');
  for (const type of MULTIFIELD_TYPES) {
    const items = multifieldOut(lead, type);
    if (items.length > 0) out[type] = items;
  }
  return out;
}

/** 3.2 `select`: `*` = every non-multiple system field, `UF_*` = user fields, multifields by name. */
function resolveSelect(state: PortalState, select: PhpArray): (lead: LeadRecord) => Record<string, unknown> {
  const names = phpValues(select).map((v) => phpString(v).toUpperCase());
  const wanted = new Set(names.length === 0 ? ['*'] : names);
  const all = wanted.has('*');
  const system = LEAD_OUTPUT_ORDER.filter((c) => c === 'ID' || all || wanted.has(c));
  const ufs = sortedUserFields(state).filter((uf) => wanted.has('UF_*') || wanted.has(uf.FIELD_NAME));
  const multis = MULTIFIELD_TYPES.filter((t) => wanted.has(t));
  return (lead) => {
    const out: Record<string, unknown> = {};
    for (const code of system) out[code] = systemValue(lead, code);
    for (const uf of ufs) out[uf.FIELD_NAME] = externalizeUserField(uf, lead.values[uf.FIELD_NAME], null);
    for (const type of multis) {
      const items = multifieldOut(lead, type);
      if (items.length > 0) out[type] = items;
    }
    return out;
  };
}

// ---------------------------------------------------------------------------------------------
// Writing

/** 3.3: `{VALUE, VALUE_TYPE}` adds, `{ID, VALUE}` edits, `{ID, DELETE:'Y'}` or empty VALUE deletes. */
function applyMultifield(state: PortalState, lead: LeadRecord, type: MultifieldType, items: unknown): void {
  if (!isPhpArray(items)) return;
  const current = [...(lead.fm[type] ?? [])];
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
  if (current.length > 0) lead.fm[type] = current;
  else delete lead.fm[type];
}

function statusSemantic(state: PortalState, statusId: unknown): 'P' | 'S' | 'F' {
  const status = state.statuses.find((s) => s.ENTITY_ID === 'STATUS' && s.STATUS_ID === statusId);
  return status?.SEMANTICS ?? 'P';
}

interface WriteEnv {
  readonly state: PortalState;
  readonly user: UserRecord;
  readonly now: number;
}

/** Writes `fields` into `lead`, dropping what the portal drops, then recomputes derived fields. */
function writeFields(env: WriteEnv, lead: LeadRecord, fields: PhpArray, isAdd: boolean): void {
  const { state, user, now } = env;
  const before = lead.values['STATUS_ID'];
  let contactIdGiven: unknown;
  let contactIdsGiven = false;
  for (const [code, value] of phpEntries(fields)) {
    if (isMultifield(code)) {
      applyMultifield(state, lead, code, value);
      continue;
    }
    const def = SYSTEM_FIELD_BY_CODE.get(code);
    if (def) {
      if (def.isReadOnly) continue; // 3.1: read-only keys are dropped silently
      if (code === 'CONTACT_ID') {
        contactIdGiven = value;
      } else if (code === 'CONTACT_IDS') {
        contactIdsGiven = true;
        const list = isPhpArray(value) ? phpValues(value) : isset(value) && value !== '' ? [value] : [];
        lead.values['CONTACT_IDS'] = [...new Set(list.map((v) => intval(v)).filter((n) => n > 0))];
      } else {
        const internal = internalizeSystem(def.type, value);
        if (internal !== UNREADABLE) lead.values[code] = internal;
      }
      continue;
    }
    const uf = state.userFields.find((u) => u.FIELD_NAME === code);
    if (uf) {
      const internal = internalizeUserField(uf, value);
      if (internal !== UNREADABLE) lead.values[code] = internal;
    }
    // anything else: unknown key, dropped (3.1)
  }
  // The deprecated CONTACT_ID binds one contact when CONTACT_IDS is not given.
  if (contactIdGiven !== undefined && !contactIdsGiven) {
    const id = intval(contactIdGiven);
    lead.values['CONTACT_IDS'] = id > 0 ? [id] : [];
  }

  const v = lead.values;
  if (isAdd) {
    if (!isset(v['TITLE']) || phpString(v['TITLE']).trim() === '') v['TITLE'] = `Lead #${lead.ID}`;
    if (!isset(v['STATUS_ID']) || v['STATUS_ID'] === '') v['STATUS_ID'] = 'NEW';
    v['OPENED'] ??= 'Y';
    v['CURRENCY_ID'] ??= BASE_CURRENCY;
    v['OPPORTUNITY'] ??= 0;
    v['IS_MANUAL_OPPORTUNITY'] ??= 'N';
    v['ASSIGNED_BY_ID'] ??= user.ID;
    v['CREATED_BY_ID'] = user.ID;
    v['DATE_CREATE'] = now;
    v['LAST_ACTIVITY_BY'] = user.ID;
    v['LAST_ACTIVITY_TIME'] = now;
    v['CONTACT_IDS'] ??= [];
  }
  v['MODIFY_BY_ID'] = user.ID;
  v['DATE_MODIFY'] = now;
  if (isAdd || v['STATUS_ID'] !== before) {
    v['MOVED_BY_ID'] = user.ID;
    v['MOVED_TIME'] = now;
  }
  const semantic = statusSemantic(state, v['STATUS_ID']);
  v['STATUS_SEMANTIC_ID'] = semantic;
  if (semantic === 'P') v['DATE_CLOSED'] = null;
  else if (v['STATUS_ID'] !== before || !isset(v['DATE_CLOSED'])) v['DATE_CLOSED'] = now;
  v['HAS_PHONE'] = (lead.fm.PHONE?.length ?? 0) > 0 ? 'Y' : 'N';
  v['HAS_EMAIL'] = (lead.fm.EMAIL?.length ?? 0) > 0 ? 'Y' : 'N';
  v['HAS_IMOL'] = (lead.fm.IM ?? []).some((m) => m.VALUE_TYPE === 'OPENLINE' || m.VALUE_TYPE === 'IMOL')
    ? 'Y'
    : 'N';
  // 3.4: a lead with a company or a contact is a repeat lead; recomputed on every save.
  const contacts = v['CONTACT_IDS'];
  const hasContact = Array.isArray(contacts) && contacts.length > 0;
  v['IS_RETURN_CUSTOMER'] = intval(v['COMPANY_ID']) > 0 || hasContact ? 'Y' : 'N';
}

// ---------------------------------------------------------------------------------------------
// Handlers

/** 3.1: `ID` or `id`, cast to int; must be > 0. */
function resolveId(ctx: MethodContext): number {
  const id = intval(resolveParam(ctx.params, ['ID', 'id']));
  if (id <= 0) throw crmError('ID is not defined or invalid.');
  return id;
}

function findLead(state: PortalState, id: number): LeadRecord | undefined {
  return state.leads.find((l) => l.ID === id);
}

function addLead(ctx: MethodContext): number {
  const fields = resolveArrayParam(ctx.params, 'fields');
  resolveArrayParam(ctx.params, 'params');
  const { state } = ctx;
  state.counters.lead += 1;
  const lead: LeadRecord = { ID: state.counters.lead, values: {}, fm: {} };
  writeFields(ctx, lead, fields, true);
  state.leads.push(lead);
  ctx.db.touch();
  return lead.ID;
}

function updateLead(ctx: MethodContext): boolean {
  const fields = resolveArrayParam(ctx.params, 'fields');
  resolveArrayParam(ctx.params, 'params');
  const id = resolveId(ctx);
  const lead = findLead(ctx.state, id);
  if (!lead) throw crmError('Lead is not found'); // 3.2: code text; the docs say `Not found`
  writeFields(ctx, lead, fields, false);
  ctx.db.touch();
  return true;
}

function leadKinds(state: PortalState): (name: string) => FieldKind {
  return (name) => {
    if (name === 'CONTACT_IDS') return 'multi';
    if (name === 'CONTACT_ID') return 'number';
    const def = SYSTEM_FIELD_BY_CODE.get(name);
    if (def) return systemKind(def.type);
    const uf = state.userFields.find((u) => u.FIELD_NAME === name);
    return uf ? userFieldKind(uf) : 'unknown';
  };
}

function filterValue(lead: LeadRecord, name: string): unknown {
  if (name === 'ID') return lead.ID;
  if (name === 'CONTACT_ID') {
    const ids = lead.values['CONTACT_IDS'];
    return Array.isArray(ids) ? ids[0] : undefined;
  }
  if (isMultifield(name)) return (lead.fm[name] ?? []).map((m) => m.VALUE);
  const v = lead.values[name];
  return Array.isArray(v) ? v.map(String) : v;
}

function listLeads(ctx: MethodContext): { result: unknown[]; total?: number; next?: number } {
  const { state } = ctx;
  const order = resolveArrayParam(ctx.params, 'order');
  const filter = resolveArrayParam(ctx.params, 'filter');
  const select = resolveArrayParam(ctx.params, 'select');
  const kinds = leadKinds(state);
  const matches = compileFilter(filter, kinds, filterValue);
  const stageSort = (statusId: unknown): number | null =>
    state.statuses.find((s) => s.ENTITY_ID === 'STATUS' && s.STATUS_ID === statusId)?.SORT ?? null;
  // 3.2: ordering by STATUS_ID sorts by stage order.
  const sorter = compileOrder(
    order,
    (name) => (name === 'STATUS_ID' ? 'number' : kinds(name)),
    (lead: LeadRecord, name) =>
      name === 'STATUS_ID' ? stageSort(lead.values['STATUS_ID']) : filterValue(lead, name),
  );
  const rows = [...state.leads].sort((a, b) => a.ID - b.ID).filter(matches);
  if (sorter) rows.sort(sorter);
  const { page, total, next } = paginate(rows, ctx.start);
  const project = resolveSelect(state, select);
  const result = page.map(project);
  return { result, ...(total === undefined ? {} : { total }), ...(next === undefined ? {} : { next }) };
}

export const leadMethods: Readonly<Record<string, MethodSpec>> = {
  'crm.lead.add': { scope: 'crm', handler: (ctx) => ok(addLead(ctx)) },
  'crm.lead.get': {
    scope: 'crm',
    handler: (ctx) => {
      const lead = findLead(ctx.state, resolveId(ctx));
      if (!lead) throw crmError('Not found'); // 3.2: no period
      return ok(leadOut(ctx.state, lead));
    },
  },
  'crm.lead.update': { scope: 'crm', handler: (ctx) => ok(updateLead(ctx)) },
  'crm.lead.list': { scope: 'crm', handler: (ctx) => listLeads(ctx) },
  'crm.lead.delete': {
    scope: 'crm',
    handler: (ctx) => {
      const id = resolveId(ctx);
      if (!findLead(ctx.state, id)) throw crmError('Not found');
      ctx.state.leads = ctx.state.leads.filter((l) => l.ID !== id);
      ctx.db.touch();
      return ok(true);
    },
  },
};

/** Builds a lead record from seed values with the same computed fields a REST add produces. */
export function seedLead(
  state: PortalState,
  id: number,
  fields: Record<string, unknown>,
  createdBy: number,
  createdAt: number,
): LeadRecord {
  const lead: LeadRecord = { ID: id, values: {}, fm: {} };
  const user = state.users.find((u) => u.ID === createdBy);
  if (!user) throw new Error(`seed: no user ${createdBy}`);
  writeFields({ state, user, now: createdAt }, lead, fields, true);
  return lead;
}
