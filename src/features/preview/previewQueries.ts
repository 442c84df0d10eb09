import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { PORTAL_QUERY_DEFAULTS, portalKey } from '../../api/methods/keys';
import { leadKeys } from '../../api/methods/leads';
import { statusesCommand } from '../../api/methods/statuses';
import { searchUsersCommand } from '../../api/methods/users';
import type { Status } from '../../api/schemas/status';
import type { User } from '../../api/schemas/user';
import type { PortalClient } from '../../api/transport';
import type { LeadType } from '../../domain/types';
import { firstOffsets, mergeSearchPage, searchCommands, type SearchOffsets } from './leadSearch';

export interface PreviewReferences {
  readonly statuses: readonly Status[];
  readonly users: readonly User[];
  /** Parts that failed (e.g. a webhook without the `user` scope); the panel puts them in words. */
  readonly failures: readonly { readonly part: 'statuses' | 'users'; readonly error: unknown }[];
}

/**
 * Stages, sources, salutations and people, in ONE `batch` request when the preview opens. A failed
 * part leaves its list empty (ids are shown instead of names) and says why.
 */
export const previewReferencesQuery = (client: PortalClient) =>
  queryOptions({
    ...PORTAL_QUERY_DEFAULTS,
    queryKey: [...portalKey(client), 'preview', 'references'] as const,
    staleTime: 5 * 60_000,
    queryFn: async ({ signal }): Promise<PreviewReferences> => {
      const parts = await client.batch(
        { statuses: statusesCommand(), users: searchUsersCommand() },
        { signal },
      );
      const failures: { part: 'statuses' | 'users'; error: unknown }[] = [];
      if (!parts.statuses.ok) failures.push({ part: 'statuses', error: parts.statuses.error });
      if (!parts.users.ok) failures.push({ part: 'users', error: parts.users.error });
      return {
        statuses: parts.statuses.ok ? parts.statuses.value : [],
        users: parts.users.ok ? parts.users.value : [],
        failures,
      };
    },
  });

/** The picker's pages: under the leads key, so saving or creating a lead refreshes it. */
export const leadPickerQuery = (client: PortalClient, leadType: LeadType, search: string) =>
  infiniteQueryOptions({
    ...PORTAL_QUERY_DEFAULTS,
    queryKey: [...leadKeys.all(client), 'previewPicker', leadType, search.trim()] as const,
    initialPageParam: firstOffsets(search),
    getNextPageParam: (last: { next: SearchOffsets | null }) => last.next ?? undefined,
    queryFn: async ({ pageParam, signal }) =>
      mergeSearchPage(await client.batch(searchCommands(leadType, search, pageParam), { signal })),
    staleTime: 30_000,
  });
