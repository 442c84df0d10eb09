import type { Params } from '../encode';
import type { PortalClient } from '../transport';
import { addRecordOnce, newRecordOrigin, RECORD_ORIGINATOR } from './addRecordOnce';
import { leadCommands, type LeadFieldsInput } from './leads';

/**
 * The portal's external-source pair marks a lead this app adds, so the add can be found again:
 * `crm.lead.add` is not idempotent, and a connection lost after the portal created the lead (or
 * a browser that resends the POST on a reset keep-alive socket) must not leave two leads.
 */
export const LEAD_ORIGINATOR = RECORD_ORIGINATOR;

/** A fresh marker for one "create" (kept across the user's own retries of that create). */
export const newLeadOrigin = newRecordOrigin;

/**
 * `crm.lead.add` at most once per `origin` ({@link addRecordOnce} for leads). Resolves with the
 * lead's id.
 */
export function addLeadOnce(
  client: PortalClient,
  fields: LeadFieldsInput,
  params: Params,
  origin: string,
  { retried }: { readonly retried: boolean },
): Promise<number> {
  return addRecordOnce({
    client,
    card: { entity: 'lead', leadType: 'simple' },
    commands: leadCommands,
    fields,
    params,
    origin,
    retried,
  });
}
