import { CARD_LABELS_RU, DEFAULT_SECTION_TITLES_RU } from '../cardLabels.ru';
import type { FieldCode, LeadType } from '../types';
// in the order the card below uses them: its fields, the contact's, the built-in layout's codes
import {
  readOnlyId,
  createdOn,
  modifiedOn,
  moneyWithCurrency,
  SOURCE_FIELDS,
  responsible,
  observers,
  opened,
  comments,
  products,
  client,
  utm,
  PERSON_NAME,
  birthdate,
  position,
  address,
  MULTIFIELDS,
  PERSON_NAME_CODES,
  MULTIFIELD_CODES,
  SOURCE_CODES,
  classicCard,
  PRODUCTS_DEFAULT,
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
  ...SOURCE_FIELDS,
  responsible('Responsible person'),
  observers('Observers'),
  opened,
  comments,
  products('Products'),
  client('CLIENT', 'Client', ['COMPANY_ID', 'CONTACT_IDS']),
  utm('UTM parameters'),
];

/** Fields of the person behind a simple lead; a repeat lead's card has none (the data is in its contact/company). */
const CONTACT_FIELDS: readonly PseudoField[] = [
  ...PERSON_NAME,
  birthdate,
  position,
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

// BITRIX24-API.md 1.11: what the portal shows when no configuration is stored. A simple lead's
// main section adds the person (the address aside) to a repeat lead's; its additional section
// adds the observers and the address.
const REPEAT_MAIN: readonly FieldCode[] = ['TITLE', 'STATUS_ID', 'OPPORTUNITY_WITH_CURRENCY', 'CLIENT'];
const SIMPLE_MAIN: readonly FieldCode[] = [
  ...REPEAT_MAIN,
  ...PERSON_NAME_CODES,
  'BIRTHDATE',
  'POST',
  'COMPANY_TITLE',
  ...MULTIFIELD_CODES,
];
const REPEAT_ADDITIONAL: readonly FieldCode[] = [
  ...SOURCE_CODES,
  'OPENED',
  'ASSIGNED_BY_ID',
  'COMMENTS',
  'UTM',
];
const SIMPLE_ADDITIONAL: readonly FieldCode[] = [
  ...SOURCE_CODES,
  'OPENED',
  'ASSIGNED_BY_ID',
  'OBSERVER',
  'COMMENTS',
  'ADDRESS',
  'UTM',
];

const SECTIONS = (['main', 'additional', 'products'] as const).map((name) =>
  section(name, LEAD_SECTION_TITLES[name], DEFAULT_SECTION_TITLES_RU[name]),
);

const simple = leadType('simple');
const repeat = leadType('repeat');

function leadType(type: LeadType): CardDefinition {
  return classicCard({
    fields: type === 'simple' ? [...COMMON_FIELDS, ...CONTACT_FIELDS] : COMMON_FIELDS,
    labelsRu: CARD_LABELS_RU,
    sections: SECTIONS,
    defaultSections: [
      { name: 'main', fields: type === 'simple' ? SIMPLE_MAIN : REPEAT_MAIN },
      { name: 'additional', fields: type === 'simple' ? SIMPLE_ADDITIONAL : REPEAT_ADDITIONAL },
      PRODUCTS_DEFAULT,
    ],
    withParents: false,
  });
}

/** The lead card of a customer type: a repeat lead has no contact fields (BITRIX24-API.md 1.11). */
export const leadCard = (type: LeadType): CardDefinition => (type === 'simple' ? simple : repeat);
