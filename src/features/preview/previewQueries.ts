import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { PORTAL_QUERY_DEFAULTS, portalKey } from '../../api/methods/keys';
import { recordKeys, type RecordCommands } from '../../api/methods/records';
import { statusesCommand } from '../../api/methods/statuses';
import { searchUsersCommand } from '../../api/methods/users';
import type { Status } from '../../api/schemas/status';
import type { User } from '../../api/schemas/user';
import type { PortalClient } from '../../api/transport';
import type { CardType } from '../../domain/cardType';
import { firstOffsets, mergeSearchPage, recordSearchCommands, type SearchOffsets } from './leadSearch';

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

/** The picker's pages: under the card's records key, so saving or creating a record refreshes it. */
export const recordPickerQuery = (
  client: PortalClient,
  card: CardType,
  commands: RecordCommands | null,
  search: string,
) =>
  infiniteQueryOptions({
    ...PORTAL_QUERY_DEFAULTS,
    queryKey: recordKeys.picker(client, card, search),
    initialPageParam: firstOffsets(search, card),
    getNextPageParam: (last: { next: SearchOffsets | null }) => last.next ?? undefined,
    queryFn: async ({ pageParam, signal }) => {
      if (!commands) throw new Error('recordPickerQuery needs the commands of the card');
      return mergeSearchPage(
        await client.batch(recordSearchCommands(card, commands, search, pageParam), { signal }),
      );
    },
    enabled: commands !== null,
    staleTime: 30_000,
  });
