import type { CardType } from '../cardType';
import type { FieldCode, Layout } from '../types';
import { buildCardFields } from './buildFields';
import { COMPANY_CARD } from './company';
import { CONTACT_CARD } from './contact';
import { DEAL_CARD } from './deal';
import { buildDefaultLayout, titlesOf, type CardDefinition } from './definition';
import { dynamicCard } from './dynamic';
import type { CardField, CardLanguage, PortalFields } from './fieldTypes';
import { INVOICE_CARD } from './invoice';
import { leadCard } from './lead';
import { QUOTE_CARD } from './quote';

export { byUpperName, type ItemFieldInfo } from './itemFields';

const DYNAMIC_CARD = dynamicCard();

/** What the domain knows of `card`: fields, Russian labels, built-in sections. */
export function cardDefinitionOf(card: CardType): CardDefinition {
  switch (card.entity) {
    case 'lead':
      return leadCard(card.leadType);
    case 'deal':
      return DEAL_CARD;
    case 'contact':
      return CONTACT_CARD;
    case 'company':
      return COMPANY_CARD;
    case 'quote':
      return QUOTE_CARD;
    case 'invoice':
      return INVOICE_CARD;
    case 'dynamic':
      return DYNAMIC_CARD;
  }
}

/**
 * The fields placeable on `card`: its own fields in the portal's order (for quotes, smart invoices
 * and smart processes: the type's `crm.item.fields` and the editor adapter's composites), then
 * every user field of `portalFields` sorted by label (code breaks ties).
 */
export const cardFieldsOf = (
  card: CardType,
  portalFields: PortalFields,
  lang: CardLanguage = 'en',
): CardField[] => buildCardFields(cardDefinitionOf(card), portalFields, lang);

/**
 * The portal's built-in layout of `card` when nothing is stored: its default sections (ids equal
 * names), user fields of `cardFields` appended to `additional` in the order given.
 */
export const defaultLayoutOf = (
  card: CardType,
  cardFields: readonly CardField[],
  lang: CardLanguage = 'en',
): Layout => buildDefaultLayout(cardDefinitionOf(card), cardFields, lang);

/** Whether `code` names a user field of `card` (`UF_CRM_*`; smart invoices and smart processes narrower). */
export const isUserFieldCodeOf = (card: CardType, code: FieldCode): boolean =>
  cardDefinitionOf(card).isUserFieldCode(code);

/** Titles of the built-in sections of `card` by section name, as the portal shows them in `lang`. */
export const sectionTitlesOf = (card: CardType, lang: CardLanguage): Readonly<Record<string, string>> =>
  titlesOf(cardDefinitionOf(card), lang);
