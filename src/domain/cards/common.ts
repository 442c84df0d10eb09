import type { FieldCode } from '../types';
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
