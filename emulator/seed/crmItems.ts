/**
 * Items of the cards that exist only as items: smart invoices and the two smart processes, in
 * each of their funnels, with the user fields of each process (`UF_CRM_{typeId}_…`), made through
 * the same code as `crm.item.add`.
 */
import { createRecord } from '../core/recordMethods';
import { userFieldTarget } from '../core/entities';
import { itemType } from '../core/itemDefs';
import type { PortalState } from '../core/types';
import { addUserFieldsTo, type UfSpec } from './userFields';

const BASE_TIME = Date.UTC(2024, 4, 6, 7, 0, 0); // 2024-05-06 09:00 portal time
const DAY = 86_400_000;

const USER_FIELDS: Readonly<Record<number, readonly UfSpec[]>> = {
  1030: [
    { code: 'WEIGHT', type: 'double', label: { en: 'Weight, kg', ru: 'Вес, кг', de: 'Gewicht, kg' } },
    { code: 'FRAGILE', type: 'boolean', label: 'Fragile' },
    {
      code: 'DELIVERY_WINDOW',
      type: 'enumeration',
      label: 'Delivery window',
      items: ['Morning', 'Afternoon', 'Evening'],
    },
  ],
  1032: [
    { code: 'CONTRACT_NUMBER', type: 'string', label: 'Contract number' },
    { code: 'VALID_TILL', type: 'date', label: 'Valid till' },
  ],
};

type Fields = Record<string, unknown>;
const ITEMS: readonly [entityTypeId: number, fields: Fields][] = [
  [
    31,
    {
      TITLE: 'Invoice for Nordwind Logistics',
      CATEGORY_ID: 1,
      STAGE_ID: 'DT31_1:S',
      COMPANY_ID: 14,
      OPPORTUNITY: 18000,
    },
  ],
  [
    31,
    {
      TITLE: 'Invoice for Watanabe Trading',
      CATEGORY_ID: 1,
      STAGE_ID: 'DT31_1:P',
      COMPANY_ID: 35,
      OPPORTUNITY: 9600,
    },
  ],
  [
    1030,
    {
      TITLE: 'Pallets to Tallinn',
      CATEGORY_ID: 2,
      STAGE_ID: 'DT1030_2:PREPARATION',
      COMPANY_ID: 22,
      OPPORTUNITY: 1200,
    },
  ],
  [
    1030,
    {
      TITLE: 'Samples to Osaka',
      CATEGORY_ID: 2,
      STAGE_ID: 'DT1030_2:NEW',
      COMPANY_ID: 35,
      CONTACT_IDS: [57],
    },
  ],
  [1030, { TITLE: 'Return from Riga', CATEGORY_ID: 2, STAGE_ID: 'DT1030_2:SUCCESS', COMPANY_ID: 48 }],
  [
    1030,
    {
      TITLE: 'Urgent lab kit',
      CATEGORY_ID: 3,
      STAGE_ID: 'DT1030_3:CLIENT',
      COMPANY_ID: 57,
      CONTACT_IDS: [72],
      OPPORTUNITY: 450,
    },
  ],
  [1030, { TITLE: 'Same-day documents', CATEGORY_ID: 3, STAGE_ID: 'DT1030_3:NEW', CONTACT_IDS: [31] }],
  [
    1032,
    {
      TITLE: 'Service contract: Watanabe Trading',
      CATEGORY_ID: 4,
      STAGE_ID: 'DT1032_4:CLIENT',
      COMPANY_ID: 35,
      OPPORTUNITY: 9600,
    },
  ],
  [
    1032,
    { TITLE: 'Supply contract: Baltic Timber', CATEGORY_ID: 4, STAGE_ID: 'DT1032_4:NEW', COMPANY_ID: 22 },
  ],
];

export function addCrmItems(state: PortalState): void {
  for (const [entityTypeId, specs] of Object.entries(USER_FIELDS)) {
    const t = itemType(state, Number(entityTypeId));
    if (t) addUserFieldsTo(state, userFieldTarget(state, t.ufEntityId, t.ufPrefix), specs);
  }
  const user = state.users.find((u) => u.ID === 1);
  if (!user) throw new Error('seed: no user 1');
  ITEMS.forEach(([entityTypeId, fields], i) => {
    const t = itemType(state, entityTypeId);
    if (!t) throw new Error(`seed: no type ${entityTypeId}`);
    createRecord(
      t.def,
      { state, user, now: BASE_TIME + i * DAY },
      { ASSIGNED_BY_ID: 1 + (i % 2), ...fields },
    );
  });
}
