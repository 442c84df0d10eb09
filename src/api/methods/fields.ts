import type { z } from 'zod';
import { queryOptions } from '@tanstack/react-query';
import { entityTypeIdOf, type CardType } from '../../domain/cardType';
import { isClassicUserField } from '../../domain/cards/common';
import { EntityFieldsSchema } from '../schemas/crmRecord';
import { ItemFieldsSchema } from '../schemas/item';
import { LeadFieldsSchema, type LeadFields } from '../schemas/fields';
import { callCommand, type BatchCommand, type PortalClient } from '../transport';
import { PORTAL_QUERY_DEFAULTS, portalKey } from './keys';

/** `crm.lead.fields` (BITRIX24-API.md 2.1): every lead field by code; user fields' labels in `formLabel`. */
export const leadFieldsCommand = () => ({ method: 'crm.lead.fields', params: {}, schema: LeadFieldsSchema });

/**
 * `crm.item.fields` keyed by `upperName` (the name the card's elements use), so it reads like
 * `crm.lead.fields`; an item's user field carries its label as `title`, which the card shows.
 */
const ItemFieldsByUpperName = ItemFieldsSchema.transform(({ fields }): LeadFields =>
  Object.fromEntries(
    Object.values(fields).map(({ upperName, ...info }) => [
      upperName,
      isClassicUserField(upperName) && info.formLabel === undefined
        ? { ...info, formLabel: info.title }
        : info,
    ]),
  ),
);

/**
 * The fields of the card's entity, in the shape of `crm.lead.fields` (2.1): the deal, contact,
 * company and quote methods answer exactly so; smart invoices and smart processes have only
 * `crm.item.fields` (one list for every pipeline or funnel of an entity).
 */
export function cardFieldsCommand(card: CardType): BatchCommand<z.ZodType<LeadFields>> {
  switch (card.entity) {
    case 'lead':
      return leadFieldsCommand();
    case 'invoice':
    case 'dynamic':
      return {
        method: 'crm.item.fields',
        params: { entityTypeId: entityTypeIdOf(card) },
        schema: ItemFieldsByUpperName,
      };
    default:
      return { method: `crm.${card.entity}.fields`, params: {}, schema: EntityFieldsSchema };
  }
}

/** Which field list a card shows: one per entity (every deal pipeline shares the deal fields). */
export const fieldsEntityOf = (card: CardType): string =>
  card.entity === 'dynamic' ? `dynamic:${card.entityTypeId}` : card.entity;

export const fieldKeys = {
  of: (client: PortalClient, card: CardType) =>
    [...portalKey(client), 'fields', fieldsEntityOf(card)] as const,
};

/** The field list of `card`'s entity; the editor's opening request primes it. */
export const cardFieldsQuery = (client: PortalClient, card: CardType) =>
  queryOptions({
    ...PORTAL_QUERY_DEFAULTS,
    queryKey: fieldKeys.of(client, card),
    queryFn: ({ signal }) => callCommand(client, cardFieldsCommand(card), { signal }),
    staleTime: 5 * 60_000,
  });
