/**
 * A handful of records of each card after the lead's, made through the same code as
 * `crm.{entity}.add`: the companies and contacts the repeat leads point at (same ids), deals in
 * each of the three pipelines, two estimates, and the user fields of each entity.
 */
import { crmOf } from '../core/crmState';
import { ENTITY_DEFS, userFieldTarget, type EntityRecordDef } from '../core/entities';
import { createRecord } from '../core/recordMethods';
import type { PortalState } from '../core/types';
import { addUserFieldsTo, type UfSpec } from './userFields';

const BASE_TIME = Date.UTC(2024, 3, 1, 7, 0, 0); // 2024-04-01 09:00 portal time
const DAY = 86_400_000;

const USER_FIELDS: Readonly<Record<string, readonly UfSpec[]>> = {
  CRM_DEAL: [
    {
      code: 'UF_CRM_DELIVERY_DATE',
      type: 'date',
      label: { en: 'Delivery date', ru: 'Дата поставки', de: 'Liefertermin' },
    },
    {
      code: 'UF_CRM_CONTRACT_TYPE',
      type: 'enumeration',
      label: 'Contract type',
      items: ['One-off', 'Subscription', 'Framework'],
    },
    { code: 'UF_CRM_PO_NUMBER', type: 'string', label: 'Purchase order number' },
    { code: 'UF_CRM_1712400001', type: 'boolean', label: 'Needs installation' },
  ],
  CRM_CONTACT: [
    { code: 'UF_CRM_LOYALTY_CARD', type: 'string', label: 'Loyalty card' },
    {
      code: 'UF_CRM_LANGUAGE',
      type: 'enumeration',
      label: 'Preferred language',
      items: ['English', 'Russian', 'German'],
    },
    { code: 'UF_CRM_GREETING_CARD', type: 'boolean', label: 'Send a greeting card' },
  ],
  CRM_COMPANY: [
    { code: 'UF_CRM_TAX_NUMBER', type: 'string', label: { en: 'Tax number', ru: 'ИНН', de: 'Steuernummer' } },
    { code: 'UF_CRM_CUSTOMER_SINCE', type: 'date', label: 'Customer since' },
    { code: 'UF_CRM_KEY_ACCOUNT', type: 'employee', label: 'Key account manager' },
  ],
  CRM_QUOTE: [
    { code: 'UF_CRM_VALID_UNTIL', type: 'date', label: 'Valid until' },
    { code: 'UF_CRM_DISCOUNT', type: 'double', label: 'Discount, %', settings: { PRECISION: 1 } },
  ],
};

type Fields = Record<string, unknown>;
const phone = (value: string): Fields[] => [{ VALUE: value, VALUE_TYPE: 'WORK' }];
const email = (value: string): Fields[] => [{ VALUE: value, VALUE_TYPE: 'WORK' }];

const COMPANIES: [id: number, fields: Fields][] = [
  [
    14,
    {
      TITLE: 'Nordwind Logistics',
      COMPANY_TYPE: 'CUSTOMER',
      INDUSTRY: 'OTHER',
      EMPLOYEES: 'EMPLOYEES_2',
      PHONE: phone('+49 40 5550 1400'),
      ADDRESS_CITY: 'Hamburg',
    },
  ],
  [
    22,
    {
      TITLE: 'Baltic Timber',
      COMPANY_TYPE: 'CUSTOMER',
      INDUSTRY: 'MANUFACTURING',
      EMAIL: email('office@baltic-timber.example'),
      ADDRESS_CITY: 'Tallinn',
    },
  ],
  [
    35,
    {
      TITLE: 'Watanabe Trading',
      COMPANY_TYPE: 'PARTNER',
      INDUSTRY: 'OTHER',
      REVENUE: 1200000,
      ADDRESS_CITY: 'Osaka',
    },
  ],
  [
    48,
    {
      TITLE: 'Riga Print',
      COMPANY_TYPE: 'CUSTOMER',
      INDUSTRY: 'MANUFACTURING',
      PHONE: phone('+371 6700 4800'),
    },
  ],
  [
    57,
    {
      TITLE: 'Sharma Diagnostics',
      COMPANY_TYPE: 'CUSTOMER',
      INDUSTRY: 'CONSULTING',
      EMPLOYEES: 'EMPLOYEES_3',
    },
  ],
];

const CONTACTS: [id: number, fields: Fields][] = [
  [
    31,
    {
      NAME: 'Anna',
      LAST_NAME: 'Keller',
      POST: 'Office manager',
      TYPE_ID: 'CLIENT',
      PHONE: phone('+49 30 5550 3100'),
      EMAIL: email('anna.keller@example.com'),
    },
  ],
  [
    40,
    {
      NAME: 'Jaan',
      LAST_NAME: 'Tamm',
      POST: 'Purchasing',
      TYPE_ID: 'CLIENT',
      COMPANY_IDS: [22],
      EMAIL: email('jaan@baltic-timber.example'),
    },
  ],
  [41, { NAME: 'Liis', LAST_NAME: 'Kask', POST: 'Accountant', TYPE_ID: 'CLIENT', COMPANY_IDS: [22] }],
  [
    57,
    {
      NAME: 'Pierre',
      LAST_NAME: 'Durand',
      HONORIFIC: 'HNR_EN_1',
      TYPE_ID: 'PARTNER',
      PHONE: phone('+33 1 5550 5700'),
    },
  ],
  [
    63,
    {
      NAME: 'Ilze',
      LAST_NAME: 'Berzina',
      TYPE_ID: 'CLIENT',
      COMPANY_IDS: [48],
      EMAIL: email('ilze@rigaprint.example'),
    },
  ],
  [72, { NAME: 'Rahul', LAST_NAME: 'Sharma', POST: 'Director', TYPE_ID: 'CLIENT', COMPANY_IDS: [57] }],
  [88, { NAME: 'Priya', LAST_NAME: 'Nair', TYPE_ID: 'SUPPLIER', EMAIL: email('priya.nair@example.com') }],
];

const DEALS: Fields[] = [
  {
    TITLE: 'Nordwind: fleet tracking',
    CATEGORY_ID: 0,
    STAGE_ID: 'PREPARATION',
    COMPANY_ID: 14,
    OPPORTUNITY: 18000,
    TYPE_ID: 'SALE',
  },
  { TITLE: 'Keller: office licences', CATEGORY_ID: 0, STAGE_ID: 'NEW', CONTACT_IDS: [31], OPPORTUNITY: 2400 },
  {
    TITLE: 'Watanabe: support renewal',
    CATEGORY_ID: 0,
    STAGE_ID: 'WON',
    COMPANY_ID: 35,
    OPPORTUNITY: 9600,
    TYPE_ID: 'SERVICE',
  },
  {
    TITLE: 'Baltic Timber: 40 pallets',
    CATEGORY_ID: 1,
    STAGE_ID: 'C1:EXECUTING',
    COMPANY_ID: 22,
    CONTACT_IDS: [40, 41],
    OPPORTUNITY: 31000,
    TYPE_ID: 'GOODS',
  },
  {
    TITLE: 'Riga Print: paper stock',
    CATEGORY_ID: 1,
    STAGE_ID: 'C1:NEW',
    COMPANY_ID: 48,
    CONTACT_IDS: [63],
    OPPORTUNITY: 7200,
  },
  {
    TITLE: 'Sharma Diagnostics: lab rollout',
    CATEGORY_ID: 2,
    STAGE_ID: 'C2:PREPAYMENT_INVOICE',
    COMPANY_ID: 57,
    CONTACT_IDS: [72],
    OPPORTUNITY: 54000,
    TYPE_ID: 'COMPLEX',
  },
  {
    TITLE: 'Durand: pilot project',
    CATEGORY_ID: 2,
    STAGE_ID: 'C2:LOSE',
    CONTACT_IDS: [57],
    OPPORTUNITY: 12000,
  },
];

const QUOTES: Fields[] = [
  { TITLE: 'Estimate for Nordwind Logistics', STATUS_ID: 'SENT', COMPANY_ID: 14, OPPORTUNITY: 18000 },
  {
    TITLE: 'Estimate for Sharma Diagnostics',
    STATUS_ID: 'DRAFT',
    COMPANY_ID: 57,
    CONTACT_IDS: [72],
    OPPORTUNITY: 54000,
  },
];

/** Adds each record as user 1 (`crm.{entity}.add` of the admin), a day apart. */
function addAll(
  state: PortalState,
  def: EntityRecordDef,
  rows: readonly (readonly [number | undefined, Fields])[],
  offset: number,
): void {
  const user = state.users.find((u) => u.ID === 1);
  if (!user) throw new Error('seed: no user 1');
  rows.forEach(([id, fields], i) => {
    const now = BASE_TIME + (offset + i) * DAY;
    createRecord(def, { state, user, now }, { ASSIGNED_BY_ID: 1 + (i % 2), ...fields }, id);
  });
  const last = Math.max(0, ...def.rows(state).map((r) => r.ID));
  crmOf(state).lastId[`record:${def.entityTypeId}`] = last;
}

export function addCrmRecords(state: PortalState): void {
  for (const [entityId, specs] of Object.entries(USER_FIELDS))
    addUserFieldsTo(state, userFieldTarget(state, entityId), specs);
  addAll(state, ENTITY_DEFS.company, COMPANIES, 0);
  addAll(state, ENTITY_DEFS.contact, CONTACTS, 1);
  addAll(
    state,
    ENTITY_DEFS.deal,
    DEALS.map((f) => [undefined, f] as const),
    3,
  );
  addAll(
    state,
    ENTITY_DEFS.quote,
    QUOTES.map((f) => [undefined, f] as const),
    6,
  );
}
