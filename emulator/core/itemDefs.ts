/**
 * Which record store `crm.item.*` reads for a type, and under which names (`Service\Factory`,
 * `getEntityFieldNameByMap`): leads, deals, contacts, companies and quotes are the records of
 * their old methods, their audit fields renamed (`DATE_CREATE` → `CREATED_TIME`, a lead's
 * `STATUS_ID` → `STAGE_ID`, …); smart invoices and smart processes exist only as items, with the
 * field set of docs `crm-item-fields.md`, in a funnel and a stage of that funnel.
 */
import { categoriesOf, defaultCategory, findType } from './crmState';
import {
  COMPANY_DEF,
  CONTACT_DEF,
  DEAL_DEF,
  entityDef,
  QUOTE_DEF,
  settleStage,
  type EntityRecordDef,
} from './entities';
import { COMPANY, CONTACT, DEAL, LEAD, QUOTE, SMART_INVOICE } from './entityTypes';
import { f, RO, type SystemFieldDef } from './fieldDef';
import { LEAD_DEF } from './leads';
import { intval } from './php';
import { defaultTitle, moneyDefaults, type RecordDef } from './records';
import * as shared from './sharedFields';
import type { PortalState } from './types';

/** One type as `crm.item.*` sees it. */
export interface ItemType {
  readonly entityTypeId: number;
  readonly def: RecordDef;
  /** Internal (old) name → the item's upper-case name, where they differ. */
  readonly renames: Readonly<Record<string, string>>;
  /** The user-field entity and code prefix (`CRM_DEAL`/`UF_CRM_`, `CRM_1`/`UF_CRM_1_`). */
  readonly ufEntityId: string;
  readonly ufPrefix: string;
}

const AUDIT: Readonly<Record<string, string>> = {
  DATE_CREATE: 'CREATED_TIME',
  DATE_MODIFY: 'UPDATED_TIME',
  CREATED_BY_ID: 'CREATED_BY',
  MODIFY_BY_ID: 'UPDATED_BY',
  MOVED_BY_ID: 'MOVED_BY',
};
const STATUS_AS_STAGE = { STATUS_ID: 'STAGE_ID', STATUS_SEMANTIC_ID: 'STAGE_SEMANTIC_ID' };

/** The fields of a smart process or smart invoice item, internal names (audit fields as the old ones). */
const DYNAMIC_FIELDS: readonly SystemFieldDef[] = [
  shared.ID,
  f('XML_ID', 'string', 'External code'),
  f('TITLE', 'string', 'Name'),
  ...shared.audit({
    createdBy: 'Created by',
    modifiedBy: 'Updated by',
    created: 'Created at',
    modified: 'Updated at',
    moved: { by: 'Moved by', time: 'Moved at' },
  }),
  f('CATEGORY_ID', 'crm_category', 'Pipeline'),
  f('OPENED', 'char', 'Publicly available'),
  f('STAGE_ID', 'crm_status', 'Stage'),
  f('PREVIOUS_STAGE_ID', 'crm_status', 'Previous stage', RO),
  f('BEGINDATE', 'date', 'Start date'),
  f('CLOSEDATE', 'date', 'End date'),
  ...shared.bindings('CONTACT_IDS'),
  shared.AMOUNT,
  f('IS_MANUAL_OPPORTUNITY', 'char', 'Amount calculation mode'),
  f('TAX_VALUE', 'double', 'Tax amount'),
  shared.CURRENCY,
  f('MYCOMPANY_ID', 'crm_company', 'Your company details', {
    settings: { isMyCompany: true, parentEntityTypeId: 4, isEmbeddedEditorEnabled: true },
  }),
  shared.SOURCE,
  f('SOURCE_DESCRIPTION', 'text', 'Additional source info'),
  f('WEBFORM_ID', 'integer', 'Created by CRM form'),
  f('ASSIGNED_BY_ID', 'user', 'Assigned to'),
  f('OBSERVERS', 'user', 'Observers', { isMultiple: true }),
  f('LAST_ACTIVITY_BY', 'user', 'Last activity in timeline by', RO),
  f('LAST_ACTIVITY_TIME', 'datetime', 'Last activity', RO),
];

/** `DYNAMIC_{type}_STAGE_{funnel}` / `SMART_INVOICE_STAGE_{funnel}` (docs "stages with semantics"). */
export const itemStageEntity = (entityTypeId: number, categoryId: number): string =>
  entityTypeId === SMART_INVOICE
    ? `SMART_INVOICE_STAGE_${categoryId}`
    : `DYNAMIC_${entityTypeId}_STAGE_${categoryId}`;

function dynamicDef(entityTypeId: number, ufEntityId: string, noun: string): EntityRecordDef {
  return entityDef({
    entityTypeId,
    noun,
    ufEntityId,
    fields: DYNAMIC_FIELDS,
    bindings: { CONTACT_ID: 'CONTACT_IDS' },
    stageField: 'STAGE_ID',
    stageEntity: (item) => itemStageEntity(entityTypeId, intval(item.values['CATEGORY_ID'])),
    derive: (env, item, before, isAdd) => {
      const v = item.values;
      const funnels = categoriesOf(env.state, entityTypeId);
      if (!funnels.some((c) => c.id === intval(v['CATEGORY_ID'])))
        v['CATEGORY_ID'] = defaultCategory(env.state, entityTypeId)?.id ?? 0;
      if (isAdd) {
        defaultTitle(item, noun);
        moneyDefaults(v);
        v['IS_MANUAL_OPPORTUNITY'] ??= 'N';
        v['OBSERVERS'] ??= [];
      }
      settleStage(env, item, 'STAGE_ID', itemStageEntity(entityTypeId, intval(v['CATEGORY_ID'])));
      if (!isAdd && before['STAGE_ID'] !== v['STAGE_ID']) v['PREVIOUS_STAGE_ID'] = before['STAGE_ID'] ?? null;
    },
  });
}

const STATIC: Readonly<
  Record<number, { def: RecordDef; renames: Readonly<Record<string, string>>; uf: string }>
> = {
  [LEAD]: { def: LEAD_DEF, renames: { ...AUDIT, ...STATUS_AS_STAGE }, uf: 'CRM_LEAD' },
  [DEAL]: { def: DEAL_DEF, renames: AUDIT, uf: DEAL_DEF.ufEntityId },
  [CONTACT]: { def: CONTACT_DEF, renames: AUDIT, uf: CONTACT_DEF.ufEntityId },
  [COMPANY]: { def: COMPANY_DEF, renames: AUDIT, uf: COMPANY_DEF.ufEntityId },
  [QUOTE]: { def: QUOTE_DEF, renames: { ...AUDIT, STATUS_ID: 'STAGE_ID' }, uf: QUOTE_DEF.ufEntityId },
};

const SMART_INVOICE_DEF = dynamicDef(SMART_INVOICE, 'CRM_SMART_INVOICE', 'Invoice');
const dynamicDefs = new Map<number, EntityRecordDef>();

/** The `crm.item.*` view of a type, or `undefined` when it has no factory. */
export function itemType(state: PortalState, entityTypeId: number): ItemType | undefined {
  const known = STATIC[entityTypeId];
  if (known)
    return {
      entityTypeId,
      def: known.def,
      renames: known.renames,
      ufEntityId: known.uf,
      ufPrefix: 'UF_CRM_',
    };
  if (entityTypeId === SMART_INVOICE)
    return {
      entityTypeId,
      def: SMART_INVOICE_DEF,
      renames: AUDIT,
      ufEntityId: 'CRM_SMART_INVOICE',
      ufPrefix: 'UF_CRM_SMART_INVOICE_',
    };
  const type = findType(state, entityTypeId);
  if (!type) return undefined;
  const ufEntityId = `CRM_${type.id}`;
  let def = dynamicDefs.get(entityTypeId);
  if (def === undefined || def.noun !== type.title) {
    def = dynamicDef(entityTypeId, ufEntityId, type.title);
    dynamicDefs.set(entityTypeId, def);
  }
  return { entityTypeId, def, renames: AUDIT, ufEntityId, ufPrefix: `UF_CRM_${type.id}_` };
}
