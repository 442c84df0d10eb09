/**
 * The metadata of the other cards: `crm.type.list|get|getByEntityTypeId` (`Crm\Controller\Type`),
 * `crm.category.list|get` (`Crm\Controller\Category`), and the deal stages of the old
 * `crm.dealcategory.stage.list` (docs: "equivalent to `crm.status.list` with ENTITY_ID of
 * `crm.dealcategory.status`"). These are `Engine` controllers: camelCase parameters read by their
 * exact names, errors with a code (`NOT_FOUND`, `ACCESS_DENIED`, HTTP 400).
 */
import { toCamel, upperFilterKeys } from './camelCase';
import { ok, resolveParam, type MethodContext, type MethodSpec } from './context';
import { categoriesOf, crmOf, TYPE_FLAGS, type CategoryRecord, type DynamicTypeRecord } from './crmState';
import { DEAL, hasFactory, isDynamic, ownerTypeName, SMART_INVOICE } from './entityTypes';
import { RestError } from './errors';
import { compileFilter, compileOrder, paginate, type FieldKind } from './listQuery';
import { intval, isPhpArray, phpEntries } from './php';
import { statusRow } from './statuses';
import { isoDateTime } from './time';

/** `ErrorCode::getAccessDeniedError()` of the CRM controllers (docs `crm-type-list.md`). */
const accessDenied = (): RestError => new RestError('Access denied', 'ACCESS_DENIED');
/** `CRM_TYPE_TYPE_NOT_FOUND` (docs `crm-item-fields.md`, `crm-category-list.md`). */
export const typeNotFound = (): RestError => new RestError('Smart process not found', 'NOT_FOUND');
/** `CRM_TYPE_ITEM_NOT_FOUND`, also a missing category (docs `crm-category-get.md`). */
export const elementNotFound = (): RestError => new RestError('Element not found', 'NOT_FOUND');

/** `Dynamic\Type::jsonSerialize`, keys in the order of docs `crm-type-list.md`. */
export function typeOut(t: DynamicTypeRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: t.id,
    title: t.title,
    code: t.code,
    createdBy: t.createdBy,
    entityTypeId: t.entityTypeId,
    customSectionId: null,
  };
  for (const flag of TYPE_FLAGS) out[flag] = t.flags[flag];
  out['createdTime'] = isoDateTime(t.createdTime);
  out['updatedTime'] = isoDateTime(t.updatedTime);
  out['updatedBy'] = t.updatedBy;
  return out;
}

/** Upper-case names of the type table (`TypeTable::getFieldsInfo`), for filter and order. */
const TYPE_FIELDS: ReadonlyMap<string, FieldKind> = new Map<string, FieldKind>([
  ['ID', 'number'],
  ['ENTITY_TYPE_ID', 'number'],
  ['TITLE', 'string'],
  ['CODE', 'string'],
  ['CREATED_BY', 'number'],
  ['UPDATED_BY', 'number'],
  ['CREATED_TIME', 'date'],
  ['UPDATED_TIME', 'date'],
  ...TYPE_FLAGS.map((f) => [f.replace(/([A-Z])/g, '_$1').toUpperCase(), 'string'] as [string, FieldKind]),
]);

function typeValue(t: DynamicTypeRecord, name: string): unknown {
  const camel = toCamel(name);
  if ((TYPE_FLAGS as readonly string[]).includes(camel))
    return t.flags[camel as keyof DynamicTypeRecord['flags']];
  return (t as unknown as Record<string, unknown>)[camel];
}

/** `crm.type.*` need the CRM settings right (`CheckWriteConfigPermission` pre-filter). */
function requireConfigRight(ctx: MethodContext): void {
  if (!ctx.user.isCrmAdmin) throw accessDenied();
}

/** An `Engine` parameter: its exact name only; a non-array `filter`/`order` counts as none. */
function arrayParam(ctx: MethodContext, name: string): Record<string, unknown> {
  const v = resolveParam(ctx.params, [name]);
  return isPhpArray(v) ? Object.fromEntries(phpEntries(v)) : {};
}

function listTypes(ctx: MethodContext): { result: unknown; total?: number; next?: number } {
  requireConfigRight(ctx);
  const known = new Map<string, string>();
  const kindOf = (name: string): FieldKind => {
    const kind = TYPE_FIELDS.get(name);
    if (kind === undefined)
      throw new RestError(`Invalid filter: field '${name}' is not allowed in filter`, 'INVALID_ARG_VALUE');
    return kind;
  };
  const matches = compileFilter(upperFilterKeys(arrayParam(ctx, 'filter'), known), kindOf, typeValue);
  const sorter = compileOrder(upperFilterKeys(arrayParam(ctx, 'order'), known), kindOf, typeValue);
  const rows = [...crmOf(ctx.state).types].sort((a, b) => a.id - b.id).filter(matches);
  if (sorter) rows.sort(sorter);
  const { page, total, next } = paginate(rows, ctx.start);
  return {
    result: { types: page.map(typeOut) },
    ...(total === undefined ? {} : { total }),
    ...(next === undefined ? {} : { next }),
  };
}

function findTypeBy(ctx: MethodContext, key: 'id' | 'entityTypeId'): DynamicTypeRecord {
  requireConfigRight(ctx);
  const wanted = intval(resolveParam(ctx.params, [key]));
  const type = crmOf(ctx.state).types.find((t) => t[key] === wanted);
  if (!type) throw typeNotFound();
  return type;
}

/** `Category::jsonSerialize`: deal pipelines other than the default add their origin. */
export function categoryOut(c: CategoryRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: c.id,
    name: c.name,
    sort: c.sort,
    entityTypeId: c.entityTypeId,
    isDefault: c.isDefault ? 'Y' : 'N',
  };
  if (c.originId !== undefined) out['originId'] = c.originId;
  if (c.originatorId !== undefined) out['originatorId'] = c.originatorId;
  return out;
}

/** The entity of a `crm.category.*` call: a factory with funnels (deals, smart invoices, smart processes). */
function categoryEntity(ctx: MethodContext): number {
  const entityTypeId = intval(resolveParam(ctx.params, ['entityTypeId']));
  if (!hasFactory(ctx.state, entityTypeId)) throw typeNotFound();
  if (entityTypeId !== DEAL && entityTypeId !== SMART_INVOICE && !isDynamic(ctx.state, entityTypeId)) {
    const name = ownerTypeName(ctx.state, entityTypeId) ?? String(entityTypeId);
    throw new RestError(`Entity type ${name} is not supported`, 'ENTITY_TYPE_NOT_SUPPORTED');
  }
  return entityTypeId;
}

/** `crm.dealcategory.stage.list {id}`: 0 or none is the default pipeline, an unknown one has no stages. */
function dealStages(ctx: MethodContext): { result: unknown[]; total: number } {
  const id = intval(resolveParam(ctx.params, ['id', 'ID']));
  const exists = id <= 0 || categoriesOf(ctx.state, DEAL).some((c) => c.id === id);
  const entity = id > 0 ? `DEAL_STAGE_${id}` : 'DEAL_STAGE';
  const rows = exists ? ctx.state.statuses.filter((s) => s.ENTITY_ID === entity) : [];
  rows.sort((a, b) => a.SORT - b.SORT || a.ID - b.ID);
  return { result: rows.map(statusRow), total: rows.length };
}

export const categoryMethods: Readonly<Record<string, MethodSpec>> = {
  'crm.type.list': { scope: 'crm', handler: listTypes },
  'crm.type.get': { scope: 'crm', handler: (ctx) => ok({ type: typeOut(findTypeBy(ctx, 'id')) }) },
  'crm.type.getbyentitytypeid': {
    scope: 'crm',
    handler: (ctx) => ok({ type: typeOut(findTypeBy(ctx, 'entityTypeId')) }),
  },
  'crm.category.list': {
    scope: 'crm',
    handler: (ctx) => {
      const rows = categoriesOf(ctx.state, categoryEntity(ctx));
      return { result: { categories: rows.map(categoryOut) }, total: rows.length };
    },
  },
  'crm.category.get': {
    scope: 'crm',
    handler: (ctx) => {
      const entityTypeId = categoryEntity(ctx);
      const id = intval(resolveParam(ctx.params, ['id']));
      const category = categoriesOf(ctx.state, entityTypeId).find((c) => c.id === id);
      if (!category) throw elementNotFound();
      return ok({ category: categoryOut(category) });
    },
  },
  'crm.dealcategory.stage.list': { scope: 'crm', handler: dealStages },
};
