import type { LeadType } from './types';

/**
 * Which CRM card a layout belongs to. The portal keeps one layout (common and per user) for each
 * of these: leads of a customer type, deals of a pipeline, contacts, companies, quotes, smart
 * invoices, and every smart process of a funnel (BITRIX24-API.md 1.1-1.3, `extras`).
 *
 * `entityTypeId` is the portal's number (lead 1, deal 2, contact 3, company 4, quote 7, smart
 * invoice 31, smart processes from `crm.type.list`); `categoryId` is the deal pipeline or the
 * smart-process funnel, 0 for the default one.
 */
export type CardType =
  | { readonly entity: 'lead'; readonly leadType: LeadType }
  | { readonly entity: 'deal'; readonly categoryId: number }
  | { readonly entity: 'contact' }
  | { readonly entity: 'company' }
  | { readonly entity: 'quote' }
  | { readonly entity: 'invoice' }
  | { readonly entity: 'dynamic'; readonly entityTypeId: number; readonly categoryId: number };

export type CardEntity = CardType['entity'];

export const ENTITY_TYPE_IDS = {
  lead: 1,
  deal: 2,
  contact: 3,
  company: 4,
  quote: 7,
  invoice: 31,
} as const satisfies Record<Exclude<CardEntity, 'dynamic'>, number>;

export const entityTypeIdOf = (card: CardType): number =>
  card.entity === 'dynamic' ? card.entityTypeId : ENTITY_TYPE_IDS[card.entity];

/** The pipeline or funnel of cards that have them; `null` for the others. */
export const categoryIdOf = (card: CardType): number | null =>
  card.entity === 'deal' || card.entity === 'dynamic' ? card.categoryId : null;

export const SIMPLE_LEADS: CardType = { entity: 'lead', leadType: 'simple' };
export const REPEAT_LEADS: CardType = { entity: 'lead', leadType: 'repeat' };

/**
 * A stable text for keys (drafts, caches, channels). Leads keep the spelling they had before other
 * cards existed (`simple`, `repeat`), so drafts saved then are still found.
 */
export function cardTypeString(card: CardType): string {
  switch (card.entity) {
    case 'lead':
      return card.leadType;
    case 'deal':
      return `deal:${card.categoryId}`;
    case 'dynamic':
      return `dynamic:${card.entityTypeId}:${card.categoryId}`;
    default:
      return card.entity;
  }
}

/** Inverse of `cardTypeString`; `null` for text that names no card. */
export function parseCardType(text: string): CardType | null {
  if (text === 'simple' || text === 'repeat') return { entity: 'lead', leadType: text };
  if (text === 'contact' || text === 'company' || text === 'quote' || text === 'invoice')
    return { entity: text };
  const deal = /^deal:(\d{1,9})$/.exec(text);
  if (deal) return { entity: 'deal', categoryId: Number(deal[1]) };
  const dynamic = /^dynamic:(\d{1,9}):(\d{1,9})$/.exec(text);
  if (dynamic) return { entity: 'dynamic', entityTypeId: Number(dynamic[1]), categoryId: Number(dynamic[2]) };
  return null;
}

export const sameCardType = (a: CardType, b: CardType): boolean => cardTypeString(a) === cardTypeString(b);
