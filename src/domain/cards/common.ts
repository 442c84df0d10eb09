import type { FieldCode } from '../types';
import { section, type CardDefinition, type DefaultSection, type SectionSpec } from './definition';
import type { PortalFields, PseudoField } from './fieldTypes';

/**
 * Field shapes several cards share; each card gives its own label (its component's lang file),
 * so a label never travels from one card to another.
 */
export const readOnlyId: PseudoField = { code: 'ID', label: 'ID', kind: 'number', readOnly: true };

export const createdOn = (label: string): PseudoField => ({
  code: 'DATE_CREATE',
  label,
  kind: 'datetime',
  readOnly: true,
});

export const modifiedOn = (label: string): PseudoField => ({
  code: 'DATE_MODIFY',
  label,
  kind: 'datetime',
  readOnly: true,
});

export const opened: PseudoField = { code: 'OPENED', label: 'Available to everyone', kind: 'boolean' };

export const comments: PseudoField = { code: 'COMMENTS', label: 'Comment', kind: 'html' };

export const responsible = (label: string): PseudoField => ({ code: 'ASSIGNED_BY_ID', label, kind: 'user' });

/** Where the record came from, as every classic card but the company's shows it. */
export const SOURCE_FIELDS: readonly PseudoField[] = [
  { code: 'SOURCE_ID', label: 'Source', kind: 'list' },
  { code: 'SOURCE_DESCRIPTION', label: 'Source information', kind: 'textarea' },
];

export const SOURCE_CODES: readonly FieldCode[] = SOURCE_FIELDS.map((f) => f.code);

/** The person's name, as the contact card and a simple lead's card show it. */
export const PERSON_NAME: readonly PseudoField[] = [
  { code: 'HONORIFIC', label: 'Salutation', kind: 'list' },
  { code: 'LAST_NAME', label: 'Last name', kind: 'text' },
  { code: 'NAME', label: 'Name', kind: 'text' },
  { code: 'SECOND_NAME', label: 'Second name', kind: 'text' },
];

export const PERSON_NAME_CODES: readonly FieldCode[] = PERSON_NAME.map((f) => f.code);

export const birthdate: PseudoField = { code: 'BIRTHDATE', label: 'Date of birth', kind: 'date' };

export const position: PseudoField = { code: 'POST', label: 'Position', kind: 'text' };

/** Amount and currency in one control: the `money` type, `affectedFields` CURRENCY_ID + the amount. */
export const moneyWithCurrency = (code: FieldCode, label: string, amount: FieldCode): PseudoField => ({
  code,
  label,
  kind: 'money',
  composite: [amount, 'CURRENCY_ID'],
});

// The card's OBSERVER reads its data from OBSERVER_IDS (`map.data` in each component).
export const observers = (label: string): PseudoField => ({
  code: 'OBSERVER',
  label,
  kind: 'users',
  multiple: true,
  composite: ['OBSERVER_IDS'],
});

export const products = (label: string): PseudoField => ({
  code: 'PRODUCT_ROW_SUMMARY',
  label,
  kind: 'products',
  readOnly: true,
});

/** `client_light` with the compound company + contacts of the component (`data.compound`). */
export const client = (code: FieldCode, label: string, parts: readonly FieldCode[]): PseudoField => ({
  code,
  label,
  kind: 'client',
  composite: parts,
});

export const utm = (label: string): PseudoField => ({
  code: 'UTM',
  label,
  kind: 'utm',
  readOnly: true,
  composite: ['UTM_SOURCE', 'UTM_MEDIUM', 'UTM_CAMPAIGN', 'UTM_CONTENT', 'UTM_TERM'],
});

/** The address fields in the order the card shows and edits them (street first). */
export const ADDRESS_PARTS: readonly FieldCode[] = [
  'ADDRESS',
  'ADDRESS_2',
  'ADDRESS_CITY',
  'ADDRESS_POSTAL_CODE',
  'ADDRESS_REGION',
  'ADDRESS_PROVINCE',
  'ADDRESS_COUNTRY',
  'ADDRESS_COUNTRY_CODE',
];

export const address = (label: string): PseudoField => ({
  code: 'ADDRESS',
  label,
  kind: 'address',
  composite: ADDRESS_PARTS,
});

/** Multifields in CCrmFieldMulti's order with its captions; the same on every card that has them. */
export const MULTIFIELDS: readonly PseudoField[] = [
  { code: 'PHONE', label: 'Phone', kind: 'multifield', multiple: true },
  { code: 'EMAIL', label: 'E-mail', kind: 'multifield', multiple: true },
  { code: 'WEB', label: 'Website', kind: 'multifield', multiple: true },
  { code: 'IM', label: 'Messenger', kind: 'multifield', multiple: true },
  { code: 'LINK', label: 'Link', kind: 'multifield', multiple: true },
];

export const MULTIFIELD_CODES: readonly FieldCode[] = MULTIFIELDS.map((f) => f.code);

export const MULTIFIELD_LABELS_RU: Readonly<Record<FieldCode, string>> = {
  PHONE: 'Телефон',
  EMAIL: 'E-mail',
  WEB: 'Сайт',
  IM: 'Мессенджер',
  LINK: 'Ссылка',
};

/**
 * What the contact and company cards end with: their requisites (type `requisite`), UTM, the
 * requisite address the component adds with the location module (as a Bitrix24 portal has), and
 * the multifields.
 */
export const CLIENT_TAIL: readonly PseudoField[] = [
  { code: 'REQUISITES', label: 'Details', kind: 'other' },
  utm('UTM parameters'),
  address('Address'),
  ...MULTIFIELDS,
];

/** Russian captions the deal, contact and company components share (their lang/ru class.php). */
export const CLASSIC_LABELS_RU: Readonly<Record<FieldCode, string>> = {
  ID: 'ID',
  COMMENTS: 'Комментарий',
  ASSIGNED_BY_ID: 'Ответственный',
  OBSERVER: 'Наблюдатели',
  SOURCE_ID: 'Источник',
  SOURCE_DESCRIPTION: 'Дополнительно об источнике',
  REQUISITES: 'Реквизиты',
  UTM: 'UTM-метки',
  ADDRESS: 'Адрес',
  ...MULTIFIELD_LABELS_RU,
};

export const MORE_SECTION: SectionSpec = section('additional', 'More', 'Дополнительно');

export const PRODUCTS_SECTION: SectionSpec = section('products', 'Products', 'Товары');

/** The products section of a built-in layout: the product rows alone. */
export const PRODUCTS_DEFAULT: DefaultSection = { name: 'products', fields: ['PRODUCT_ROW_SUMMARY'] };

/**
 * The parent fields a classic card appends after its user fields: one per smart process bound as
 * its parent (`EditorAdapter::getParentFieldsInfo`, `PARENT_ID_{entityTypeId}`, the deal, contact
 * and company components' `prepareParentFieldInfos`), as the portal's field list names them.
 */
export const parentFields = (portal: PortalFields): PseudoField[] =>
  Object.entries(portal)
    .filter(([code]) => /^PARENT_ID_\d+$/.test(code))
    .map(([code, info]) => ({ code, label: info.title.trim() === '' ? code : info.title, kind: 'crm' }));

/** Classic cards (lead, deal, contact, company, quote) name user fields `UF_CRM_*`. */
export const isClassicUserField = (code: FieldCode): boolean => code.startsWith('UF_CRM_');

/** What a classic card states of itself; the rest is the same on every classic card. */
export interface ClassicCardSpec {
  readonly fields: readonly PseudoField[];
  readonly labelsRu: Readonly<Record<FieldCode, string>>;
  readonly sections: readonly SectionSpec[];
  readonly defaultSections: readonly DefaultSection[];
  /** Whether the card lists the parent fields of bound smart processes after its user fields. */
  readonly withParents: boolean;
}

/** A classic card: `UF_CRM_*` user fields, appended to `additional` in its built-in layout. */
export const classicCard = (spec: ClassicCardSpec): CardDefinition => ({
  ownFields: () => spec.fields,
  labelsRu: spec.labelsRu,
  isUserFieldCode: isClassicUserField,
  ...(spec.withParents ? { trailingFields: parentFields } : {}),
  sections: spec.sections,
  defaultSections: () => spec.defaultSections,
  userFieldSection: 'additional',
});
