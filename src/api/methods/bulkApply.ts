import type { CardType } from '../../domain/cardType';
import type { Layout } from '../../domain/types';
import type { BatchChunksOptions, PortalClient } from '../transport';
import type { LoadedLayout } from './layoutMapping';
import { readLayouts, writeLayouts, type Outcome } from './manyLayouts';

/** One user's outcome: their stored layout (read) or `true` (written), or the portal's error for that command. */
export type PerUser<T> = Outcome<T> & { readonly userId: number };

const personal = (card: CardType) => (userId: number) =>
  ({ id: `u${userId}`, key: { scope: 'P', userId, card } }) as const;

/** The personal layouts of `userIds` of `card`, each with its own answer (manyLayouts.ts). */
export async function readPersonalLayouts(
  client: PortalClient,
  userIds: readonly number[],
  card: CardType,
  opts: BatchChunksOptions = {},
): Promise<PerUser<LoadedLayout | null>[]> {
  const outcomes = await readLayouts(client, userIds.map(personal(card)), opts);
  return outcomes.map((o, i) => ({ ...o, userId: userIds[i] ?? 0 }));
}

/** Writes `layout` as the personal layout of `card` of every user in `userIds`, each with its own result. */
export async function applyPersonalLayout(
  client: PortalClient,
  layout: Layout,
  card: CardType,
  userIds: readonly number[],
  opts: BatchChunksOptions = {},
): Promise<PerUser<true>[]> {
  const outcomes = await writeLayouts(client, layout, userIds.map(personal(card)), opts);
  return outcomes.map((o, i) => ({ ...o, userId: userIds[i] ?? 0 }));
}
