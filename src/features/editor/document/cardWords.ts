import { createContext, useCallback, useContext } from 'react';
import type { CardCatalog } from '../../../api/methods/cardCatalog';
import type { CardType } from '../../../domain/cardType';
import { useT, type Translate } from '../../../i18n/i18nStore';

/** The catalogue once loaded; `null` while it loads or when it failed (names fall back to numbers). */
export const CardCatalogContext = createContext<CardCatalog | null>(null);

function namesOf(t: Translate, card: CardType, catalog: CardCatalog | null) {
  if (card.entity === 'deal') {
    const pipeline = catalog?.deals.find((f) => f.id === card.categoryId)?.name;
    return { pipeline: pipeline ?? t('cards.pipeline.numbered', { id: String(card.categoryId) }) };
  }
  if (card.entity === 'dynamic') {
    const process = catalog?.processes.find((p) => p.entityTypeId === card.entityTypeId);
    return {
      process: process?.title ?? t('cards.process.numbered', { id: String(card.entityTypeId) }),
      funnel:
        process?.funnels.find((f) => f.id === card.categoryId)?.name ??
        t('cards.pipeline.numbered', { id: String(card.categoryId) }),
    };
  }
  return {};
}

/** The card as the picker names it: "Leads: simple", "Deals: General". */
export function cardName(t: Translate, card: CardType, catalog: CardCatalog | null): string {
  if (card.entity === 'lead') return t(`cards.name.lead.${card.leadType}`);
  return t(`cards.name.${card.entity}`, namesOf(t, card, catalog));
}

/** The card inside a sentence ("the common layout of {leads}"): lead cards keep their old words. */
export function cardWords(t: Translate, card: CardType, catalog: CardCatalog | null): string {
  if (card.entity === 'lead') return t(`pieces.leads.${card.leadType}`);
  return t(`cards.of.${card.entity}`, namesOf(t, card, catalog));
}

/** `cardWords` in the open screen's language and with the portal's names. */
export function useCardWords(): (card: CardType) => string {
  const t = useT();
  const catalog = useContext(CardCatalogContext);
  return useCallback((card: CardType) => cardWords(t, card, catalog), [t, catalog]);
}
