import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import { cardTypeString, entityTypeIdOf, type CardType } from '../../domain/cardType';
import type { Params } from '../encode';
import { LeadIdSchema } from '../schemas/lead';
import { CrmRecordListSchema, CrmRecordSchema, type CrmRecord } from '../schemas/crmRecord';
import {
  callCommand,
  callListCommand,
  type BatchCommand,
  type CallOptions,
  type ListPage,
  type PortalClient,
} from '../transport';
import { entityCommands, type RecordFieldsInput, type RecordListQuery } from './entityCommands';
import { itemCommands, itemNamesCommand, type ItemNames } from './itemCommands';
import { PORTAL_QUERY_DEFAULTS, portalKey } from './keys';
import { leadCommands, leadKeys } from './leads';

/**
 * The records of one CRM card, whatever methods the portal has for them: the old entity methods
 * for leads, deals, contacts, companies and quotes (UPPER keys), `crm.item.*` with the type's
 * `entityTypeId` for smart invoices and smart processes (camelCase, mapped to UPPER names by
 * `crm.item.fields`). Every command speaks {@link CrmRecord}s with the card's element names.
 */
export interface RecordCommands {
  readonly get: (id: number) => BatchCommand<z.ZodType<CrmRecord>>;
  readonly list: (q?: RecordListQuery) => BatchCommand<z.ZodType<CrmRecord[]>>;
  /** Resolves with the new record's id. */
  readonly add: (fields: RecordFieldsInput, params?: Params) => BatchCommand<z.ZodType<number>>;
  readonly update: (
    id: number,
    fields: RecordFieldsInput,
    params?: Params,
  ) => BatchCommand<z.ZodType<boolean>>;
  readonly delete: (id: number) => BatchCommand<z.ZodType<boolean>>;
}

type EntityFamily = 'deal' | 'contact' | 'company' | 'quote';

const upperCommands = (entity: EntityFamily): RecordCommands =>
  entityCommands(`crm.${entity}`, { one: CrmRecordSchema, many: CrmRecordListSchema, id: LeadIdSchema });

/** Whether the card's records go through `crm.item.*`, and so need {@link ItemNames} first. */
export const usesItemMethods = (card: CardType): boolean =>
  card.entity === 'invoice' || card.entity === 'dynamic';

/** `crm.item.fields` for a card of {@link usesItemMethods}: the names its records are mapped with. */
export const itemNamesQuery = (client: PortalClient, card: CardType) =>
  queryOptions({
    ...PORTAL_QUERY_DEFAULTS,
    queryKey: [...portalKey(client), 'fields', 'itemNames', entityTypeIdOf(card)] as const,
    queryFn: ({ signal }) => callCommand(client, itemNamesCommand(entityTypeIdOf(card)), { signal }),
    staleTime: 5 * 60_000,
  });

/**
 * The commands for `card`'s records; `null` for a `crm.item.*` card until its names are known.
 * A lead's are `crm.lead.*` exactly as the lead screens have always sent them.
 */
export function recordCommands(card: CardType, names: ItemNames | null): RecordCommands | null {
  switch (card.entity) {
    case 'lead':
      return leadCommands;
    case 'invoice':
    case 'dynamic':
      return names ? itemCommands(entityTypeIdOf(card), names) : null;
    default:
      return upperCommands(card.entity);
  }
}

/**
 * What every list of the card's records is filtered by: the lead's customer type
 * (`IS_RETURN_CUSTOMER`, BITRIX24-API.md 3.4), the deal's pipeline or the smart process's funnel
 * (`CATEGORY_ID`), nothing for the others.
 */
export function cardFilter(card: CardType): Readonly<Record<string, unknown>> {
  switch (card.entity) {
    case 'lead':
      return { IS_RETURN_CUSTOMER: card.leadType === 'repeat' ? 'Y' : 'N' };
    case 'deal':
    case 'dynamic':
      return { CATEGORY_ID: card.categoryId };
    default:
      return {};
  }
}

/** Leads keep their keys, so what refreshes leads today refreshes them still. */
export const recordKeys = {
  all: (client: PortalClient, card: CardType) =>
    card.entity === 'lead'
      ? leadKeys.all(client)
      : ([...portalKey(client), 'records', String(entityTypeIdOf(card))] as const),
  detail: (client: PortalClient, card: CardType, id: number) =>
    card.entity === 'lead'
      ? leadKeys.detail(client, id)
      : ([...recordKeys.all(client, card), 'detail', id] as const),
  picker: (client: PortalClient, card: CardType, search: string) =>
    [...recordKeys.all(client, card), 'previewPicker', cardTypeString(card), search.trim()] as const,
};

export function listRecords(
  client: PortalClient,
  commands: RecordCommands,
  q: RecordListQuery = {},
  opts?: CallOptions,
): Promise<ListPage<CrmRecord[]>> {
  return callListCommand(client, commands.list(q), opts);
}

export function addRecord(
  client: PortalClient,
  commands: RecordCommands,
  fields: RecordFieldsInput,
  params?: Params,
  opts?: CallOptions,
): Promise<number> {
  return callCommand(client, commands.add(fields, params), opts);
}

export function updateRecord(
  client: PortalClient,
  commands: RecordCommands,
  id: number,
  fields: RecordFieldsInput,
  params?: Params,
  opts?: CallOptions,
): Promise<boolean> {
  return callCommand(client, commands.update(id, fields, params), opts);
}

export function deleteRecord(
  client: PortalClient,
  commands: RecordCommands,
  id: number,
  opts?: CallOptions,
): Promise<boolean> {
  return callCommand(client, commands.delete(id), opts);
}

/** One record of the card, cached under its key (a lead's under the lead's). */
export const recordQuery = (
  client: PortalClient,
  card: CardType,
  commands: RecordCommands | null,
  id: number,
) =>
  queryOptions({
    ...PORTAL_QUERY_DEFAULTS,
    queryKey: recordKeys.detail(client, card, id),
    queryFn: ({ signal }) => {
      if (!commands) throw new Error('recordQuery needs the commands of the card');
      return callCommand(client, commands.get(id), { signal });
    },
    enabled: commands !== null && id > 0,
  });
