/**
 * The standard deal fields of `crm.deal.fields`, flags, types and English titles as docs
 * `api-reference/crm/deals/crm-deal-fields.md` prints them, in the portal's order.
 */
import { f, RO, type SystemFieldDef } from './fieldDef';
import * as shared from './sharedFields';

export const SYSTEM_DEAL_FIELDS: readonly SystemFieldDef[] = [
  shared.ID,
  f('TITLE', 'string', 'Title'),
  f('TYPE_ID', 'crm_status', 'Type', { statusType: 'DEAL_TYPE' }),
  f('CATEGORY_ID', 'crm_category', 'Sales Funnel', { isImmutable: true }),
  f('STAGE_ID', 'crm_status', 'Deal Stage', { statusType: 'DEAL_STAGE' }),
  f('STAGE_SEMANTIC_ID', 'string', 'Stage Group', RO),
  f('IS_NEW', 'char', 'New Deal', RO),
  f('IS_RECURRING', 'char', 'Recurring Deal'),
  f('IS_RETURN_CUSTOMER', 'char', 'Repeat Deal'),
  f('IS_REPEATED_APPROACH', 'char', 'Repeated Approach'),
  f('PROBABILITY', 'integer', 'Probability'),
  shared.CURRENCY,
  shared.AMOUNT,
  f('IS_MANUAL_OPPORTUNITY', 'char', 'IS_MANUAL_OPPORTUNITY'),
  f('TAX_VALUE', 'double', 'Tax Rate'),
  ...shared.bindings('Contacts'),
  f('QUOTE_ID', 'crm_quote', 'Estimate', { isReadOnly: true, settings: { parentEntityTypeId: 7 } }),
  f('BEGINDATE', 'date', 'Start Date'),
  f('CLOSEDATE', 'date', 'Close Date'),
  f('OPENED', 'char', 'Available to All'),
  f('CLOSED', 'char', 'Closed'),
  f('COMMENTS', 'string', 'Comment'),
  ...shared.people('Responsible'),
  shared.SOURCE,
  f('SOURCE_DESCRIPTION', 'string', 'Additional Info about Source'),
  shared.FROM_LEAD,
  f('ADDITIONAL_INFO', 'string', 'Additional Information'),
  f('LOCATION_ID', 'location', 'Location'),
  ...shared.origin('Campaign Search Condition'),
  ...shared.lastActivity(),
];

/**
 * The estimate fields of `crm.quote.fields` (docs `crm-quote-fields.md`; `BEGINDATE`/`CLOSEDATE`
 * as the portal spells them, the page's `BEGINDATA` is a typo). Titles are the page's descriptions.
 */
export const SYSTEM_QUOTE_FIELDS: readonly SystemFieldDef[] = [
  shared.ID,
  f('TITLE', 'string', 'Title'),
  f('STATUS_ID', 'crm_status', 'Status', { statusType: 'QUOTE_STATUS' }),
  f('QUOTE_NUMBER', 'string', 'Estimate number', RO),
  shared.CURRENCY,
  shared.AMOUNT,
  f('TAX_VALUE', 'double', 'Tax amount'),
  ...shared.bindings('Contacts'),
  f('MYCOMPANY_ID', 'crm_company', 'Your company details'),
  f('DEAL_ID', 'crm_deal', 'Deal', { settings: { parentEntityTypeId: 2 } }),
  f('LEAD_ID', 'crm_lead', 'Lead', { settings: { parentEntityTypeId: 1 } }),
  f('PERSON_TYPE_ID', 'integer', 'Payer type'),
  f('LOCATION_ID', 'location', 'Location'),
  f('BEGINDATE', 'date', 'Date of issue'),
  f('CLOSEDATE', 'date', 'Date of completion'),
  f('CLOSED', 'char', 'Completed'),
  f('OPENED', 'char', 'Available to everyone'),
  f('CONTENT', 'string', 'Content'),
  f('TERMS', 'string', 'Terms'),
  f('COMMENTS', 'string', 'Comment'),
  f('CLIENT_TITLE', 'string', 'Client name', { isDeprecated: true }),
  f('CLIENT_ADDR', 'string', 'Contact address'),
  f('CLIENT_CONTACT', 'string', 'Contact person', { isDeprecated: true }),
  f('CLIENT_EMAIL', 'string', 'Contact e-mail', { isDeprecated: true }),
  f('CLIENT_PHONE', 'string', 'Contact phone', { isDeprecated: true }),
  ...shared.people('Responsible', {
    createdBy: 'Created by',
    modifiedBy: 'Modified by',
    created: 'Created',
    modified: 'Modified',
    moved: false,
  }),
  ...shared.utm({
    source: 'Advertising system',
    medium: 'Type of traffic',
    campaign: 'Advertising campaign designation',
    content: 'Content of the campaign',
    term: 'Search term of the campaign',
  }),
];
