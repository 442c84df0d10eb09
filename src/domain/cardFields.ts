import { CARD_LABELS_RU } from './cardLabels.ru';
import type { FieldCode, LeadType } from './types';

/** What a card field looks like in the editor: picks the palette icon and the preview input. */
export type CardFieldKind =
  | 'text'
  | 'textarea'
  | 'list'
  | 'money'
  | 'client'
  | 'address'
  | 'multifield'
  | 'user'
  | 'users'
  | 'boolean'
  | 'date'
  | 'datetime'
  | 'number'
  | 'enumeration'
  | 'file'
  | 'url'
  | 'products'
  | 'utm'
  | 'html'
  | 'crm'
  | 'other';

/** A field that can be placed on the lead card (an element name, BITRIX24-API.md 1.11). */
export interface CardField {
  readonly code: FieldCode;
  readonly label: string;
  readonly kind: CardFieldKind;
  readonly isRequired: boolean;
  readonly isReadOnly: boolean;
  readonly isMultiple: boolean;
  readonly isUserField: boolean;
  /** The `crm.lead.fields` / lead data keys the card field shows when they differ from its code. */
  readonly composite?: readonly string[];
}

/**
 * One `crm.lead.fields` entry as far as the card needs it (BITRIX24-API.md 2.1). Structural on
 * purpose: the api's parsed `FieldInfo` fits without the domain importing it. Optional keys admit
 * `undefined` because zod's inferred optionals do.
 */
export interface PortalFieldInfo {
  readonly type: string;
  readonly isRequired: boolean;
  readonly isReadOnly: boolean;
  readonly isMultiple: boolean;
  readonly title: string;
  readonly formLabel?: string | undefined;
  readonly listLabel?: string | undefined;
  readonly items?: readonly { readonly ID: string; readonly VALUE: string }[] | undefined;
  readonly statusType?: string | undefined;
}

export type PortalFields = Readonly<Record<string, PortalFieldInfo>>;

interface PseudoField {
  readonly code: FieldCode;
  readonly label: string;
  readonly kind: CardFieldKind;
  readonly readOnly?: true;
  readonly multiple?: true;
  readonly composite?: readonly string[];
}

// Card labels from the portal's lead card (S7 `crm.lead.details` lang/en); multifield captions
// from CCrmFieldMulti. Order: the reference list of 1.11.
const COMMON_FIELDS: readonly PseudoField[] = [
  { code: 'ID', label: 'ID', kind: 'number', readOnly: true },
  { code: 'DATE_CREATE', label: 'Created on', kind: 'datetime', readOnly: true },
  { code: 'DATE_MODIFY', label: 'Modified on', kind: 'datetime', readOnly: true },
  { code: 'TITLE', label: 'Lead name', kind: 'text' },
  { code: 'STATUS_ID', label: 'Stage', kind: 'list' },
  { code: 'STATUS_DESCRIPTION', label: 'More about this stage', kind: 'textarea' },
  {
    code: 'OPPORTUNITY_WITH_CURRENCY',
    label: 'Amount and currency',
    kind: 'money',
    composite: ['OPPORTUNITY', 'CURRENCY_ID'],
  },
  { code: 'SOURCE_ID', label: 'Source', kind: 'list' },
  { code: 'SOURCE_DESCRIPTION', label: 'Source information', kind: 'textarea' },
  { code: 'ASSIGNED_BY_ID', label: 'Responsible person', kind: 'user' },
  // The card's OBSERVER reads its data from OBSERVER_IDS (S7 `map.data`).
  { code: 'OBSERVER', label: 'Observers', kind: 'users', multiple: true, composite: ['OBSERVER_IDS'] },
  { code: 'OPENED', label: 'Available to everyone', kind: 'boolean' },
  { code: 'COMMENTS', label: 'Comment', kind: 'html' },
  { code: 'PRODUCT_ROW_SUMMARY', label: 'Products', kind: 'products', readOnly: true },
  { code: 'CLIENT', label: 'Client', kind: 'client', composite: ['COMPANY_ID', 'CONTACT_IDS'] },
  {
    code: 'UTM',
    label: 'UTM parameters',
    kind: 'utm',
    readOnly: true,
    composite: ['UTM_SOURCE', 'UTM_MEDIUM', 'UTM_CAMPAIGN', 'UTM_CONTENT', 'UTM_TERM'],
  },
];

/** The lead's address fields in the order the card shows and edits them (street first). */
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

/** Fields of the person behind a simple lead; a repeat lead's card has none (the data is in its contact/company). */
const CONTACT_FIELDS: readonly PseudoField[] = [
  { code: 'HONORIFIC', label: 'Salutation', kind: 'list' },
  { code: 'LAST_NAME', label: 'Last name', kind: 'text' },
  { code: 'NAME', label: 'Name', kind: 'text' },
  { code: 'SECOND_NAME', label: 'Second name', kind: 'text' },
  { code: 'BIRTHDATE', label: 'Date of birth', kind: 'date' },
  { code: 'POST', label: 'Position', kind: 'text' },
  { code: 'COMPANY_TITLE', label: 'Company name', kind: 'text' },
  {
    code: 'ADDRESS',
    label: 'Address',
    kind: 'address',
    composite: ADDRESS_PARTS,
  },
  { code: 'PHONE', label: 'Phone', kind: 'multifield', multiple: true },
  { code: 'EMAIL', label: 'E-mail', kind: 'multifield', multiple: true },
  { code: 'WEB', label: 'Website', kind: 'multifield', multiple: true },
  { code: 'IM', label: 'Messenger', kind: 'multifield', multiple: true },
  { code: 'LINK', label: 'Link', kind: 'multifield', multiple: true },
];

const CONTACT_CODES: ReadonlySet<FieldCode> = new Set(CONTACT_FIELDS.map((f) => f.code));

/** Whether a field exists only on a simple lead's card (name, address, phone...): repeat leads have none of these. */
export function isContactField(code: FieldCode): boolean {
  return CONTACT_CODES.has(code);
}

/** Whether a code names a lead user field (`UF_CRM_*`). */
export const isUserFieldCode = (code: FieldCode): boolean => code.startsWith('UF_CRM_');

const USER_FIELD_KINDS: Readonly<Record<string, CardFieldKind>> = {
  string: 'text',
  integer: 'number',
  double: 'number',
  boolean: 'boolean',
  enumeration: 'enumeration',
  date: 'date',
  datetime: 'datetime',
  money: 'money',
  url: 'url',
  address: 'address',
  file: 'file',
  crm: 'crm',
  crm_status: 'list',
  iblock_section: 'list',
  iblock_element: 'list',
};

function userFieldKind(info: PortalFieldInfo): CardFieldKind {
  if (info.type === 'employee') return info.isMultiple ? 'users' : 'user';
  return USER_FIELD_KINDS[info.type] ?? 'other';
}

function fromPseudo(field: PseudoField, portal: PortalFields): CardField {
  // Flags come from the portal's own entry, else from the parts of a composite; the card's fixed
  // read-only / multiple nature wins over a portal that says otherwise.
  const own = portal[field.code];
  const parts = (field.composite ?? []).flatMap((code) => portal[code] ?? []);
  const sources = own ? [own] : parts;
  return {
    code: field.code,
    label: field.label,
    kind: field.kind,
    isRequired: sources.some((p) => p.isRequired),
    isReadOnly: field.readOnly ?? (sources.length > 0 && sources.every((p) => p.isReadOnly)),
    isMultiple: field.multiple ?? false,
    isUserField: false,
    ...(field.composite ? { composite: field.composite } : {}),
  };
}

function fromUserField(code: FieldCode, info: PortalFieldInfo): CardField {
  return {
    code,
    // User fields carry their code as `title`; the label people gave them is `formLabel` (2.1).
    label: nonBlank(info.formLabel) ?? nonBlank(info.listLabel) ?? code,
    kind: userFieldKind(info),
    isRequired: info.isRequired,
    isReadOnly: info.isReadOnly,
    isMultiple: info.isMultiple,
    isUserField: true,
  };
}

const nonBlank = (s: string | undefined): string | undefined =>
  s !== undefined && s.trim() !== '' ? s : undefined;

/**
 * The fields placeable on a lead card of `leadType`: the card's own fields in the portal's order
 * (contact fields only for simple leads), then every `UF_CRM_*` field of `portalFields` sorted by
 * label (code breaks ties). Other `crm.lead.fields` entries are parts the card shows inside composites.
 */
/** Language of the card's own labels: the portal's language (user-field labels come from the portal). */
export type CardLanguage = 'en' | 'ru';

export function cardFieldsFor(
  leadType: LeadType,
  portalFields: PortalFields,
  lang: CardLanguage = 'en',
): CardField[] {
  const pseudo = leadType === 'simple' ? [...COMMON_FIELDS, ...CONTACT_FIELDS] : COMMON_FIELDS;
  const userFields = Object.entries(portalFields)
    .filter(([code]) => isUserFieldCode(code))
    .map(([code, info]) => fromUserField(code, info))
    .sort((a, b) => a.label.localeCompare(b.label, lang) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const labelled =
    lang === 'ru' ? pseudo.map((f) => ({ ...f, label: CARD_LABELS_RU[f.code] ?? f.label })) : pseudo;
  return [...labelled.map((f) => fromPseudo(f, portalFields)), ...userFields];
}
