/** Shared data for the preview's unit tests: a portal with one user field of every type. */
import type { LeadFields } from '../../api/schemas/fields';
import type { Status } from '../../api/schemas/status';
import type { User } from '../../api/schemas/user';
import { cardFieldsOf } from '../../domain/cards';
import type { LeadType } from '../../domain/types';
import { aField, aPortalFields } from '../../testing/builders';
import { createCatalog, type PreviewCatalog } from './catalog';
import { EMPTY_FORM, type LeadForm } from './leadForm';
import { buildReferences, type References } from './references';

export const PORTAL_FIELDS: LeadFields = aPortalFields({
  UF_CRM_BUDGET: aField('UF_CRM_BUDGET')
    .withItems({ ID: '79', VALUE: 'Under $1,000' }, { ID: '80', VALUE: 'Over $50,000' })
    .labelled('Budget band'),
  UF_CRM_INTERESTS: aField('UF_CRM_INTERESTS')
    .withItems('CRM', 'Telephony', 'Training')
    .multiple()
    .labelled('Interests'),
  UF_CRM_SIZE: aField('UF_CRM_SIZE').ofType('integer').labelled('Company size'),
  UF_CRM_RATE: aField('UF_CRM_RATE')
    .ofType('double')
    .withSettings({ PRECISION: 1 })
    .labelled('Discount rate'),
  UF_CRM_NEWS: aField('UF_CRM_NEWS').ofType('boolean').labelled('Newsletter'),
  UF_CRM_DEMO: aField('UF_CRM_DEMO').ofType('date').labelled('Demo date'),
  UF_CRM_CALL: aField('UF_CRM_CALL').ofType('datetime').labelled('Next call'),
  UF_CRM_LINK: aField('UF_CRM_LINK').ofType('url').labelled('LinkedIn'),
  UF_CRM_MANAGER: aField('UF_CRM_MANAGER').ofType('employee').labelled('Account manager'),
  UF_CRM_REV: aField('UF_CRM_REV').ofType('money').labelled('Expected revenue'),
  UF_CRM_OFFICE: aField('UF_CRM_OFFICE').ofType('address').labelled('Office address'),
  UF_CRM_DOC: aField('UF_CRM_DOC').ofType('file').labelled('Signed NDA'),
  UF_CRM_DEAL: aField('UF_CRM_DEAL').ofType('crm').labelled('Related deal'),
  UF_CRM_SRC: aField('UF_CRM_SRC').withStatusType('SOURCE').labelled('Secondary source'),
  UF_CRM_TAGS: aField('UF_CRM_TAGS').multiple().labelled('Tags'),
  UF_CRM_VAT: aField('UF_CRM_VAT').required().labelled('VAT ID'),
}) as LeadFields;

export const catalogFor = (leadType: LeadType = 'simple'): PreviewCatalog =>
  createCatalog(cardFieldsOf({ entity: 'lead', leadType }, PORTAL_FIELDS), PORTAL_FIELDS);

/** A `crm.status.list` row of the portal's shape. */
export const aStatus = (
  ENTITY_ID: string,
  STATUS_ID: string,
  NAME: string,
  SORT: number,
  COLOR?: string,
): Status => ({
  ID: `${ENTITY_ID}${STATUS_ID}`,
  ENTITY_ID,
  STATUS_ID,
  NAME,
  SORT: String(SORT),
  SYSTEM: 'Y',
  ...(COLOR ? { COLOR } : {}),
});

export const STATUSES: readonly Status[] = [
  aStatus('STATUS', 'IN_PROCESS', 'In progress', 20, '#55D0E0'),
  aStatus('STATUS', 'NEW', 'Unprocessed', 10, '#2FC6F6'),
  aStatus('STATUS', 'JUNK', 'Junk lead', 50, '#FF5752'),
  aStatus('SOURCE', 'WEB', 'Website', 30),
  aStatus('SOURCE', 'CALL', 'Call', 10),
  aStatus('HONORIFIC', 'HNR_EN_3', 'Ms.', 300),
];

const user = (ID: string, NAME: string, LAST_NAME: string): User => ({ ID, ACTIVE: true, NAME, LAST_NAME });
export const USERS: readonly User[] = [user('1', 'Demo', 'Admin'), user('4', 'Anna', 'Schmidt')];

export const REFS: References = buildReferences(STATUSES, USERS);

/** A form with only the given values (lists and rows empty unless given). */
export const aForm = (values: Record<string, string>, extra: Partial<LeadForm> = {}): LeadForm => ({
  ...EMPTY_FORM,
  values,
  ...extra,
});
