import type { CardType } from '../../domain/cardType';
import { cardFieldsOf as domainCardFields, defaultLayoutOf as domainDefaultLayout } from '../../domain/cards';
import type { CardField, CardLanguage, PortalFields } from '../../domain/cards/fieldTypes';
import { copyForCard as domainCopy, type CopiedLayout } from '../../domain/copyLayout';
import type { LintContext } from '../../domain/lint';
import type { Layout } from '../../domain/types';

/*
 * What the editor knows about each card, in one place: each card's own fields, built-in layout,
 * copy and lint rules (domain/cards). The editor asks only this module.
 */

/** The fields placeable on `card`, from the portal's field list of its entity. */
export const cardFieldsOf = (card: CardType, portalFields: PortalFields, lang: CardLanguage): CardField[] =>
  domainCardFields(card, portalFields, lang);

/** What the portal shows on `card` when no layout is stored. */
export const defaultLayoutOf = (
  card: CardType,
  cardFields: readonly CardField[],
  lang: CardLanguage,
): Layout => domainDefaultLayout(card, cardFields, lang);

/** `layout` made fit for `target` (whose placeable fields are `targetFields`), and what stayed behind. */
export const copyForCard = (
  layout: Layout,
  target: CardType,
  targetFields: readonly CardField[],
): CopiedLayout => domainCopy(layout, targetFields, target);

/** What lint needs to know of the card beyond its fields. */
export const lintCardOf = (card: CardType): Pick<Extract<LintContext, { card: CardType }>, 'card'> => ({
  card,
});
