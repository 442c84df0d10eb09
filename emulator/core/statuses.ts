/** `crm.status.list` (BITRIX24-API.md 3.5): every matching row, strings for numbers, `total` only. */
import { resolveArrayParam, type MethodContext, type MethodSpec } from './context';
import { compileFilter, compileOrder, type FieldKind } from './listQuery';
import { phpCount } from './php';
import type { StatusRecord } from './types';

/** Entities whose rows are stages and so carry `EXTRA` (3.5). */
const STAGE_ENTITIES = /^(STATUS|QUOTE_STATUS|DEAL_STAGE.*|DYNAMIC_.*_STAGE_.*|SMART_INVOICE_STAGE_.*)$/;

const KINDS: Readonly<Record<string, FieldKind>> = {
  ID: 'number',
  ENTITY_ID: 'string',
  STATUS_ID: 'string',
  NAME: 'string',
  NAME_INIT: 'string',
  SORT: 'number',
  SYSTEM: 'string',
  CATEGORY_ID: 'number',
  COLOR: 'string',
  SEMANTICS: 'string',
};

function extraSemantics(s: StatusRecord): string {
  if (s.SEMANTICS === 'S') return 'success';
  if (s.SEMANTICS === 'F') return 'failure';
  return 'process';
}

export function statusRow(s: StatusRecord): Record<string, unknown> {
  const row: Record<string, unknown> = {
    ID: String(s.ID),
    ENTITY_ID: s.ENTITY_ID,
    STATUS_ID: s.STATUS_ID,
    NAME: s.NAME,
    NAME_INIT: s.NAME_INIT,
    SORT: String(s.SORT),
    SYSTEM: s.SYSTEM,
    CATEGORY_ID: s.CATEGORY_ID === null ? null : String(s.CATEGORY_ID),
    COLOR: s.COLOR,
    SEMANTICS: s.SEMANTICS,
  };
  if (STAGE_ENTITIES.test(s.ENTITY_ID)) row['EXTRA'] = { SEMANTICS: extraSemantics(s), COLOR: s.COLOR ?? '' };
  return row;
}

function listStatuses(ctx: MethodContext): { result: unknown[]; total: number } {
  const order = resolveArrayParam(ctx.params, 'order');
  const filter = resolveArrayParam(ctx.params, 'filter');
  const kindOf = (name: string): FieldKind => KINDS[name] ?? 'unknown';
  const get = (s: StatusRecord, name: string): unknown => (s as unknown as Record<string, unknown>)[name];
  const matches = compileFilter(filter, kindOf, get);
  // 3.5: default order `{sort: 'asc'}`.
  const sorter = compileOrder(phpCount(order) === 0 ? { SORT: 'ASC' } : order, kindOf, get);
  const rows = [...ctx.state.statuses].sort((a, b) => a.ID - b.ID).filter(matches);
  if (sorter) rows.sort(sorter);
  return { result: rows.map(statusRow), total: rows.length };
}

export const statusMethods: Readonly<Record<string, MethodSpec>> = {
  'crm.status.list': { scope: 'crm', handler: listStatuses },
};
