import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { PortalError } from '../errors';
import type { LeadFields } from '../schemas/fields';
import type { Status } from '../schemas/status';
import type { Profile, User } from '../schemas/user';
import type { BatchPart, BatchOptions, ListPage, PortalClient } from '../transport';
import { cardFieldsCommand, fieldKeys } from './fields';
import { PORTAL_QUERY_DEFAULTS, portalKey } from './keys';
import { getLayoutCommand, layoutKeys, type LayoutKey } from './layout';
import { fromPortal, type LoadedLayout } from './layoutMapping';
import { statusKeys, statusesCommand } from './statuses';
import { profileCommand, searchUsersCommand, userKeys } from './users';

export type BootstrapPart = 'fields' | 'layout' | 'profile' | 'users' | 'statuses';

/**
 * Everything the editor screen needs to open, from ONE `batch` request (one request against the
 * portal's rate limit, BITRIX24-API.md 4.4/4.6). A part that failed is `undefined` and its error is
 * in `errors`, so the screen can open with what it has and say what is missing.
 */
export interface EditorBootstrap {
  /** The fields of the card's entity (`crm.lead.fields`, `crm.deal.fields`, …). */
  readonly fields?: LeadFields;
  /** The stored layout for the key; `null` = nothing stored (the portal shows its default). */
  readonly layout?: LoadedLayout | null;
  /** `profile`: who is editing (`ADMIN` = portal admin). */
  readonly profile?: Profile;
  /** `user.get` first page for the user picker, with `total`/`next`. */
  readonly users?: ListPage<User[]>;
  /** `crm.status.list`: every reference list (stages, sources, salutations, …) sorted by `SORT`. */
  readonly statuses?: Status[];
  readonly errors: Readonly<Partial<Record<BootstrapPart, PortalError>>>;
}

export const editorBootstrapCommands = (key: LayoutKey) => ({
  fields: cardFieldsCommand(key.card),
  layout: getLayoutCommand(key),
  profile: profileCommand(),
  users: searchUsersCommand(),
  statuses: statusesCommand(),
});

/**
 * Loads the editor's data in one request. Rejects only when the batch request itself fails
 * (network, auth, rate limit after retries); a failing part is reported in `errors`.
 */
export async function loadEditorBootstrap(
  client: PortalClient,
  key: LayoutKey,
  opts?: Omit<BatchOptions, 'halt'>,
): Promise<EditorBootstrap> {
  const parts = await client.batch(editorBootstrapCommands(key), { ...opts, halt: false });
  const errors: Partial<Record<BootstrapPart, PortalError>> = {};
  const take = <T>(name: BootstrapPart, part: BatchPart<T>): T | undefined => {
    if (part.ok) return part.value;
    errors[name] = part.error;
    return undefined;
  };
  const fields = take('fields', parts.fields);
  const sections = take('layout', parts.layout);
  const profile = take('profile', parts.profile);
  const statuses = take('statuses', parts.statuses);
  let users: ListPage<User[]> | undefined;
  if (parts.users.ok) {
    const { value, total, next } = parts.users;
    users = {
      items: value,
      ...(total !== undefined ? { total } : {}),
      ...(next !== undefined ? { next } : {}),
    };
  } else {
    errors.users = parts.users.error;
  }
  return {
    ...(fields !== undefined ? { fields } : {}),
    ...(sections !== undefined ? { layout: sections && fromPortal(sections) } : {}),
    ...(profile !== undefined ? { profile } : {}),
    ...(users !== undefined ? { users } : {}),
    ...(statuses !== undefined ? { statuses } : {}),
    errors,
  };
}

export const editorBootstrapKeys = {
  one: (client: PortalClient, key: LayoutKey) =>
    [...portalKey(client), 'editorBootstrap', ...layoutKeys.one(client, key).slice(3)] as const,
};

export const editorBootstrapQuery = (client: PortalClient, key: LayoutKey) =>
  queryOptions({
    ...PORTAL_QUERY_DEFAULTS,
    queryKey: editorBootstrapKeys.one(client, key),
    queryFn: ({ signal }) => loadEditorBootstrap(client, key, { signal }),
  });

/**
 * Copies the parts that loaded into the per-endpoint queries (`cardFieldsQuery`, `layoutQuery`,
 * `profileQuery`, `userSearchQuery()`, `statusesQuery()`), so screens using those find them fresh.
 */
export function primeEditorCaches(
  queryClient: QueryClient,
  client: PortalClient,
  key: LayoutKey,
  boot: EditorBootstrap,
): void {
  if (boot.fields !== undefined) queryClient.setQueryData(fieldKeys.of(client, key.card), boot.fields);
  if (boot.layout !== undefined) queryClient.setQueryData(layoutKeys.one(client, key), boot.layout);
  if (boot.profile !== undefined) queryClient.setQueryData(userKeys.profile(client), boot.profile);
  if (boot.users !== undefined) queryClient.setQueryData(userKeys.search(client), boot.users);
  if (boot.statuses !== undefined) queryClient.setQueryData(statusKeys.list(client), boot.statuses);
}
