/**
 * The standard lead fields of `crm.lead.fields`, flags and English titles exactly as
 * BITRIX24-API.md 2.3 lists them, in the portal's order. These are portal constants, not seed
 * data: REST cannot change them.
 */

export interface SystemFieldDef {
  readonly code: string;
  readonly type: string;
  readonly title: string;
  readonly isReadOnly?: boolean;
  /** Set on add, kept on update (a deal's `CATEGORY_ID`). */
  readonly isImmutable?: boolean;
  readonly isMultiple?: boolean;
  readonly isDeprecated?: boolean;
  readonly statusType?: string;
  readonly settings?: Readonly<Record<string, unknown>>;
}

export const f = (
  code: string,
  type: string,
  title: string,
  extra: Partial<SystemFieldDef> = {},
): SystemFieldDef => ({
  code,
  type,
  title,
  ...extra,
});
export const RO = { isReadOnly: true } as const;

/** Who is responsible and who created and changed a record (`moved`: who moved it between stages). */
export const peopleFields = (
  responsible: string,
  created = 'Created By',
  modified = 'Modified By',
  moved = true,
): SystemFieldDef[] => [
  f('ASSIGNED_BY_ID', 'user', responsible),
  f('CREATED_BY_ID', 'user', created, RO),
  f('MODIFY_BY_ID', 'user', modified, RO),
  ...(moved ? [f('MOVED_BY_ID', 'user', 'MOVED_BY_ID', RO)] : []),
  f('DATE_CREATE', 'datetime', 'Creation Date', RO),
  f('DATE_MODIFY', 'datetime', 'Modification Date', RO),
  ...(moved ? [f('MOVED_TIME', 'datetime', 'MOVED_TIME', RO)] : []),
];

/** Where a record came from: the external source and the advertising marks. */
export const originFields = (term = 'Campaign Search Term', version = false): SystemFieldDef[] => [
  f('ORIGINATOR_ID', 'string', 'External Source'),
  f('ORIGIN_ID', 'string', 'Identifier in External Source'),
  ...(version ? [f('ORIGIN_VERSION', 'string', 'Original Version')] : []),
  f('UTM_SOURCE', 'string', 'Advertising System'),
  f('UTM_MEDIUM', 'string', 'Traffic Type'),
  f('UTM_CAMPAIGN', 'string', 'Campaign Identifier'),
  f('UTM_CONTENT', 'string', 'Campaign Content'),
  f('UTM_TERM', 'string', term),
];

const MULTI = { isMultiple: true } as const;
export const MULTIFIELD_DEFS: readonly SystemFieldDef[] = [
  f('PHONE', 'crm_multifield', 'Phone', MULTI),
  f('EMAIL', 'crm_multifield', 'E-mail', MULTI),
  f('WEB', 'crm_multifield', 'Website', MULTI),
  f('IM', 'crm_multifield', 'Messenger', MULTI),
  f('LINK', 'crm_multifield', 'LINK', MULTI),
];

export const SYSTEM_LEAD_FIELDS: readonly SystemFieldDef[] = [
  f('ID', 'integer', 'ID', RO),
  f('TITLE', 'string', 'Lead Title'),
  f('HONORIFIC', 'crm_status', 'Salutation', { statusType: 'HONORIFIC' }),
  f('NAME', 'string', 'First Name'),
  f('SECOND_NAME', 'string', 'Middle Name'),
  f('LAST_NAME', 'string', 'Last Name'),
  f('BIRTHDATE', 'date', 'Birthdate'),
  f('COMPANY_TITLE', 'string', 'Company Name'),
  f('SOURCE_ID', 'crm_status', 'Source', { statusType: 'SOURCE' }),
  f('SOURCE_DESCRIPTION', 'string', 'Source Description'),
  f('STATUS_ID', 'crm_status', 'Stage', { statusType: 'STATUS' }),
  f('STATUS_DESCRIPTION', 'string', 'Stage Description'),
  f('STATUS_SEMANTIC_ID', 'string', 'Status Semantic', RO),
  f('POST', 'string', 'Position'),
  f('ADDRESS', 'string', 'Address'),
  f('ADDRESS_2', 'string', 'Address (Line 2)'),
  f('ADDRESS_CITY', 'string', 'City'),
  f('ADDRESS_POSTAL_CODE', 'string', 'Postal Code'),
  f('ADDRESS_REGION', 'string', 'Region'),
  f('ADDRESS_PROVINCE', 'string', 'Province'),
  f('ADDRESS_COUNTRY', 'string', 'Country'),
  f('ADDRESS_COUNTRY_CODE', 'string', 'Country Code'),
  f('ADDRESS_LOC_ADDR_ID', 'integer', 'Location Address ID'),
  f('CURRENCY_ID', 'crm_currency', 'Currency'),
  f('OPPORTUNITY', 'double', 'Amount'),
  f('IS_MANUAL_OPPORTUNITY', 'char', 'IS_MANUAL_OPPORTUNITY'),
  f('OPENED', 'char', 'Available to All'),
  f('COMMENTS', 'string', 'Comments'),
  f('HAS_PHONE', 'char', 'Phone Provided', RO),
  f('HAS_EMAIL', 'char', 'Email Provided', RO),
  f('HAS_IMOL', 'char', 'Open Line Assigned', RO),
  ...peopleFields('Responsible User'),
  f('COMPANY_ID', 'crm_company', 'Company', { settings: { parentEntityTypeId: 4 } }),
  f('CONTACT_ID', 'crm_contact', 'Contact', { isDeprecated: true }),
  f('CONTACT_IDS', 'crm_contact', 'CONTACT_IDS', { isMultiple: true }),
  f('IS_RETURN_CUSTOMER', 'char', 'Returning Lead', RO),
  f('DATE_CLOSED', 'datetime', 'Closing Date', RO),
  ...originFields(),
  f('LAST_ACTIVITY_TIME', 'datetime', 'LAST_ACTIVITY_TIME', RO),
  f('LAST_ACTIVITY_BY', 'user', 'LAST_ACTIVITY_BY', RO),
  ...MULTIFIELD_DEFS,
];

/** Key order of `crm.{entity}.get` for the entities after leads: their single fields in field order. */
export const outputOrderOf = (fields: readonly SystemFieldDef[]): string[] =>
  fields.filter((d) => !d.isMultiple).map((d) => d.code);

export const SYSTEM_FIELD_BY_CODE: ReadonlyMap<string, SystemFieldDef> = new Map(
  SYSTEM_LEAD_FIELDS.map((d) => [d.code, d]),
);

/**
 * Key order of a lead in `crm.lead.get` (docs example of `crm-lead-get.md`); user fields follow,
 * then the non-empty multifields.
 */
export const LEAD_OUTPUT_ORDER: readonly string[] = [
  'ID',
  'TITLE',
  'HONORIFIC',
  'NAME',
  'SECOND_NAME',
  'LAST_NAME',
  'COMPANY_TITLE',
  'COMPANY_ID',
  'CONTACT_ID',
  'IS_RETURN_CUSTOMER',
  'BIRTHDATE',
  'SOURCE_ID',
  'SOURCE_DESCRIPTION',
  'STATUS_ID',
  'STATUS_DESCRIPTION',
  'POST',
  'COMMENTS',
  'CURRENCY_ID',
  'OPPORTUNITY',
  'IS_MANUAL_OPPORTUNITY',
  'HAS_PHONE',
  'HAS_EMAIL',
  'HAS_IMOL',
  'ASSIGNED_BY_ID',
  'CREATED_BY_ID',
  'MODIFY_BY_ID',
  'DATE_CREATE',
  'DATE_MODIFY',
  'DATE_CLOSED',
  'STATUS_SEMANTIC_ID',
  'OPENED',
  'ORIGINATOR_ID',
  'ORIGIN_ID',
  'MOVED_BY_ID',
  'MOVED_TIME',
  'ADDRESS',
  'ADDRESS_2',
  'ADDRESS_CITY',
  'ADDRESS_POSTAL_CODE',
  'ADDRESS_REGION',
  'ADDRESS_PROVINCE',
  'ADDRESS_COUNTRY',
  'ADDRESS_COUNTRY_CODE',
  'ADDRESS_LOC_ADDR_ID',
  'UTM_SOURCE',
  'UTM_MEDIUM',
  'UTM_CAMPAIGN',
  'UTM_CONTENT',
  'UTM_TERM',
  'LAST_ACTIVITY_BY',
  'LAST_ACTIVITY_TIME',
];

/** Multifield VALUE_TYPE sets and the default for new items (BITRIX24-API.md 3.3). */
export const MULTIFIELD_VALUE_TYPES: Readonly<Record<string, readonly string[]>> = {
  PHONE: ['WORK', 'MOBILE', 'FAX', 'HOME', 'PAGER', 'MAILING', 'OTHER'],
  EMAIL: ['WORK', 'HOME', 'MAILING', 'OTHER'],
  WEB: ['WORK', 'HOME', 'VK', 'LIVEJOURNAL', 'TWITTER', 'FACEBOOK', 'INSTAGRAM', 'OTHER'],
  IM: [
    'TELEGRAM',
    'VK',
    'SKYPE',
    'VIBER',
    'BITRIX24',
    'OPENLINE',
    'IMOL',
    'ICQ',
    'MSN',
    'JABBER',
    'FACEBOOK',
    'OTHER',
  ],
  LINK: ['USER'],
};
export const MULTIFIELD_DEFAULT_TYPE: Readonly<Record<string, string>> = {
  PHONE: 'WORK',
  EMAIL: 'WORK',
  WEB: 'WORK',
  IM: 'OTHER',
  LINK: 'USER',
};
