/**
 * The standard lead fields of `crm.lead.fields`, flags and English titles exactly as
 * BITRIX24-API.md 2.3 lists them, in the portal's order. These are portal constants, not seed
 * data: REST cannot change them.
 */
import { f, RO, type SystemFieldDef } from './fieldDef';
import * as shared from './sharedFields';

/** The street line and the parts of a lead's address, in field order and in `get`'s order alike. */
const LEAD_ADDRESS: readonly SystemFieldDef[] = [
  f('ADDRESS', 'string', 'Address'),
  ...shared.address('ADDRESS', (part) => (part === 'Address (line 2)' ? 'Address (Line 2)' : part)),
];

export const SYSTEM_LEAD_FIELDS: readonly SystemFieldDef[] = [
  shared.ID,
  f('TITLE', 'string', 'Lead Title'),
  ...shared.PERSON_NAME,
  f('BIRTHDATE', 'date', 'Birthdate'),
  f('COMPANY_TITLE', 'string', 'Company Name'),
  shared.SOURCE,
  f('SOURCE_DESCRIPTION', 'string', 'Source Description'),
  f('STATUS_ID', 'crm_status', 'Stage', { statusType: 'STATUS' }),
  f('STATUS_DESCRIPTION', 'string', 'Stage Description'),
  f('STATUS_SEMANTIC_ID', 'string', 'Status Semantic', RO),
  f('POST', 'string', 'Position'),
  ...LEAD_ADDRESS,
  shared.CURRENCY,
  shared.AMOUNT,
  f('IS_MANUAL_OPPORTUNITY', 'char', 'IS_MANUAL_OPPORTUNITY'),
  f('OPENED', 'char', 'Available to All'),
  f('COMMENTS', 'string', 'Comments'),
  ...shared.has('Phone Provided', 'Email Provided', 'Open Line Assigned'),
  ...shared.people('Responsible User'),
  ...shared.bindings('CONTACT_IDS'),
  f('IS_RETURN_CUSTOMER', 'char', 'Returning Lead', RO),
  f('DATE_CLOSED', 'datetime', 'Closing Date', RO),
  ...shared.origin(),
  ...shared.lastActivity(),
  ...shared.MULTIFIELDS,
];

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
  ...LEAD_ADDRESS.map((d) => d.code),
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
