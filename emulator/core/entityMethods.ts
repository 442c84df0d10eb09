/**
 * The old methods of deals, contacts, companies and quotes: `crm.{entity}.fields`,
 * `crm.{entity}.add|get|update|list|delete` and `crm.{entity}.userfield.*` (BITRIX24-API.md 2, 3),
 * the lead's machinery over each entity's own fields and user fields.
 */
import { ok, type MethodSpec } from './context';
import {
  COMPANY_DEF,
  CONTACT_DEF,
  DEAL_DEF,
  QUOTE_DEF,
  userFieldTarget,
  type EntityRecordDef,
} from './entities';
import { fieldsResult } from './fields';
import { recordMethods } from './recordMethods';
import { userFieldMethods } from './userFieldMethods';

const FAMILIES: readonly [string, EntityRecordDef][] = [
  ['crm.deal', DEAL_DEF],
  ['crm.contact', CONTACT_DEF],
  ['crm.company', COMPANY_DEF],
  ['crm.quote', QUOTE_DEF],
];

export const entityMethods: Readonly<Record<string, MethodSpec>> = Object.fromEntries(
  FAMILIES.flatMap(([prefix, def]) => [
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
  ]),
);
