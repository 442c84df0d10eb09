import { queryOptions } from '@tanstack/react-query';
import { StatusListSchema, type Status } from '../schemas/status';
import { callCommand, type CallOptions, type PortalClient } from '../transport';
import { PORTAL_QUERY_DEFAULTS, portalKey } from './keys';

/** `ENTITY_ID`s the lead card shows: stages, sources, salutations (BITRIX24-API.md 3.5). */
export type LeadStatusEntity = 'STATUS' | 'SOURCE' | 'HONORIFIC';

/**
 * `crm.status.list` ordered by `SORT`: one entity's items, or every reference list of the portal when
 * `entityId` is omitted (not paged: `total` only).
 */
export const statusesCommand = (entityId?: string) => ({
  method: 'crm.status.list',
  params: { order: { SORT: 'ASC' }, ...(entityId !== undefined ? { filter: { ENTITY_ID: entityId } } : {}) },
  schema: StatusListSchema,
});

export function listStatuses(client: PortalClient, entityId?: string, opts?: CallOptions): Promise<Status[]> {
  return callCommand(client, statusesCommand(entityId), opts);
}

export const statusKeys = {
  all: (client: PortalClient) => [...portalKey(client), 'statuses'] as const,
  list: (client: PortalClient, entityId?: string) => [...statusKeys.all(client), entityId ?? null] as const,
};

export const statusesQuery = (client: PortalClient, entityId?: string) =>
  queryOptions({
    ...PORTAL_QUERY_DEFAULTS,
    queryKey: statusKeys.list(client, entityId),
    queryFn: ({ signal }) => listStatuses(client, entityId, { signal }),
    staleTime: 5 * 60_000,
  });
