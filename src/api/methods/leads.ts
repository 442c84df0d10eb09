import { queryOptions } from '@tanstack/react-query';
import { LeadIdSchema, LeadListSchema, LeadSchema, TrueResultSchema, type Lead } from '../schemas/lead';
import type { Params } from '../encode';
import {
  callCommand,
  callListCommand,
  type CallOptions,
  type ListPage,
  type PortalClient,
} from '../transport';
import { PORTAL_QUERY_DEFAULTS, portalKey } from './keys';

/**
 * `crm.lead.*` (BITRIX24-API.md 3.1-3.3). Values go form-encoded: numbers and booleans arrive as
 * strings (`true` as `"1"`), so pass the portal's own values (`'Y'`/`'N'` for `char` fields).
 * Multifields are written as `[{VALUE, VALUE_TYPE}]`.
 */
export type LeadFieldsInput = Readonly<Record<string, unknown>>;

export interface LeadListQuery {
  /** With the portal's prefixes: `{ '>ID': 10, '%TITLE': 'acme', IS_RETURN_CUSTOMER: 'N' }`. */
  readonly filter?: Readonly<Record<string, unknown>>;
  readonly order?: Readonly<Record<string, 'ASC' | 'DESC'>>;
  /** `['*', 'UF_*', 'PHONE', 'EMAIL']`; multifields must be named. */
  readonly select?: readonly string[];
  /** Offset (0, 50, …): the `next` of the previous page. Pages are 50 rows. */
  readonly start?: number;
}

export const leadCommands = {
  get: (id: number) => ({ method: 'crm.lead.get', params: { id }, schema: LeadSchema }),
  list: (q: LeadListQuery = {}) => ({
    method: 'crm.lead.list',
    params: {
      ...(q.filter ? { filter: q.filter } : {}),
      ...(q.order ? { order: q.order } : {}),
      ...(q.select ? { select: q.select } : {}),
      ...(q.start !== undefined ? { start: q.start } : {}),
    },
    schema: LeadListSchema,
  }),
  add: (fields: LeadFieldsInput, params?: Params) => ({
    method: 'crm.lead.add',
    params: { fields, ...(params ? { params } : {}) },
    schema: LeadIdSchema,
  }),
  update: (id: number, fields: LeadFieldsInput, params?: Params) => ({
    method: 'crm.lead.update',
    params: { id, fields, ...(params ? { params } : {}) },
    schema: TrueResultSchema,
  }),
  delete: (id: number) => ({ method: 'crm.lead.delete', params: { id }, schema: TrueResultSchema }),
};

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

export const leadQuery = (client: PortalClient, id: number) =>
  queryOptions({
    ...PORTAL_QUERY_DEFAULTS,
    queryKey: leadKeys.detail(client, id),
    queryFn: ({ signal }) => getLead(client, id, { signal }),
  });

export const leadListQuery = (client: PortalClient, q: LeadListQuery = {}) =>
  queryOptions({
    ...PORTAL_QUERY_DEFAULTS,
    queryKey: leadKeys.list(client, q),
    queryFn: ({ signal }) => listLeads(client, q, { signal }),
  });
