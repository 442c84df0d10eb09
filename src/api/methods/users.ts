import { queryOptions } from '@tanstack/react-query';
import { ProfileSchema, UserListSchema } from '../schemas/user';
import { callListCommand, type PortalClient } from '../transport';
import { PORTAL_QUERY_DEFAULTS, portalKey } from './keys';

export interface UserSearch {
  /** Matched by the portal against name, last name, e-mail…; blank lists everybody. */
  readonly search?: string;
  /** Offset of the page (0, 50, 100, …: the `next` of the previous page). */
  readonly start?: number;
}

/**
 * `user.get`: active users sorted by last name, 50 per page. `ACTIVE` is sent as `'Y'`, which the
 * portal reads as "active" whether it compares with `'Y'` or casts to bool.
 */
export const searchUsersCommand = (q: UserSearch = {}) => {
  const search = q.search?.trim() ?? '';
  return {
    method: 'user.get',
    params: {
      sort: 'LAST_NAME',
      order: 'ASC',
      FILTER: { ACTIVE: 'Y', ...(search !== '' ? { NAME_SEARCH: search } : {}) },
      ...(q.start !== undefined && q.start > 0 ? { start: q.start } : {}),
    },
    schema: UserListSchema,
  };
};

/** `profile`: needs no scope, so it works with a crm-only webhook. `ADMIN` is the portal admin. */
export const profileCommand = () => ({ method: 'profile', params: {}, schema: ProfileSchema });

export const userKeys = {
  all: (client: PortalClient) => [...portalKey(client), 'users'] as const,
  search: (client: PortalClient, q: UserSearch = {}) =>
    [...userKeys.all(client), 'search', q.search?.trim() ?? '', q.start ?? 0] as const,
};

export const userSearchQuery = (client: PortalClient, q: UserSearch = {}) =>
  queryOptions({
    ...PORTAL_QUERY_DEFAULTS,
    queryKey: userKeys.search(client, q),
    queryFn: ({ signal }) => callListCommand(client, searchUsersCommand(q), { signal }),
    staleTime: 60_000,
  });
