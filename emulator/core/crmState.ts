/**
 * The part of the portal's state behind every card but the lead's: smart-process types
 * (`b_crm_dynamic_type`), pipelines and funnels (`b_crm_deal_category`, `b_crm_item_category`),
 * the records of each entity and their user fields. Leads keep their own older slots in
 * `PortalState` (`leads`, `userFields`), so data written before this existed reads unchanged.
 */
import type { LeadRecord, PortalState, UserFieldRecord } from './types';

/** The `Y`/`N` switches of a smart-process type, in the order `crm.type.list` prints them. */
export const TYPE_FLAGS = [
  'isCategoriesEnabled',
  'isStagesEnabled',
  'isBeginCloseDatesEnabled',
  'isClientEnabled',
  'isUseInUserfieldEnabled',
  'isLinkWithProductsEnabled',
  'isMycompanyEnabled',
  'isDocumentsEnabled',
  'isSourceEnabled',
  'isObserversEnabled',
  'isRecyclebinEnabled',
  'isAutomationEnabled',
  'isBizProcEnabled',
  'isSetOpenPermissions',
  'isPaymentsEnabled',
  'isCountersEnabled',
] as const;
export type TypeFlag = (typeof TYPE_FLAGS)[number];

export interface DynamicTypeRecord {
  /** The type's own id: its user fields are `UF_CRM_{id}_…`. */
  id: number;
  /** The CRM type number (1030, 1032, …) every other method takes. */
  entityTypeId: number;
  title: string;
  code: string;
  createdBy: number;
  updatedBy: number;
  /** Epoch milliseconds. */
  createdTime: number;
  updatedTime: number;
  flags: Record<TypeFlag, 'Y' | 'N'>;
}

/** A deal pipeline (the default one has id 0) or a funnel of a smart process or smart invoice. */
export interface CategoryRecord {
  id: number;
  entityTypeId: number;
  name: string;
  sort: number;
  isDefault: boolean;
  originId?: string;
  originatorId?: string;
}

export interface CrmState {
  types: DynamicTypeRecord[];
  categories: CategoryRecord[];
  /** Records by entity type id (`"2"` deals, `"3"` contacts, …): the lead's internal form. */
  records: Record<string, LeadRecord[]>;
  /** User fields by their entity (`CRM_DEAL`, `CRM_3`, …); lead fields stay in `state.userFields`. */
  userFields: Record<string, UserFieldRecord[]>;
  /** Last id given, by table (`record:2`, `category`, `type`, …). */
  lastId: Record<string, number>;
}

export const emptyCrmState = (): CrmState => ({
  types: [],
  categories: [],
  records: {},
  userFields: {},
  lastId: {},
});

/** The CRM part of `state`, created empty when a state has none yet. */
export function crmOf(state: PortalState): CrmState {
  state.crm ??= emptyCrmState();
  return state.crm;
}

/** Gives the next id of `table` (ids of each table count on their own, as in the portal). */
export function nextId(crm: CrmState, table: string, floor = 0): number {
  const id = Math.max(crm.lastId[table] ?? 0, floor) + 1;
  crm.lastId[table] = id;
  return id;
}

export const findType = (state: PortalState, entityTypeId: number): DynamicTypeRecord | undefined =>
  crmOf(state).types.find((t) => t.entityTypeId === entityTypeId);

/** Pipelines or funnels of one entity in the portal's order: by sort, the default one after its equals (`DealCategory::getAll`), then by id. */
export function categoriesOf(state: PortalState, entityTypeId: number): CategoryRecord[] {
  return crmOf(state)
    .categories.filter((c) => c.entityTypeId === entityTypeId)
    .sort((a, b) => a.sort - b.sort || Number(a.isDefault) - Number(b.isDefault) || a.id - b.id);
}

export const defaultCategory = (state: PortalState, entityTypeId: number): CategoryRecord | undefined =>
  categoriesOf(state, entityTypeId).find((c) => c.isDefault);
