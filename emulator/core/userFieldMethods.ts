/**
 * `crm.{entity}.userfield.list|get|add|update|delete` for every entity, as the portal's
 * `UserFieldProxy` serves them (texts of `main/lang/en/classes/general/usertype.php`), and
 * `crm.lead.fields`. Each entity gives where its user fields live and which records hold values.
 */
import { ok, resolveArrayParam, resolveParam, type MethodContext, type MethodSpec } from './context';
import { crmError, RestError } from './errors';
import {
  addUserField,
  EVERY_LANGUAGE,
  leadFieldsResult,
  leadTarget,
  userFieldRow,
  type UserFieldTarget,
} from './fields';
import { compileFilter, compileOrder, type FieldKind } from './listQuery';
import { intval, phpEntries, phpString, upperKeys } from './php';
import type { LeadRecord, PortalState, UserFieldRecord } from './types';
import { updateUserField } from './userFieldUpdate';

const UF_FILTER_KINDS: Readonly<Record<string, FieldKind>> = {
  ID: 'number',
  ENTITY_ID: 'string',
  FIELD_NAME: 'string',
  USER_TYPE_ID: 'string',
  XML_ID: 'string',
  SORT: 'number',
  MULTIPLE: 'string',
  MANDATORY: 'string',
  SHOW_FILTER: 'string',
  SHOW_IN_LIST: 'string',
  EDIT_IN_LIST: 'string',
  IS_SEARCHABLE: 'string',
};

function userFieldList(ctx: MethodContext, target: UserFieldTarget): { result: unknown[]; total: number } {
  const order = resolveArrayParam(ctx.params, 'order');
  const filter = upperKeys(Object.fromEntries(phpEntries(resolveArrayParam(ctx.params, 'filter'))));
  const lang = filter['LANG'] === undefined ? undefined : phpString(filter['LANG']);
  delete filter['LANG'];
  const rowOf = (uf: UserFieldRecord): Record<string, unknown> =>
    userFieldRow(uf, undefined, target.entityId);
  const matches = compileFilter(
    filter,
    (name) => UF_FILTER_KINDS[name] ?? 'unknown',
    (uf: UserFieldRecord, name) => rowOf(uf)[name],
  );
  const sorter = compileOrder(
    order,
    (name) => UF_FILTER_KINDS[name] ?? 'unknown',
    (uf: UserFieldRecord, name) =>
      name === 'ID' || name === 'SORT' ? Number(rowOf(uf)[name]) : rowOf(uf)[name],
  );
  const rows = [...target.fields].sort((a, b) => a.ID - b.ID).filter(matches);
  if (sorter) rows.sort(sorter);
  const result = rows.map((uf) => userFieldRow(uf, lang, target.entityId));
  return { result, total: result.length }; // `$result['total'] = count($result)`
}

function resolveUserFieldId(ctx: MethodContext): number {
  const id = intval(resolveParam(ctx.params, ['id', 'ID']));
  if (id <= 0) throw crmError('ID is not defined or invalid.');
  return id;
}

function findUserField(target: UserFieldTarget, id: number): UserFieldRecord {
  const uf = target.fields.find((u) => u.ID === id);
  if (!uf) throw new RestError(`The entity with ID '${id}' is not found.`, 'ERROR_NOT_FOUND');
  return uf;
}

/** UserFieldProxy checks admin rights for writes; the CRM override asks for the CRM settings right. */
function requireConfigRight(ctx: MethodContext): void {
  if (!ctx.user.isCrmAdmin) throw crmError('Access denied.');
}

/** The five user-field methods of one entity. */
export function userFieldMethods(
  prefix: string,
  targetOf: (state: PortalState) => UserFieldTarget,
  rowsOf: (state: PortalState) => LeadRecord[],
): Record<string, MethodSpec> {
  return {
    [`${prefix}.userfield.list`]: { scope: 'crm', handler: (ctx) => userFieldList(ctx, targetOf(ctx.state)) },
    [`${prefix}.userfield.get`]: {
      scope: 'crm',
      handler: (ctx) => {
        const target = targetOf(ctx.state);
        const uf = findUserField(target, resolveUserFieldId(ctx));
        return ok(userFieldRow(uf, EVERY_LANGUAGE, target.entityId));
      },
    },
    [`${prefix}.userfield.add`]: {
      scope: 'crm',
      handler: (ctx) => {
        const fields = resolveArrayParam(ctx.params, 'fields');
        requireConfigRight(ctx);
        const id = addUserField(ctx.state, fields, targetOf(ctx.state));
        ctx.db.touch();
        return ok(id);
      },
    },
    [`${prefix}.userfield.update`]: {
      scope: 'crm',
      handler: (ctx) => {
        // CCrmRestProxyBase reads `fields` before the proxy checks the ID, then the rights.
        const fields = resolveArrayParam(ctx.params, 'fields');
        const id = resolveUserFieldId(ctx);
        requireConfigRight(ctx);
        const uf = findUserField(targetOf(ctx.state), id);
        try {
          updateUserField(ctx.state, uf, fields);
        } finally {
          ctx.db.touch();
        }
        return ok(true);
      },
    },
    [`${prefix}.userfield.delete`]: {
      scope: 'crm',
      handler: (ctx) => {
        const id = resolveUserFieldId(ctx);
        requireConfigRight(ctx);
        const target = targetOf(ctx.state);
        const uf = findUserField(target, id);
        target.fields.splice(target.fields.indexOf(uf), 1);
        for (const record of rowsOf(ctx.state)) delete record.values[uf.FIELD_NAME];
        ctx.db.touch();
        return ok(true);
      },
    },
  };
}

export const fieldMethods: Readonly<Record<string, MethodSpec>> = {
  'crm.lead.fields': { scope: 'crm', handler: (ctx) => ok(leadFieldsResult(ctx.state)) },
  ...userFieldMethods('crm.lead', leadTarget, (state) => state.leads),
};
