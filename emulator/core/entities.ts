/**
 * Deals, contacts, companies and quotes in the record engine, with their own rules on save:
 * a deal stays in its pipeline (`CATEGORY_ID` is set once, the stage must be one of that
 * pipeline's, else its first), `STAGE_SEMANTIC_ID`, `CLOSED` and `IS_NEW` follow the stage; a
 * quote gets its number and `CLOSED` from its status.
 */
import { SYSTEM_COMPANY_FIELDS, SYSTEM_CONTACT_FIELDS } from './clientFields';
import { crmOf, nextId } from './crmState';
import { SYSTEM_DEAL_FIELDS, SYSTEM_QUOTE_FIELDS } from './dealFields';
import { COMPANY, CONTACT, DEAL, QUOTE } from './entityTypes';
import type { UserFieldTarget } from './userFieldAdd';
import { outputOrderOf, type SystemFieldDef } from './fieldDef';
import { intval } from './php';
import { defaultTitle, moneyDefaults, type Derive, type RecordDef, type WriteEnv } from './records';
import { BASE_CURRENCY } from './recordValues';
import { portalDate } from './time';
import type { LeadRecord, PortalState, StatusRecord, UserFieldRecord } from './types';

const DAY = 86_400_000;

/** Where `crm.{entity}.userfield.add` puts a field of `entityId` (`CRM_DEAL`, …, or `CRM_{typeId}`). */
export function userFieldTarget(state: PortalState, entityId: string, prefix = 'UF_CRM_'): UserFieldTarget {
  const crm = crmOf(state);
  return { entityId, prefix, fields: (crm.userFields[entityId] ??= []) };
}

/** The user fields of one entity, in the portal's order. */
export const userFieldsOf = (state: PortalState, entityId: string): UserFieldRecord[] =>
  [...(crmOf(state).userFields[entityId] ?? [])].sort((a, b) => a.SORT - b.SORT || a.ID - b.ID);

/** The stages of one dictionary (`DEAL_STAGE_1`, `QUOTE_STATUS`, …) in their order. */
export const stagesOf = (state: PortalState, entity: string): StatusRecord[] =>
  state.statuses.filter((s) => s.ENTITY_ID === entity).sort((a, b) => a.SORT - b.SORT || a.ID - b.ID);

/** `DealCategory::getStatusEntityID`: `DEAL_STAGE` for pipeline 0, `DEAL_STAGE_{N}` otherwise. */
export const dealStageEntity = (categoryId: number): string =>
  categoryId > 0 ? `DEAL_STAGE_${categoryId}` : 'DEAL_STAGE';

interface EntitySpec {
  readonly entityTypeId: number;
  readonly noun: string;
  readonly ufEntityId: string;
  readonly fields: readonly SystemFieldDef[];
  readonly bindings: Readonly<Record<string, string>>;
  readonly stageField?: string;
  readonly stageEntity?: (record: LeadRecord) => string;
  readonly derive: Derive;
}

export interface EntityRecordDef extends RecordDef {
  readonly entityTypeId: number;
  readonly ufEntityId: string;
}

/** A `RecordDef` whose rows, ids and user fields live in the CRM part of the state. */
export function entityDef(spec: EntitySpec): EntityRecordDef {
  const table = String(spec.entityTypeId);
  const stageEntity = spec.stageEntity;
  return {
    entityTypeId: spec.entityTypeId,
    ufEntityId: spec.ufEntityId,
    noun: spec.noun,
    fields: new Map(spec.fields.map((d) => [d.code, d])),
    outputOrder: outputOrderOf(spec.fields),
    bindings: spec.bindings,
    ...(spec.stageField === undefined ? {} : { stageField: spec.stageField }),
    ...(spec.stageField === undefined || stageEntity === undefined
      ? {}
      : {
          stageSort: (state: PortalState, record: LeadRecord) =>
            stagesOf(state, stageEntity(record)).find((s) => s.STATUS_ID === record.values[spec.stageField!])
              ?.SORT ?? null,
        }),
    userFields: (state) => userFieldsOf(state, spec.ufEntityId),
    rows: (state) => (crmOf(state).records[table] ??= []),
    setRows: (state, rows) => {
      crmOf(state).records[table] = rows;
    },
    nextId: (state) => nextId(crmOf(state), `record:${table}`),
    derive: spec.derive,
  };
}

/** The stage of a record moved into its dictionary: a stage from elsewhere becomes the first one. */
export function settleStage(
  env: WriteEnv,
  record: LeadRecord,
  field: string,
  entity: string,
): StatusRecord | undefined {
  const stages = stagesOf(env.state, entity);
  const stage = stages.find((s) => s.STATUS_ID === record.values[field]) ?? stages[0];
  record.values[field] = stage?.STATUS_ID ?? null;
  return stage;
}

const deriveDeal: Derive = (env, deal, _before, isAdd) => {
  const v = deal.values;
  if (isAdd) {
    defaultTitle(deal, 'Deal');
    const category = intval(v['CATEGORY_ID']);
    const known = crmOf(env.state).categories.some((c) => c.entityTypeId === DEAL && c.id === category);
    v['CATEGORY_ID'] = known ? category : 0;
    moneyDefaults(v);
    v['IS_MANUAL_OPPORTUNITY'] ??= 'N';
    for (const flag of ['IS_RECURRING', 'IS_RETURN_CUSTOMER', 'IS_REPEATED_APPROACH']) v[flag] ??= 'N';
    v['BEGINDATE'] ??= portalDate(env.now);
    v['CLOSEDATE'] ??= portalDate(env.now + 7 * DAY);
  }
  const stages = stagesOf(env.state, dealStageEntity(intval(v['CATEGORY_ID'])));
  const stage = settleStage(env, deal, 'STAGE_ID', dealStageEntity(intval(v['CATEGORY_ID'])));
  const semantic = stage?.SEMANTICS ?? 'P';
  v['STAGE_SEMANTIC_ID'] = semantic;
  v['CLOSED'] = semantic === 'P' ? 'N' : 'Y';
  v['IS_NEW'] = stage !== undefined && stage === stages[0] ? 'Y' : 'N';
};

const deriveQuote: Derive = (env, quote, _before, isAdd) => {
  const v = quote.values;
  if (isAdd) {
    defaultTitle(quote, 'Estimate');
    v['QUOTE_NUMBER'] = String(quote.ID);
    moneyDefaults(v);
    v['BEGINDATE'] ??= portalDate(env.now);
  }
  const status = settleStage(env, quote, 'STATUS_ID', 'QUOTE_STATUS');
  v['CLOSED'] = (status?.SEMANTICS ?? null) === null ? 'N' : 'Y';
};

/** A classic entity, its user fields under `CRM_{NAME}` (`CCrmOwnerType::ResolveUserFieldEntityID`). */
const classicDef = (
  entityTypeId: number,
  noun: string,
  fields: readonly SystemFieldDef[],
  rules: Pick<EntitySpec, 'bindings' | 'stageField' | 'stageEntity' | 'derive'>,
): EntityRecordDef =>
  entityDef({ entityTypeId, noun, ufEntityId: `CRM_${noun.toUpperCase()}`, fields, ...rules });

export const DEAL_DEF = classicDef(DEAL, 'Deal', SYSTEM_DEAL_FIELDS, {
  bindings: { CONTACT_ID: 'CONTACT_IDS' },
  stageField: 'STAGE_ID',
  stageEntity: (deal) => dealStageEntity(intval(deal.values['CATEGORY_ID'])),
  derive: deriveDeal,
});

export const CONTACT_DEF = classicDef(CONTACT, 'Contact', SYSTEM_CONTACT_FIELDS, {
  bindings: { COMPANY_ID: 'COMPANY_IDS' },
  derive: (_env, contact, _before, isAdd) => {
    if (isAdd) contact.values['EXPORT'] ??= 'Y';
  },
});

export const COMPANY_DEF = classicDef(COMPANY, 'Company', SYSTEM_COMPANY_FIELDS, {
  bindings: {},
  derive: (_env, company, _before, isAdd) => {
    if (!isAdd) return;
    defaultTitle(company, 'Company');
    company.values['IS_MY_COMPANY'] ??= 'N';
    company.values['CURRENCY_ID'] ??= BASE_CURRENCY;
  },
});

export const QUOTE_DEF = classicDef(QUOTE, 'Quote', SYSTEM_QUOTE_FIELDS, {
  bindings: { CONTACT_ID: 'CONTACT_IDS' },
  stageField: 'STATUS_ID',
  stageEntity: () => 'QUOTE_STATUS',
  derive: deriveQuote,
});

/** The entities of the old methods, by the name in theirs (`crm.deal.*`, …), in the portal's order. */
export const ENTITY_DEFS = {
  deal: DEAL_DEF,
  contact: CONTACT_DEF,
  company: COMPANY_DEF,
  quote: QUOTE_DEF,
} as const;
