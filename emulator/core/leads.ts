/**
 * Leads in the record engine (BITRIX24-API.md 3): the lead's fields, its stage `STATUS_ID`, and
 * its own rules on save: a title and stage by default, the semantic and closing date of the
 * stage, and `IS_RETURN_CUSTOMER` recomputed (3.4).
 */
import { sortedUserFields } from './fields';
import { LEAD_OUTPUT_ORDER, SYSTEM_FIELD_BY_CODE } from './leadFields';
import { recordMethods } from './recordMethods';
import { defaultTitle, moneyDefaults, writeFields, type Derive, type RecordDef } from './records';
import { BASE_CURRENCY } from './recordValues';
import { intval, isset } from './php';
import type { MethodSpec } from './context';
import type { LeadRecord, PortalState } from './types';

export { BASE_CURRENCY };

function statusSemantic(state: PortalState, statusId: unknown): 'P' | 'S' | 'F' {
  const status = state.statuses.find((s) => s.ENTITY_ID === 'STATUS' && s.STATUS_ID === statusId);
  return status?.SEMANTICS ?? 'P';
}

const deriveLead: Derive = (env, lead, before, isAdd) => {
  const v = lead.values;
  if (isAdd) {
    defaultTitle(lead, 'Lead');
    if (!isset(v['STATUS_ID']) || v['STATUS_ID'] === '') v['STATUS_ID'] = 'NEW';
    moneyDefaults(v);
    v['IS_MANUAL_OPPORTUNITY'] ??= 'N';
  }
  const semantic = statusSemantic(env.state, v['STATUS_ID']);
  v['STATUS_SEMANTIC_ID'] = semantic;
  if (semantic === 'P') v['DATE_CLOSED'] = null;
  else if (v['STATUS_ID'] !== before['STATUS_ID'] || !isset(v['DATE_CLOSED'])) v['DATE_CLOSED'] = env.now;
  // 3.4: a lead with a company or a contact is a repeat lead; recomputed on every save.
  const contacts = v['CONTACT_IDS'];
  const hasContact = Array.isArray(contacts) && contacts.length > 0;
  v['IS_RETURN_CUSTOMER'] = intval(v['COMPANY_ID']) > 0 || hasContact ? 'Y' : 'N';
};

export const LEAD_DEF: RecordDef = {
  noun: 'Lead',
  fields: SYSTEM_FIELD_BY_CODE,
  outputOrder: LEAD_OUTPUT_ORDER,
  bindings: { CONTACT_ID: 'CONTACT_IDS' },
  stageField: 'STATUS_ID',
  stageSort: (state, lead) =>
    state.statuses.find((s) => s.ENTITY_ID === 'STATUS' && s.STATUS_ID === lead.values['STATUS_ID'])?.SORT ??
    null,
  userFields: sortedUserFields,
  rows: (state) => state.leads,
  setRows: (state, rows) => {
    state.leads = rows;
  },
  nextId: (state) => (state.counters.lead += 1),
  derive: deriveLead,
};

export const leadMethods: Readonly<Record<string, MethodSpec>> = recordMethods('crm.lead', LEAD_DEF);

/** Builds a lead record from seed values with the same computed fields a REST add produces. */
export function seedLead(
  state: PortalState,
  id: number,
  fields: Record<string, unknown>,
  createdBy: number,
  createdAt: number,
): LeadRecord {
  const lead: LeadRecord = { ID: id, values: {}, fm: {} };
  const user = state.users.find((u) => u.ID === createdBy);
  if (!user) throw new Error(`seed: no user ${createdBy}`);
  writeFields(LEAD_DEF, { state, user, now: createdAt }, lead, fields, true);
  return lead;
}
