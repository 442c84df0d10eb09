import { PortalError } from '../errors';
import type { Params } from '../encode';
import type { PortalClient } from '../transport';
import { addLead, deleteLead, listLeads, type LeadFieldsInput } from './leads';

/**
 * The portal's external-source pair marks a lead this app adds, so the add can be found again:
 * `crm.lead.add` is not idempotent, and a connection lost after the portal created the lead (or
 * a browser that resends the POST on a reset keep-alive socket) must not leave two leads.
 */
export const LEAD_ORIGINATOR = 'lead-card-studio';

/** A fresh marker for one "create" (kept across the user's own retries of that create). */
export function newLeadOrigin(): string {
  return crypto.randomUUID();
}

/** The ids of the leads this app added under `origin`, oldest first. */
async function leadsOf(client: PortalClient, origin: string): Promise<number[]> {
  const page = await listLeads(
    client,
    {
      filter: { ORIGINATOR_ID: LEAD_ORIGINATOR, ORIGIN_ID: origin },
      order: { ID: 'ASC' },
      select: ['ID'],
    },
    { idempotent: true },
  );
  return page.items.map((lead) => Number(lead.ID)).filter((id) => id > 0);
}

/** The first of `ids` is the lead; any later one is the same add made again, and goes. */
async function keepFirst(client: PortalClient, ids: readonly number[]): Promise<number> {
  const [first, ...again] = ids;
  for (const id of again) await deleteLead(client, id).catch(() => undefined);
  return first as number;
}

/** Failures after which the portal may have created the lead: no answer, or a broken one. */
const mayHaveAdded = (e: unknown): boolean =>
  e instanceof PortalError && (e.kind === 'network' || e.kind === 'timeout' || e.kind === 'decode');

/**
 * `crm.lead.add` at most once per `origin`: a lead already added under it is reused (the user
 * tried again after a lost answer); after an ambiguous failure the portal is asked before the
 * error is reported; a duplicate made by a resent request is removed. Resolves with the lead's id.
 */
export async function addLeadOnce(
  client: PortalClient,
  fields: LeadFieldsInput,
  params: Params,
  origin: string,
  { retried }: { readonly retried: boolean },
): Promise<number> {
  if (retried) {
    const earlier = await leadsOf(client, origin);
    if (earlier.length > 0) return keepFirst(client, earlier);
  }
  const marked = { ...fields, ORIGINATOR_ID: LEAD_ORIGINATOR, ORIGIN_ID: origin };
  let added: number;
  try {
    added = await addLead(client, marked, params);
  } catch (e) {
    if (!mayHaveAdded(e)) throw e;
    const found = await leadsOf(client, origin).catch(() => []);
    if (found.length === 0) throw e;
    return keepFirst(client, found);
  }
  const all = await leadsOf(client, origin).catch(() => []);
  return keepFirst(client, all.length > 0 ? all : [added]);
}
