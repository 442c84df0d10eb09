import { cardTypeString, type CardType } from '../../domain/cardType';
import type { Layout } from '../../domain/types';
import type { BatchChunksOptions, PortalClient } from '../transport';
import type { LoadedLayout } from './layoutMapping';
import { readLayouts, writeLayouts, type Outcome } from './manyLayouts';

/** One card's outcome: its stored layout (read) or `true` (written), or the portal's error for it. */
export type PerCard<T> = Outcome<T> & { readonly card: CardType };

/** Which layouts: the same scope and user on several cards of one entity (its pipelines or funnels). */
export interface CardsScope {
  readonly scope: 'C' | 'P';
  readonly userId: number | null;
}

// batch keys allow letters, digits and `_.:-`; a card's text fits once `:` becomes `_`
const keyed = (where: CardsScope) => (card: CardType) => ({
  id: `c_${cardTypeString(card).replaceAll(':', '_')}`,
  key: { ...where, card },
});

/** The layouts of `cards` for one scope/user, each with its own answer (manyLayouts.ts). */
export async function readCardLayouts(
  client: PortalClient,
  where: CardsScope,
  cards: readonly CardType[],
  opts: BatchChunksOptions = {},
): Promise<PerCard<LoadedLayout | null>[]> {
  const outcomes = await readLayouts(client, cards.map(keyed(where)), opts);
  return outcomes.map((o, i) => ({ ...o, card: cards[i] as CardType }));
}

/** Writes `layout` as the layout of every card in `cards` (one scope/user), each with its own result. */
export async function applyToCards(
  client: PortalClient,
  layout: Layout,
  where: CardsScope,
  cards: readonly CardType[],
  opts: BatchChunksOptions = {},
): Promise<PerCard<true>[]> {
  const outcomes = await writeLayouts(client, layout, cards.map(keyed(where)), opts);
  return outcomes.map((o, i) => ({ ...o, card: cards[i] as CardType }));
}
