/**
 * What the entities' field tables share, imported as `shared`: the fields several entities print
 * alike (same code, type, title and flags), and the groups whose codes are the portal's own while
 * each entity titles them in its own words.
 */
import { f, RO, type SystemFieldDef } from './fieldDef';

const MULTI = { isMultiple: true } as const;

// ---------------------------------------------------------------------------------------------
// Fields several entities print alike

export const ID = f('ID', 'integer', 'ID', RO);
export const CURRENCY = f('CURRENCY_ID', 'crm_currency', 'Currency');
export const AMOUNT = f('OPPORTUNITY', 'double', 'Amount');
export const SOURCE = f('SOURCE_ID', 'crm_status', 'Source', { statusType: 'SOURCE' });
/** The lead a contact, company or deal was converted from. */
export const FROM_LEAD = f('LEAD_ID', 'crm_lead', 'Lead', {
  isReadOnly: true,
  settings: { parentEntityTypeId: 1 },
});

/** A person's name, as leads and contacts carry it. */
export const PERSON_NAME: readonly SystemFieldDef[] = [
  f('HONORIFIC', 'crm_status', 'Salutation', { statusType: 'HONORIFIC' }),
  f('NAME', 'string', 'First Name'),
  f('SECOND_NAME', 'string', 'Middle Name'),
  f('LAST_NAME', 'string', 'Last Name'),
];

/** The company and contacts of a lead, deal, estimate or item (`CONTACT_ID`: the old single contact). */
export const bindings = (contacts: string): SystemFieldDef[] => [
  f('COMPANY_ID', 'crm_company', 'Company', { settings: { parentEntityTypeId: 4 } }),
  f('CONTACT_ID', 'crm_contact', 'Contact', { isDeprecated: true }),
  f('CONTACT_IDS', 'crm_contact', contacts, MULTI),
];

// ---------------------------------------------------------------------------------------------
// Groups each entity titles in its own words

/** The parts of an address after its street line (`EntityAddress`), each titled by `title(part)`. */
export const address = (prefix: string, title: (part: string) => string): SystemFieldDef[] => [
  f(`${prefix}_2`, 'string', title('Address (line 2)')),
  f(`${prefix}_CITY`, 'string', title('City')),
  f(`${prefix}_POSTAL_CODE`, 'string', title('Postal Code')),
  f(`${prefix}_REGION`, 'string', title('Region')),
  f(`${prefix}_PROVINCE`, 'string', title('Province')),
  f(`${prefix}_COUNTRY`, 'string', title('Country')),
  f(`${prefix}_COUNTRY_CODE`, 'string', title('Country Code')),
  f(`${prefix}_LOC_ADDR_ID`, 'integer', title('Location Address ID')),
];

/** Whether a record has a phone, an e-mail, an open line (computed, read-only). */
export const has = (phone: string, email: string, imol: string): SystemFieldDef[] => [
  f('HAS_PHONE', 'char', phone, RO),
  f('HAS_EMAIL', 'char', email, RO),
  f('HAS_IMOL', 'char', imol, RO),
];

interface AuditTitles {
  readonly createdBy: string;
  readonly modifiedBy: string;
  readonly created: string;
  readonly modified: string;
  /** Who moved the record between stages and when; `false` where the entity has no stages to move. */
  readonly moved: false | { readonly by: string; readonly time: string };
}

const AUDIT_TITLES: AuditTitles = {
  createdBy: 'Created By',
  modifiedBy: 'Modified By',
  created: 'Creation Date',
  modified: 'Modification Date',
  moved: { by: 'MOVED_BY_ID', time: 'MOVED_TIME' },
};

/** Who created, changed and moved a record, and when (all read-only). */
export const audit = (t: AuditTitles): SystemFieldDef[] => [
  f('CREATED_BY_ID', 'user', t.createdBy, RO),
  f('MODIFY_BY_ID', 'user', t.modifiedBy, RO),
  ...(t.moved ? [f('MOVED_BY_ID', 'user', t.moved.by, RO)] : []),
  f('DATE_CREATE', 'datetime', t.created, RO),
  f('DATE_MODIFY', 'datetime', t.modified, RO),
  ...(t.moved ? [f('MOVED_TIME', 'datetime', t.moved.time, RO)] : []),
];

/** Who is responsible for a record, then its audit fields (titles of leads and deals unless given). */
export const people = (responsible: string, titles: Partial<AuditTitles> = {}): SystemFieldDef[] => [
  f('ASSIGNED_BY_ID', 'user', responsible),
  ...audit({ ...AUDIT_TITLES, ...titles }),
];

interface UtmTitles {
  readonly source: string;
  readonly medium: string;
  readonly campaign: string;
  readonly content: string;
  readonly term: string;
}

/** The advertising marks of a record. */
export const utm = (t: UtmTitles): SystemFieldDef[] => [
  f('UTM_SOURCE', 'string', t.source),
  f('UTM_MEDIUM', 'string', t.medium),
  f('UTM_CAMPAIGN', 'string', t.campaign),
  f('UTM_CONTENT', 'string', t.content),
  f('UTM_TERM', 'string', t.term),
];

/** Where a record came from: the external source and the advertising marks. */
export const origin = (term = 'Campaign Search Term', version = false): SystemFieldDef[] => [
  f('ORIGINATOR_ID', 'string', 'External Source'),
  f('ORIGIN_ID', 'string', 'Identifier in External Source'),
  ...(version ? [f('ORIGIN_VERSION', 'string', 'Original Version')] : []),
  ...utm({
    source: 'Advertising System',
    medium: 'Traffic Type',
    campaign: 'Campaign Identifier',
    content: 'Campaign Content',
    term,
  }),
];

/** When and by whom a record was last touched in the timeline. */
export const lastActivity = (
  time = 'LAST_ACTIVITY_TIME',
  by = 'LAST_ACTIVITY_BY',
  flags: Partial<SystemFieldDef> = RO,
): SystemFieldDef[] => [
  f('LAST_ACTIVITY_TIME', 'datetime', time, flags),
  f('LAST_ACTIVITY_BY', 'user', by, flags),
];

export const MULTIFIELDS: readonly SystemFieldDef[] = [
  f('PHONE', 'crm_multifield', 'Phone', MULTI),
  f('EMAIL', 'crm_multifield', 'E-mail', MULTI),
  f('WEB', 'crm_multifield', 'Website', MULTI),
  f('IM', 'crm_multifield', 'Messenger', MULTI),
  f('LINK', 'crm_multifield', 'LINK', MULTI),
];
