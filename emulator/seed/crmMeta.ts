/**
 * The seeded shape of the other cards: three deal pipelines, a smart-invoice funnel, two smart
 * processes (one with two funnels), each with its stages, and the dictionaries their fields use.
 * Stage ids follow the portal: `C{N}:NEW` in pipeline N (`DealCategory::prepareStageID`),
 * `DT{type}_{funnel}:NEW` in a smart-process funnel, `DT31_{funnel}:N` in an invoice funnel.
 */
import { emptyCrmState, nextId, TYPE_FLAGS, type CrmState, type TypeFlag } from '../core/crmState';
import type { PortalState, StatusRecord } from '../core/types';

type Stage = [statusId: string, name: string, color: string, semantics: 'S' | 'F' | null];

const DEAL_STAGES: Stage[] = [
  ['NEW', 'New', '#39A8EF', null],
  ['PREPARATION', 'Prepare documents', '#2FC6F6', null],
  ['PREPAYMENT_INVOICE', 'Invoice', '#55D0E0', null],
  ['EXECUTING', 'In progress', '#47E4C2', null],
  ['FINAL_INVOICE', 'Final invoice', '#FFA900', null],
  ['WON', 'Deal won', '#7BD500', 'S'],
  ['LOSE', 'Deal lost', '#FF5752', 'F'],
  ['APOLOGY', 'Analyze failure', '#FF5752', 'F'],
];
const DYNAMIC_STAGES: Stage[] = [
  ['NEW', 'Start', '#22B9FF', null],
  ['PREPARATION', 'Preparation', '#88D5FF', null],
  ['CLIENT', 'Waiting for client', '#FFBA00', null],
  ['SUCCESS', 'Success', '#7BD500', 'S'],
  ['FAIL', 'Failed', '#FF5752', 'F'],
];
const INVOICE_STAGES: Stage[] = [
  ['N', 'New', '#22B9FF', null],
  ['S', 'Sent to client', '#FFBA00', null],
  ['P', 'Paid', '#7BD500', 'S'],
  ['D', 'Declined', '#FF5752', 'F'],
];
const QUOTE_STAGES: Stage[] = [
  ['DRAFT', 'New', '#39A8EF', null],
  ['SENT', 'Sent to client', '#FFA900', null],
  ['APPROVED', 'Approved', '#7BD500', 'S'],
  ['DECLAINED', 'Declined', '#FF5752', 'F'],
];

type Entry = [statusId: string, name: string];
const DICTIONARIES: Record<string, Entry[]> = {
  DEAL_TYPE: [
    ['SALE', 'Sales'],
    ['COMPLEX', 'Complex sale'],
    ['GOODS', 'Merchandise sale'],
    ['SERVICES', 'Service sale'],
    ['SERVICE', 'After-sales service'],
  ],
  CONTACT_TYPE: [
    ['CLIENT', 'Clients'],
    ['SUPPLIER', 'Suppliers'],
    ['PARTNER', 'Partners'],
    ['OTHER', 'Other'],
  ],
  COMPANY_TYPE: [
    ['CUSTOMER', 'Client'],
    ['SUPPLIER', 'Supplier'],
    ['COMPETITOR', 'Competitor'],
    ['PARTNER', 'Partner'],
    ['OTHER', 'Other'],
  ],
  INDUSTRY: [
    ['IT', 'Information Technology'],
    ['TELECOM', 'Telecommunication'],
    ['MANUFACTURING', 'Manufacturing'],
    ['BANKING', 'Banking Services'],
    ['CONSULTING', 'Consulting'],
    ['OTHER', 'Other'],
  ],
  EMPLOYEES: [
    ['EMPLOYEES_1', 'less than 50'],
    ['EMPLOYEES_2', '50-250'],
    ['EMPLOYEES_3', '250-500'],
    ['EMPLOYEES_4', 'over 500'],
  ],
};

/** The seed's clock: types were created on this day. */
const CREATED = Date.UTC(2024, 2, 4, 9, 0, 0);

const flags = (enabled: readonly TypeFlag[]): Record<TypeFlag, 'Y' | 'N'> =>
  Object.fromEntries(TYPE_FLAGS.map((f) => [f, enabled.includes(f) ? 'Y' : 'N'])) as Record<
    TypeFlag,
    'Y' | 'N'
  >;

/** A portal that already has a dictionary keeps it as it is (and its ids). */
const hasDictionary = (state: PortalState, entity: string): boolean =>
  state.statuses.some((s) => s.ENTITY_ID === entity);

function addStages(
  state: PortalState,
  entity: string,
  prefix: string,
  categoryId: number | null,
  stages: Stage[],
): void {
  if (hasDictionary(state, entity)) return;
  stages.forEach(([statusId, name, color, semantics], i) => {
    state.counters.status += 1;
    const row: StatusRecord = {
      ID: state.counters.status,
      ENTITY_ID: entity,
      STATUS_ID: `${prefix}${statusId}`,
      NAME: name,
      NAME_INIT: name,
      SORT: (i + 1) * 10,
      SYSTEM: i === 0 || semantics !== null ? 'Y' : 'N',
      CATEGORY_ID: categoryId,
      COLOR: color,
      SEMANTICS: semantics,
    };
    state.statuses.push(row);
  });
}

function addDictionaries(state: PortalState): void {
  for (const [entity, entries] of Object.entries(DICTIONARIES)) {
    if (hasDictionary(state, entity)) continue;
    entries.forEach(([statusId, name], i) => {
      state.counters.status += 1;
      state.statuses.push({
        ID: state.counters.status,
        ENTITY_ID: entity,
        STATUS_ID: statusId,
        NAME: name,
        NAME_INIT: name,
        SORT: (i + 1) * 10,
        SYSTEM: 'Y',
        CATEGORY_ID: null,
        COLOR: null,
        SEMANTICS: null,
      });
    });
  }
}

function addDealPipelines(state: PortalState, crm: CrmState): void {
  crm.categories.push({ id: 0, entityTypeId: 2, name: 'General', sort: 0, isDefault: true });
  addStages(state, 'DEAL_STAGE', '', null, DEAL_STAGES);
  for (const [name, sort] of [
    ['Wholesale', 200],
    ['Projects', 300],
  ] as const) {
    const id = nextId(crm, 'dealCategory');
    crm.categories.push({
      id,
      entityTypeId: 2,
      name,
      sort,
      isDefault: false,
      originId: '',
      originatorId: '',
    });
    addStages(state, `DEAL_STAGE_${id}`, `C${id}:`, id, DEAL_STAGES);
  }
}

/** A funnel of an item-based entity (`b_crm_item_category`: one id sequence for all of them). */
function addFunnel(
  state: PortalState,
  crm: CrmState,
  entityTypeId: number,
  name: string,
  isDefault: boolean,
  stages: Stage[],
  stageEntity: (id: number) => string,
): void {
  const id = nextId(crm, 'itemCategory');
  crm.categories.push({ id, entityTypeId, name, sort: isDefault ? 500 : 500 + id * 10, isDefault });
  addStages(state, stageEntity(id), `DT${entityTypeId}_${id}:`, id, stages);
}

function addSmartProcess(
  state: PortalState,
  crm: CrmState,
  title: string,
  enabled: readonly TypeFlag[],
  funnels: readonly string[],
): void {
  const id = nextId(crm, 'type');
  const entityTypeId = 1028 + id * 2; // the cloud gives smart processes even numbers from 1030
  crm.types.push({
    id,
    entityTypeId,
    title,
    code: '',
    createdBy: 1,
    updatedBy: 1,
    createdTime: CREATED + id * 60_000,
    updatedTime: CREATED + id * 60_000,
    flags: flags(enabled),
  });
  funnels.forEach((name, i) =>
    addFunnel(
      state,
      crm,
      entityTypeId,
      name,
      i === 0,
      DYNAMIC_STAGES,
      (c) => `DYNAMIC_${entityTypeId}_STAGE_${c}`,
    ),
  );
}

/** Types, pipelines, funnels, stages and dictionaries of every card but the lead's. */
export function addCrmMetadata(state: PortalState): CrmState {
  const crm = emptyCrmState();
  state.crm = crm;
  addDictionaries(state);
  addStages(state, 'QUOTE_STATUS', '', null, QUOTE_STAGES);
  addDealPipelines(state, crm);
  addFunnel(state, crm, 31, 'Invoices', true, INVOICE_STAGES, (c) => `SMART_INVOICE_STAGE_${c}`);
  const common: TypeFlag[] = ['isStagesEnabled', 'isClientEnabled', 'isObserversEnabled', 'isSourceEnabled'];
  addSmartProcess(
    state,
    crm,
    'Delivery requests',
    [...common, 'isCategoriesEnabled', 'isBeginCloseDatesEnabled'],
    ['General', 'Express delivery'],
  );
  addSmartProcess(
    state,
    crm,
    'Contracts',
    [...common, 'isMycompanyEnabled', 'isDocumentsEnabled'],
    ['General'],
  );
  return crm;
}
