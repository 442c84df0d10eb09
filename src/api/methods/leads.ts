import { LeadIdSchema, LeadListSchema, LeadSchema, type Lead } from '../schemas/lead';
import type { Params } from '../encode';
import { callCommand, callListCommand } from '../transport';
import type { CallOptions, ListPage, PortalClient } from '../transport';
import { entityCommands, type RecordFieldsInput, type RecordListQuery } from './entityCommands';
import { portalKey } from './keys';

/**
 * `crm.lead.*` (BITRIX24-API.md 3.1-3.3). Values go form-encoded: numbers and booleans arrive as
 * strings (`true` as `"1"`), so pass the portal's own values (`'Y'`/`'N'` for `char` fields).
 * Multifields are written as `[{VALUE, VALUE_TYPE}]`.
 */
export type LeadFieldsInput = RecordFieldsInput;

/** Filter keys with the portal's prefixes: `{ '>ID': 10, '%TITLE': 'acme', IS_RETURN_CUSTOMER: 'N' }`. */
export type LeadListQuery = RecordListQuery;

export const leadCommands = entityCommands('crm.lead', {
  one: LeadSchema,
  many: LeadListSchema,
  id: LeadIdSchema,
});

export function getLead(client: PortalClient, id: number, opts?: CallOptions): Promise<Lead> {
  return callCommand(client, leadCommands.get(id), opts);
}

export function listLeads(
  client: PortalClient,
  q: LeadListQuery = {},
  opts?: CallOptions,
): Promise<ListPage<Lead[]>> {
  return callListCommand(client, leadCommands.list(q), opts);
}

/** Resolves with the new lead's id. */
export function addLead(
  client: PortalClient,
  fields: LeadFieldsInput,
  params?: Params,
  opts?: CallOptions,
): Promise<number> {
  return callCommand(client, leadCommands.add(fields, params), opts);
}

export function updateLead(
  client: PortalClient,
  id: number,
  fields: LeadFieldsInput,
  params?: Params,
  opts?: CallOptions,
): Promise<boolean> {
  return callCommand(client, leadCommands.update(id, fields, params), opts);
}

export function deleteLead(client: PortalClient, id: number, opts?: CallOptions): Promise<boolean> {
  return callCommand(client, leadCommands.delete(id), opts);
}

export const leadKeys = {
  all: (client: PortalClient) => [...portalKey(client), 'leads'] as const,
  detail: (client: PortalClient, id: number) => [...leadKeys.all(client), 'detail', id] as const,
  list: (client: PortalClient, q: LeadListQuery = {}) =>
    [
      ...leadKeys.all(client),
      'list',
      q.filter ?? null,
      q.order ?? null,
      q.select ?? null,
      q.start ?? 0,
    ] as const,
};
