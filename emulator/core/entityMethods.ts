/**
 * The old methods of deals, contacts, companies and quotes: `crm.{entity}.fields`,
 * `crm.{entity}.add|get|update|list|delete` and `crm.{entity}.userfield.*` (BITRIX24-API.md 2, 3),
 * the lead's machinery over each entity's own fields and user fields.
 */
import { ok, type MethodSpec } from './context';
import { ENTITY_DEFS, userFieldTarget, type EntityRecordDef } from './entities';
import { fieldsResult } from './fields';
import { recordMethods } from './recordMethods';
import { userFieldMethods } from './userFieldMethods';

/** Every method of one entity, `prefix` being `crm.deal`, …. */
const familyOf = (prefix: string, def: EntityRecordDef): [string, MethodSpec][] => [
  ...Object.entries(recordMethods(prefix, def)),
  ...Object.entries(
    userFieldMethods(
      prefix,
      (state) => userFieldTarget(state, def.ufEntityId),
      (state) => def.rows(state),
    ),
  ),
  [
    `${prefix}.fields`,
    { scope: 'crm', handler: (ctx) => ok(fieldsResult(def.fields.values(), def.userFields(ctx.state))) },
  ],
];

export const entityMethods: Readonly<Record<string, MethodSpec>> = Object.fromEntries(
  Object.entries(ENTITY_DEFS).flatMap(([entity, def]) => familyOf(`crm.${entity}`, def)),
);
