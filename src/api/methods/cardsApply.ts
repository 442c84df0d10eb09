import { cardTypeString, type CardType } from '../../domain/cardType';
import type { Layout } from '../../domain/types';
import type { PortalError } from '../errors';
import { ConfigurationWriteResultSchema } from '../schemas/layout';
import { batchChunks, type BatchChunksOptions, type PortalClient } from '../transport';
import { getLayoutCommand, layoutMethodsOf, layoutParams, sendablePayload } from './layout';
import { fromPortal, type LoadedLayout } from './layoutMapping';

/** One card's outcome: its stored layout (read) or `true` (written), or the portal's error for it. */
export type PerCard<T> =
  | { readonly card: CardType; readonly ok: true; readonly value: T }
  | { readonly card: CardType; readonly ok: false; readonly error: PortalError };

/** Which layouts: the same scope and user on several cards of one entity (its pipelines or funnels). */
export interface CardsScope {
  readonly scope: 'C' | 'P';
  readonly userId: number | null;
}

// batch keys allow letters, digits and `_.:-`; a card's text fits once `:` becomes `_`
const keyOf = (card: CardType) => `c_${cardTypeString(card).replaceAll(':', '_')}`;

/** Reads the layouts of `cards` for one scope/user, 50 per `batch` request, each with its own result. */
export async function readCardLayouts(
  client: PortalClient,
  where: CardsScope,
  cards: readonly CardType[],
  opts: BatchChunksOptions = {},
): Promise<PerCard<LoadedLayout | null>[]> {
  const commands = Object.fromEntries(
    cards.map((card) => [keyOf(card), getLayoutCommand({ ...where, card })]),
  );
  const parts = await batchChunks(client, commands, { ...opts, halt: false });
  return cards.map((card) => {
    const part = parts[keyOf(card)];
    if (!part) throw new Error(`readCardLayouts: no answer for ${cardTypeString(card)}`);
    return part.ok
      ? { card, ok: true, value: part.value && fromPortal(part.value) }
      : { card, ok: false, error: part.error };
  });
}

/**
 * Writes `layout` as the layout of every card in `cards` (one scope/user): one `set` per card,
 * never halting (each card gets its own result). Checked with the portal's rules first; a layout
 * it would refuse sends nothing.
 */
export async function applyToCards(
  client: PortalClient,
  layout: Layout,
  where: CardsScope,
  cards: readonly CardType[],
  opts: BatchChunksOptions = {},
): Promise<PerCard<true>[]> {
  const first = cards[0];
  if (!first) return [];
  const method = layoutMethodsOf(first).set;
  const data = sendablePayload(layout, method);
  const commands = Object.fromEntries(
    cards.map((card) => [
      keyOf(card),
      {
        method: layoutMethodsOf(card).set,
        params: { ...layoutParams({ ...where, card }), data },
        schema: ConfigurationWriteResultSchema,
      },
    ]),
  );
  const parts = await batchChunks(client, commands, { ...opts, halt: false });
  return cards.map((card) => {
    const part = parts[keyOf(card)];
    if (!part) throw new Error(`applyToCards: no answer for ${cardTypeString(card)}`);
    return part.ok ? { card, ok: true, value: true } : { card, ok: false, error: part.error };
  });
}
