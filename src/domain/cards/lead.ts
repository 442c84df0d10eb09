import { CARD_LABELS_RU, DEFAULT_SECTION_TITLES_RU } from '../cardLabels.ru';
import type { FieldCode, LeadType } from '../types';
import {
  MULTIFIELDS,
  address,
  client,
  createdOn,
  isClassicUserField,
  modifiedOn,
  moneyWithCurrency,
  observers,
  products,
  readOnlyId,
  utm,
} from './common';
import { section, type CardDefinition } from './definition';
import type { PseudoField } from './fieldTypes';

// Card labels from the portal's lead card (S7 `crm.lead.details` lang/en); multifield captions
// from CCrmFieldMulti. Order: the reference list of BITRIX24-API.md 1.11.
const COMMON_FIELDS: readonly PseudoField[] = [
  readOnlyId,
  createdOn('Created on'),
  modifiedOn('Modified on'),
  { code: 'TITLE', label: 'Lead name', kind: 'text' },
  { code: 'STATUS_ID', label: 'Stage', kind: 'list' },
  { code: 'STATUS_DESCRIPTION', label: 'More about this stage', kind: 'textarea' },
  moneyWithCurrency('OPPORTUNITY_WITH_CURRENCY', 'Amount and currency', 'OPPORTUNITY'),
  { code: 'SOURCE_ID', label: 'Source', kind: 'list' },
  { code: 'SOURCE_DESCRIPTION', label: 'Source information', kind: 'textarea' },
  { code: 'ASSIGNED_BY_ID', label: 'Responsible person', kind: 'user' },
  observers('Observers'),
  { code: 'OPENED', label: 'Available to everyone', kind: 'boolean' },
  { code: 'COMMENTS', label: 'Comment', kind: 'html' },
  products('Products'),
  client('CLIENT', 'Client', ['COMPANY_ID', 'CONTACT_IDS']),
  utm('UTM parameters'),
];

/** Fields of the person behind a simple lead; a repeat lead's card has none (the data is in its contact/company). */
const CONTACT_FIELDS: readonly PseudoField[] = [
  { code: 'HONORIFIC', label: 'Salutation', kind: 'list' },
  { code: 'LAST_NAME', label: 'Last name', kind: 'text' },
  { code: 'NAME', label: 'Name', kind: 'text' },
  { code: 'SECOND_NAME', label: 'Second name', kind: 'text' },
  { code: 'BIRTHDATE', label: 'Date of birth', kind: 'date' },
  { code: 'POST', label: 'Position', kind: 'text' },
  { code: 'COMPANY_TITLE', label: 'Company name', kind: 'text' },
  address('Address'),
  ...MULTIFIELDS,
];

const CONTACT_CODES: ReadonlySet<FieldCode> = new Set(CONTACT_FIELDS.map((f) => f.code));

/** Whether a field exists only on a simple lead's card (name, address, phone...): repeat leads have none of these. */
export const isContactField = (code: FieldCode): boolean => CONTACT_CODES.has(code);

/** Section titles of the built-in lead layout (S7 `crm.lead.details` lang/en). */
export const LEAD_SECTION_TITLES = {
  main: 'Lead information',
  additional: 'More',
  products: 'Products',
} as const;

// BITRIX24-API.md 1.11: what the portal shows when no configuration is stored.
const SIMPLE_MAIN: readonly FieldCode[] = [
  'TITLE',
  'STATUS_ID',
  'OPPORTUNITY_WITH_CURRENCY',
  'CLIENT',
  'HONORIFIC',
  'LAST_NAME',
  'NAME',
  'SECOND_NAME',
  'BIRTHDATE',
  'POST',
  'COMPANY_TITLE',
  'PHONE',
  'EMAIL',
  'WEB',
  'IM',
  'LINK',
];
const SIMPLE_ADDITIONAL: readonly FieldCode[] = [
  'SOURCE_ID',
  'SOURCE_DESCRIPTION',
  'OPENED',
  'ASSIGNED_BY_ID',
  'OBSERVER',
  'COMMENTS',
  'ADDRESS',
  'UTM',
];
const REPEAT_MAIN: readonly FieldCode[] = ['TITLE', 'STATUS_ID', 'OPPORTUNITY_WITH_CURRENCY', 'CLIENT'];
const REPEAT_ADDITIONAL: readonly FieldCode[] = [
  'SOURCE_ID',
  'SOURCE_DESCRIPTION',
  'OPENED',
  'ASSIGNED_BY_ID',
  'COMMENTS',
  'UTM',
];

const SECTIONS = (['main', 'additional', 'products'] as const).map((name) =>
  section(name, LEAD_SECTION_TITLES[name], DEFAULT_SECTION_TITLES_RU[name]),
);

const simple = leadType('simple');
const repeat = leadType('repeat');

function leadType(type: LeadType): CardDefinition {
  const own = type === 'simple' ? [...COMMON_FIELDS, ...CONTACT_FIELDS] : COMMON_FIELDS;
  const main = type === 'simple' ? SIMPLE_MAIN : REPEAT_MAIN;
  const additional = type === 'simple' ? SIMPLE_ADDITIONAL : REPEAT_ADDITIONAL;
  return {
    ownFields: () => own,
    labelsRu: CARD_LABELS_RU,
    isUserFieldCode: isClassicUserField,
    sections: SECTIONS,
    defaultSections: () => [
      { name: 'main', fields: main },
      { name: 'additional', fields: additional },
      { name: 'products', fields: ['PRODUCT_ROW_SUMMARY'] },
    ],
    userFieldSection: 'additional',
  };
}

/** The lead card of a customer type: a repeat lead has no contact fields (BITRIX24-API.md 1.11). */
export const leadCard = (type: LeadType): CardDefinition => (type === 'simple' ? simple : repeat);
