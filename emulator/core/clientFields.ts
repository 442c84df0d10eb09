/**
 * The standard contact and company fields of `crm.contact.fields` / `crm.company.fields`, flags,
 * types and English titles as docs `crm-contact-fields.md` and `crm-company-fields.md` print them.
 * Both carry the multifields PHONE, EMAIL, WEB, IM, LINK.
 */
import { f, RO, type SystemFieldDef } from './fieldDef';
import * as shared from './sharedFields';

/** Contacts and companies have no stages: nobody moves them. */
const UNMOVED = { moved: false } as const;

export const SYSTEM_CONTACT_FIELDS: readonly SystemFieldDef[] = [
  shared.ID,
  ...shared.PERSON_NAME,
  f('PHOTO', 'file', 'Photo'),
  f('BIRTHDATE', 'date', 'Birthdate'),
  f('TYPE_ID', 'crm_status', 'Contact Type', { statusType: 'CONTACT_TYPE' }),
  shared.SOURCE,
  f('SOURCE_DESCRIPTION', 'string', 'Additional Source Info'),
  f('POST', 'string', 'Position'),
  f('ADDRESS', 'string', 'Address'),
  ...shared.address('ADDRESS', (t) => (t === 'Province' ? 'State' : t)),
  f('COMMENTS', 'string', 'Comment'),
  f('OPENED', 'char', 'Available to all'),
  f('EXPORT', 'char', 'Participates in contact export'),
  ...shared.has('Phone set', 'E-mail set', 'Open channel set'),
  ...shared.people('Responsible', { createdBy: 'Created by', modifiedBy: 'Modified by', ...UNMOVED }),
  f('COMPANY_ID', 'crm_company', 'Company', { isDeprecated: true }),
  f('COMPANY_IDS', 'crm_company', 'COMPANY_IDS', { isMultiple: true }),
  shared.FROM_LEAD,
  ...shared.origin('Campaign Search Condition', true),
  ...shared.lastActivity('Last Activity', 'Last Activity Author'),
  ...shared.MULTIFIELDS,
];

export const SYSTEM_COMPANY_FIELDS: readonly SystemFieldDef[] = [
  shared.ID,
  f('TITLE', 'string', 'Company Name'),
  f('COMPANY_TYPE', 'crm_status', 'Company Type', { statusType: 'COMPANY_TYPE' }),
  f('LOGO', 'file', 'Logo'),
  f('ADDRESS', 'string', 'Physical Address'),
  ...shared.address('ADDRESS', (t) => t),
  f('ADDRESS_LEGAL', 'string', 'Legal Address'),
  f('REG_ADDRESS', 'string', 'Legal Address'),
  ...shared.address('REG_ADDRESS', (t) =>
    t === 'Address (line 2)' ? 'Legal Address (line 2)' : `Legal Address ${t}`,
  ),
  f('BANKING_DETAILS', 'string', 'Banking Details'),
  f('INDUSTRY', 'crm_status', 'Industry', { statusType: 'INDUSTRY' }),
  f('EMPLOYEES', 'crm_status', 'Number of Employees', { statusType: 'EMPLOYEES' }),
  shared.CURRENCY,
  f('REVENUE', 'double', 'Annual Revenue'),
  f('OPENED', 'char', 'Available to Everyone'),
  f('COMMENTS', 'string', 'Comment'),
  ...shared.has('Phone Set', 'E-mail Set', 'Open Line Set'),
  f('IS_MY_COMPANY', 'char', 'My Company'),
  ...shared.people('Responsible Person', UNMOVED),
  f('CONTACT_ID', 'crm_contact', 'Contact', { isMultiple: true }),
  shared.FROM_LEAD,
  ...shared.origin('Campaign Search Term', true),
  ...shared.lastActivity('Last Activity Time', 'Last Activity Author', {}),
  f('LAST_COMMUNICATION_TIME', 'string', 'Last Communication Date', RO),
  ...shared.MULTIFIELDS,
];
