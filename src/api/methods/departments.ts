import { queryOptions } from '@tanstack/react-query';
import { DepartmentListSchema, type Department } from '../schemas/department';
import { UserListSchema, type User } from '../schemas/user';
import { callListCommand, type CallOptions, type ListPage, type PortalClient } from '../transport';
import { PORTAL_QUERY_DEFAULTS, portalKey } from './keys';

/** A list method can only page so far; beyond this many pages the answer is treated as broken. */
const MAX_PAGES = 200;

/**
 * `department.get` (scope `department`): one page of 50 in the structure's own order (parents
 * before their sub-departments), no filter.
 */
export const departmentPageCommand = (start = 0) => ({
  method: 'department.get',
  params: start > 0 ? { start } : {},
  schema: DepartmentListSchema,
});

/**
 * `user.get` of the users directly in `departmentIds` (`UF_DEPARTMENT` matches any of them, as the
 * portal's user filter does for a multiple field), active only, by id so pages do not shift.
 */
export const departmentUsersCommand = (departmentIds: readonly number[], start = 0) => ({
  method: 'user.get',
  params: {
    sort: 'ID',
    order: 'ASC',
    FILTER: { UF_DEPARTMENT: [...departmentIds], ACTIVE: 'Y' },
    ...(start > 0 ? { start } : {}),
  },
  schema: UserListSchema,
});

/** Follows `next` until the last page. */
async function allPages<T>(page: (start: number) => Promise<ListPage<T[]>>): Promise<T[]> {
  const out: T[] = [];
  let start = 0;
  for (let n = 0; n < MAX_PAGES; n++) {
    const { items, next } = await page(start);
    out.push(...items);
    if (next === undefined || next <= start) return out;
    start = next;
  }
  throw new Error(`More than ${MAX_PAGES} pages of ${out.length} rows; stopped reading.`);
}

/** Every department of the portal, all pages. */
function getDepartments(client: PortalClient, opts?: CallOptions): Promise<Department[]> {
  return allPages((start) => callListCommand(client, departmentPageCommand(start), opts));
}

/**
 * Every active user in `departmentIds`, all pages; a user in several of them comes once. The
 * portal is asked for active users only, and a dismissed user in its answer is dropped as well.
 */
async function getDepartmentUsers(
  client: PortalClient,
  departmentIds: readonly number[],
  opts?: CallOptions,
): Promise<User[]> {
  if (departmentIds.length === 0) return [];
  const users = await allPages((start) =>
    callListCommand(client, departmentUsersCommand(departmentIds, start), opts),
  );
  const byId = new Map<string, User>();
  for (const u of users) if (u.ACTIVE && !byId.has(u.ID)) byId.set(u.ID, u);
  return [...byId.values()];
}

export const departmentKeys = {
  all: (client: PortalClient) => [...portalKey(client), 'departments'] as const,
  users: (client: PortalClient, departmentIds: readonly number[]) =>
    [...departmentKeys.all(client), 'users', [...departmentIds].sort((a, b) => a - b)] as const,
};

export const departmentsQuery = (client: PortalClient) =>
  queryOptions({
    ...PORTAL_QUERY_DEFAULTS,
    queryKey: departmentKeys.all(client),
    queryFn: ({ signal }) => getDepartments(client, { signal }),
    staleTime: 5 * 60_000,
  });

export const departmentUsersQuery = (client: PortalClient, departmentIds: readonly number[]) =>
  queryOptions({
    ...PORTAL_QUERY_DEFAULTS,
    queryKey: departmentKeys.users(client, departmentIds),
    queryFn: ({ signal }) => getDepartmentUsers(client, departmentIds, { signal }),
    staleTime: 60_000,
  });
