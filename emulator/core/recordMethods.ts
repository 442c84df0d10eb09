/**
 * `crm.{entity}.add|get|update|list|delete` over a `RecordDef` (BITRIX24-API.md 3.2): `ID`/`id`,
 * `fields`/`order`/`filter`/`select` in their four spellings, pages of 50 with top-level
 * `total`/`next`, the entity's "… is not found" on update.
 */
import { ok, resolveArrayParam, resolveParam, type MethodContext, type MethodSpec } from './context';
import { crmError } from './errors';
import { compileFilter, compileOrder, paginate, type FieldKind } from './listQuery';
import { intval, type PhpArray } from './php';
import {
  isMultifield,
  recordOut,
  resolveSelect,
  writeFields,
  type RecordDef,
  type WriteEnv,
} from './records';
import { systemKind, userFieldKind } from './recordValues';
import type { LeadRecord, PortalState } from './types';

// ---------------------------------------------------------------------------------------------
// Listing

export function kindsOf(def: RecordDef, state: PortalState): (name: string) => FieldKind {
  const userFields = def.userFields(state);
  return (name) => {
    if (Object.values(def.bindings).includes(name)) return 'multi';
    if (def.bindings[name] !== undefined) return 'number';
    const field = def.fields.get(name);
    if (field) return systemKind(field.type);
    const uf = userFields.find((u) => u.FIELD_NAME === name);
    return uf ? userFieldKind(uf) : 'unknown';
  };
}

export function filterValue(def: RecordDef, record: LeadRecord, name: string): unknown {
  if (name === 'ID') return record.ID;
  const list = def.bindings[name];
  if (list !== undefined) {
    const ids = record.values[list];
    return Array.isArray(ids) ? ids[0] : undefined;
  }
  if (isMultifield(name)) return (record.fm[name] ?? []).map((m) => m.VALUE);
  const v = record.values[name];
  return Array.isArray(v) ? v.map(String) : v;
}

function listRecords(
  def: RecordDef,
  ctx: MethodContext,
): { result: unknown[]; total?: number; next?: number } {
  const { state } = ctx;
  const order = resolveArrayParam(ctx.params, 'order');
  const filter = resolveArrayParam(ctx.params, 'filter');
  const select = resolveArrayParam(ctx.params, 'select');
  const kinds = kindsOf(def, state);
  const matches = compileFilter(filter, kinds, (r: LeadRecord, name) => filterValue(def, r, name));
  // 3.2: ordering by the stage field sorts by stage order.
  const byStage = (name: string): boolean => name === def.stageField && def.stageSort !== undefined;
  const sorter = compileOrder(
    order,
    (name) => (byStage(name) ? 'number' : kinds(name)),
    (record: LeadRecord, name) =>
      byStage(name) ? def.stageSort!(state, record) : filterValue(def, record, name),
  );
  const rows = [...def.rows(state)].sort((a, b) => a.ID - b.ID).filter(matches);
  if (sorter) rows.sort(sorter);
  const { page, total, next } = paginate(rows, ctx.start);
  const project = resolveSelect(def, state, select);
  return {
    result: page.map(project),
    ...(total === undefined ? {} : { total }),
    ...(next === undefined ? {} : { next }),
  };
}

// ---------------------------------------------------------------------------------------------
// Handlers

/** 3.1: `ID` or `id`, cast to int; must be > 0. */
function resolveId(ctx: MethodContext): number {
  const id = intval(resolveParam(ctx.params, ['ID', 'id']));
  if (id <= 0) throw crmError('ID is not defined or invalid.');
  return id;
}

export const findRecord = (def: RecordDef, state: PortalState, id: number): LeadRecord | undefined =>
  def.rows(state).find((r) => r.ID === id);

/** A new record as `add` makes it (also what the seed uses). */
export function createRecord(
  def: RecordDef,
  env: WriteEnv,
  fields: PhpArray,
  id = def.nextId(env.state),
): LeadRecord {
  const record: LeadRecord = { ID: id, values: {}, fm: {} };
  writeFields(def, env, record, fields, true);
  def.rows(env.state).push(record);
  return record;
}

/** `crm.{entity}.add|get|update|list|delete` of one entity. */
export function recordMethods(prefix: string, def: RecordDef): Record<string, MethodSpec> {
  return {
    [`${prefix}.add`]: {
      scope: 'crm',
      handler: (ctx) => {
        const fields = resolveArrayParam(ctx.params, 'fields');
        resolveArrayParam(ctx.params, 'params');
        const record = createRecord(def, ctx, fields);
        ctx.db.touch();
        return ok(record.ID);
      },
    },
    [`${prefix}.get`]: {
      scope: 'crm',
      handler: (ctx) => {
        const record = findRecord(def, ctx.state, resolveId(ctx));
        if (!record) throw crmError('Not found'); // 3.2: no period
        return ok(recordOut(def, ctx.state, record));
      },
    },
    [`${prefix}.update`]: {
      scope: 'crm',
      handler: (ctx) => {
        const fields = resolveArrayParam(ctx.params, 'fields');
        resolveArrayParam(ctx.params, 'params');
        const record = findRecord(def, ctx.state, resolveId(ctx));
        if (!record) throw crmError(`${def.noun} is not found`); // 3.2: code text; the docs say `Not found`
        writeFields(def, ctx, record, fields, false);
        ctx.db.touch();
        return ok(true);
      },
    },
    [`${prefix}.list`]: { scope: 'crm', handler: (ctx) => listRecords(def, ctx) },
    [`${prefix}.delete`]: {
      scope: 'crm',
      handler: (ctx) => {
        const id = resolveId(ctx);
        if (!findRecord(def, ctx.state, id)) throw crmError('Not found');
        def.setRows(
          ctx.state,
          def.rows(ctx.state).filter((r) => r.ID !== id),
        );
        ctx.db.touch();
        return ok(true);
      },
    },
  };
}
