import { queryOptions } from '@tanstack/react-query';
import { ProfileSchema, UserListSchema, UserSchema, type Profile, type User } from '../schemas/user';
import { callCommand, callListCommand } from '../transport';
import type { CallOptions, ListPage, PortalClient } from '../transport';
import { PORTAL_QUERY_DEFAULTS, portalKey } from './keys';

export interface UserSearch {
  /** Matched by the portal against name, last name, e-mail…; blank lists everybody. */
  readonly search?: string;
  /** Offset of the page (0, 50, 100, …: the `next` of the previous page). */
  readonly start?: number;
}

/** `user.current` (BITRIX24-API.md 3.6): the user behind the webhook or token. */
export const currentUserCommand = () => ({ method: 'user.current', params: {}, schema: UserSchema });

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

export function getCurrentUser(client: PortalClient, opts?: CallOptions): Promise<User> {
  return callCommand(client, currentUserCommand(), opts);
}

export function searchUsers(
  client: PortalClient,
  q: UserSearch = {},
  opts?: CallOptions,
): Promise<ListPage<User[]>> {
  return callListCommand(client, searchUsersCommand(q), opts);
}

export function getProfile(client: PortalClient, opts?: CallOptions): Promise<Profile> {
  return callCommand(client, profileCommand(), opts);
}

export const userKeys = {
  all: (client: PortalClient) => [...portalKey(client), 'users'] as const,
  search: (client: PortalClient, q: UserSearch = {}) =>
    [...userKeys.all(client), 'search', q.search?.trim() ?? '', q.start ?? 0] as const,
};

export const userSearchQuery = (client: PortalClient, q: UserSearch = {}) =>
  queryOptions({
    ...PORTAL_QUERY_DEFAULTS,
    queryKey: userKeys.search(client, q),
    queryFn: ({ signal }) => searchUsers(client, q, { signal }),
    staleTime: 60_000,
  });
