/**
 * `crm.item.fields|list|get|add|update|delete` (`Crm\Controller\Item`, docs `crm-item-*.md`) over
 * the same records as the old methods: `entityTypeId`, `id`, `fields`, `select`, `order`,
 * `filter` by their exact names, camelCase keys, `{item}` / `{items}` / `{fields}` wrappers,
 * errors with a code (`NOT_FOUND`, HTTP 400).
 */
import { upperFilterKeys } from './camelCase';
import { portalError } from './errors';
import { ok, resolveParam, type MethodContext, type MethodResult, type MethodSpec } from './context';
import { RestError } from './errors';
import { itemType, type ItemType } from './itemDefs';
import { itemFieldsIn, itemFieldsOut, itemNames, itemOut, ufNaming, type UfNaming } from './items';
import { compileFilter, compileOrder, paginate, type FieldKind } from './listQuery';
import { intval, isPhpArray, phpEntries, phpString, phpValues } from './php';
import { createRecord, filterValue, findRecord, kindsOf } from './recordMethods';
import { writeFields } from './records';
import type { LeadRecord } from './types';

function typeOf(ctx: MethodContext): ItemType {
  const t = itemType(ctx.state, intval(resolveParam(ctx.params, ['entityTypeId'])));
  if (!t) throw portalError('typeNotFound');
  return t;
}

function recordOf(ctx: MethodContext, t: ItemType): LeadRecord {
  const record = findRecord(t.def, ctx.state, intval(resolveParam(ctx.params, ['id'])));
  if (!record) throw portalError('elementNotFound');
  return record;
}

const param = (ctx: MethodContext, name: string): Record<string, unknown> => {
  const v = resolveParam(ctx.params, [name]);
  return isPhpArray(v) ? Object.fromEntries(phpEntries(v)) : {};
};

/** `useOriginalUfNames: 'Y'` keeps user fields under their own codes. */
const ufNames = (ctx: MethodContext): UfNaming =>
  ufNaming(phpString(resolveParam(ctx.params, ['useOriginalUfNames'])).toUpperCase() === 'Y');

const itemResult = (ctx: MethodContext, t: ItemType, record: LeadRecord): MethodResult =>
  ok({ item: itemOut(t, ctx.state, record, undefined, ufNames(ctx)) });

/** A written item: the store is saved, the item answered as `get` would. */
function saved(ctx: MethodContext, t: ItemType, record: LeadRecord): MethodResult {
  ctx.db.touch();
  return itemResult(ctx, t, record);
}

function listItems(ctx: MethodContext): MethodResult {
  const t = typeOf(ctx);
  const names = itemNames(t, ctx.state);
  const kinds = kindsOf(t.def, ctx.state);
  const checked =
    (what: 'filter' | 'order') =>
    (name: string): FieldKind => {
      const kind = kinds(name);
      if (kind === 'unknown')
        throw new RestError(
          `Invalid ${what}: field '${name}' is not allowed in ${what}`,
          'INVALID_ARG_VALUE',
        );
      return kind;
    };
  const get = (record: LeadRecord, name: string): unknown => filterValue(t.def, record, name);
  const matches = compileFilter(upperFilterKeys(param(ctx, 'filter'), names), checked('filter'), get);
  const sorter = compileOrder(upperFilterKeys(param(ctx, 'order'), names), checked('order'), get);
  const rows = [...t.def.rows(ctx.state)].sort((a, b) => a.ID - b.ID).filter(matches);
  if (sorter) rows.sort(sorter);
  const selectRaw = resolveParam(ctx.params, ['select']);
  const select = isPhpArray(selectRaw) ? phpValues(selectRaw).map(phpString) : ['*'];
  const wanted = select.includes('*') ? undefined : new Set([...select, 'id']);
  const { page, total, next } = paginate(rows, ctx.start);
  return {
    result: { items: page.map((r) => itemOut(t, ctx.state, r, wanted, ufNames(ctx))) },
    ...(total === undefined ? {} : { total }),
    ...(next === undefined ? {} : { next }),
  };
}

export const itemMethods: Readonly<Record<string, MethodSpec>> = {
  'crm.item.fields': {
    scope: 'crm',
    handler: (ctx) => ok({ fields: itemFieldsOut(typeOf(ctx), ctx.state, ufNames(ctx)) }),
  },
  'crm.item.list': { scope: 'crm', handler: listItems },
  'crm.item.get': {
    scope: 'crm',
    handler: (ctx) => {
      const t = typeOf(ctx);
      return itemResult(ctx, t, recordOf(ctx, t));
    },
  },
  'crm.item.add': {
    scope: 'crm',
    handler: (ctx) => {
      const t = typeOf(ctx);
      return saved(ctx, t, createRecord(t.def, ctx, itemFieldsIn(t, ctx.state, param(ctx, 'fields'))));
    },
  },
  'crm.item.update': {
    scope: 'crm',
    handler: (ctx) => {
      const t = typeOf(ctx);
      const record = recordOf(ctx, t);
      writeFields(t.def, ctx, record, itemFieldsIn(t, ctx.state, param(ctx, 'fields')), false);
      return saved(ctx, t, record);
    },
  },
  'crm.item.delete': {
    scope: 'crm',
    handler: (ctx) => {
      const t = typeOf(ctx);
      const record = recordOf(ctx, t);
      t.def.setRows(
        ctx.state,
        t.def.rows(ctx.state).filter((r) => r !== record),
      );
      ctx.db.touch();
      return ok([]);
    },
  },
};
