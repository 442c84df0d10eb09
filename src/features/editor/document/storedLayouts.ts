import { queryOptions, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { getLayoutCommand, type LayoutKey } from '../../../api/methods/layout';
import { fromPortal, type LoadedLayout } from '../../../api/methods/layoutMapping';
import { portalKey } from '../../../api/methods/keys';
import type { PortalLayout } from '../../../api/schemas/layout';
import type { BatchPart, PortalClient } from '../../../api/transport';
import { cardTypeString, type CardType } from '../../../domain/cardType';
import type { DocumentKey } from '../../../store/documentKey';

/**
 * The stored layouts of one card family for one scope/user, by `cardTypeString`; `null` = nothing
 * stored (portal default). Both lead types come together (simple and repeat); any other card alone.
 */
export type LayoutPair = Readonly<Record<string, LoadedLayout | null>>;

/** The cards loaded together with `card`: both lead types, or the card itself. */
export const cardFamily = (card: CardType): readonly CardType[] =>
  card.entity === 'lead'
    ? [
        { entity: 'lead', leadType: 'simple' },
        { entity: 'lead', leadType: 'repeat' },
      ]
    : [card];

export const familyKey = (card: CardType): string => (card.entity === 'lead' ? 'lead' : cardTypeString(card));

/** `card`'s stored layout in `pair`; `null` when nothing is stored or it was not loaded. */
export const layoutOf = (pair: LayoutPair, card: CardType): LoadedLayout | null =>
  pair[cardTypeString(card)] ?? null;

export interface LayoutScopeKey {
  readonly scope: 'C' | 'P';
  /** Personal layouts: whose. Common: null. */
  readonly userId: number | null;
}

export const pairKeyString = (k: LayoutScopeKey) => (k.scope === 'C' ? 'C' : `P:${k.userId ?? 0}`);

const layoutKey = (k: LayoutScopeKey, card: CardType): LayoutKey => ({
  scope: k.scope,
  userId: k.userId,
  card,
});

/** One `get` per card of the family, named `{cardTypeString}{suffix}` in the batch. */
export const familyCommands = (k: LayoutScopeKey, card: CardType, suffix = '') =>
  Object.fromEntries(
    cardFamily(card).map((c) => [`${cardTypeString(c)}${suffix}`, getLayoutCommand(layoutKey(k, c))]),
  );

export function partValue<T>(part: BatchPart<T>): T {
  if (!part.ok) throw part.error;
  return part.value;
}

/** A `get` answer of the batch as the editor keeps it. */
export const loadedPart = (part: BatchPart<PortalLayout | null>): LoadedLayout | null => {
  const sections = partValue(part);
  return sections && fromPortal(sections);
};

/** Layouts of `card`'s family for a scope/user (both lead types) in one request. */
export const layoutPairQuery = (client: PortalClient, k: LayoutScopeKey, card: CardType) =>
  queryOptions({
    queryKey: [...portalKey(client), 'layoutPair', pairKeyString(k), familyKey(card)] as const,
    // known until a write here says otherwise (`StoredLayouts`); someone else's save is caught by the save check
    staleTime: Infinity,
    queryFn: async ({ signal }): Promise<LayoutPair> => {
      const parts = await client.batch(familyCommands(k, card), { signal });
      return Object.fromEntries(
        cardFamily(card).map((c) => [cardTypeString(c), loadedPart(parts[cardTypeString(c)]!)]),
      );
    },
  });

/**
 * What the editor knows of the portal's stored layouts, kept in the query cache. Every read of a
 * document's stored layout outside a `useQuery` and every change a write leaves in the cache goes
 * through here, so a save, a reset, a copy or a bulk apply cannot leave the cache saying otherwise.
 */
export interface StoredLayouts {
  /** The stored layout of `key` (`null`: nothing stored), from the cache or, if not there, the portal. */
  fetch(key: DocumentKey): Promise<LoadedLayout | null>;
  /** What the cache holds for `key` without asking: `undefined` when its family was not loaded. */
  peek(key: DocumentKey): LoadedLayout | null | undefined;
  /** The portal now stores `stored` for `key` (`null` after a reset), as a write's answer says. */
  stored(key: DocumentKey, stored: LoadedLayout | null): void;
  /** The opening request brought a whole family: it is what the first reads find. */
  primed(where: LayoutScopeKey, card: CardType, pair: LayoutPair): void;
  /** `key` was written without an answer of what is stored (bulk apply): read it again when next needed. */
  stale(key: DocumentKey): void;
  /** Personal layouts of every user may have gone (force common): read them all again. */
  staleAll(): Promise<void>;
}

export function storedLayouts(client: PortalClient, queryClient: QueryClient): StoredLayouts {
  const where = (key: DocumentKey): LayoutScopeKey => ({ scope: key.scope, userId: key.userId });
  const query = (key: DocumentKey) => layoutPairQuery(client, where(key), key.card);
  return {
    fetch: async (key) => layoutOf(await queryClient.fetchQuery(query(key)), key.card),
    peek: (key) => {
      const pair = queryClient.getQueryData(query(key).queryKey);
      return pair ? layoutOf(pair, key.card) : undefined;
    },
    stored: (key, stored) =>
      queryClient.setQueryData(query(key).queryKey, (pair: LayoutPair | undefined) =>
        pair ? { ...pair, [cardTypeString(key.card)]: stored } : pair,
      ),
    primed: (k, card, pair) => queryClient.setQueryData(layoutPairQuery(client, k, card).queryKey, pair),
    stale: (key) => void queryClient.invalidateQueries({ queryKey: query(key).queryKey }),
    staleAll: () => queryClient.invalidateQueries({ queryKey: [...portalKey(client), 'layoutPair'] }),
  };
}

export function useStoredLayouts(client: PortalClient): StoredLayouts {
  const queryClient = useQueryClient();
  return useMemo(() => storedLayouts(client, queryClient), [client, queryClient]);
}
