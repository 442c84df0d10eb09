import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { UserFieldSchema, type UserField } from '../schemas/fields';
import { callCommand, type CallOptions, type PortalClient } from '../transport';
import { PORTAL_QUERY_DEFAULTS, portalKey } from './keys';

export interface UserFieldQuery {
  /** e.g. `{ USER_TYPE_ID: 'enumeration' }`; the portal filters on the upper-case keys. */
  readonly filter?: Readonly<Record<string, unknown>>;
  readonly order?: Readonly<Record<string, 'ASC' | 'DESC'>>;
}

const UserFieldListSchema = z.array(UserFieldSchema);

/** `crm.lead.userfield.list`: the lead's user fields with settings and enumeration items. */
export const leadUserFieldsCommand = (q: UserFieldQuery = {}) => ({
  method: 'crm.lead.userfield.list',
  params: { order: q.order ?? { SORT: 'ASC' }, ...(q.filter ? { filter: q.filter } : {}) },
  schema: UserFieldListSchema,
});

export function listLeadUserFields(
  client: PortalClient,
  q: UserFieldQuery = {},
  opts?: CallOptions,
): Promise<UserField[]> {
  return callCommand(client, leadUserFieldsCommand(q), opts);
}

export const userFieldKeys = {
  all: (client: PortalClient) => [...portalKey(client), 'userfields', 'lead'] as const,
  list: (client: PortalClient, q: UserFieldQuery = {}) =>
    [...userFieldKeys.all(client), q.filter ?? null, q.order ?? null] as const,
};

export const leadUserFieldsQuery = (client: PortalClient, q: UserFieldQuery = {}) =>
  queryOptions({
    ...PORTAL_QUERY_DEFAULTS,
    queryKey: userFieldKeys.list(client, q),
    queryFn: ({ signal }) => listLeadUserFields(client, q, { signal }),
    staleTime: 5 * 60_000,
  });
