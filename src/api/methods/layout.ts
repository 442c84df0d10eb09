import { entityTypeIdOf, type CardType } from '../../domain/cardType';
import { leadCustomerTypeOf, type Layout } from '../../domain/types';
import { checkLayoutData } from '../../domain/validate';
import { PortalError } from '../errors';
import { ConfigurationWriteResultSchema, PortalLayoutSchema, type LayoutScope } from '../schemas/layout';
import { callCommand, type CallOptions, type PortalClient } from '../transport';
import { fromPortal, predictStored, toPortal, type LoadedLayout } from './layoutMapping';

/**
 * The card layout API (BITRIX24-API.md 1.1-1.9). Lead cards use `crm.lead.details.configuration.*`
 * as they always did (no `entityTypeId` needed); every other card uses the `crm.item` twin with
 * its `entityTypeId`, which reads and writes the same storage as the entity families.
 */
export const LAYOUT_METHODS = {
  get: 'crm.lead.details.configuration.get',
  set: 'crm.lead.details.configuration.set',
  reset: 'crm.lead.details.configuration.reset',
  forceCommon: 'crm.lead.details.configuration.forceCommonScopeForAll',
} as const;

export const ITEM_LAYOUT_METHODS = {
  get: 'crm.item.details.configuration.get',
  set: 'crm.item.details.configuration.set',
  reset: 'crm.item.details.configuration.reset',
  forceCommon: 'crm.item.details.configuration.forceCommonScopeForAll',
} as const;

export type LayoutMethods = typeof LAYOUT_METHODS | typeof ITEM_LAYOUT_METHODS;

export const layoutMethodsOf = (card: CardType): LayoutMethods =>
  card.entity === 'lead' ? LAYOUT_METHODS : ITEM_LAYOUT_METHODS;

/**
 * Which stored layout: common (`C`) or personal (`P`) of `userId` (omitted/null: the calling user),
 * of which card. Only the exact string `C` means common on the portal (1.2).
 */
export interface LayoutKey {
  readonly scope: LayoutScope;
  readonly userId?: number | null;
  readonly card: CardType;
}

/**
 * What names the card on the portal: `extras` as the portal reads them (1.2: `leadCustomerType`
 * for leads, `dealCategoryId` for a deal pipeline, `categoryId` for a smart-process funnel), and
 * `entityTypeId` for the `crm.item` methods.
 */
export function cardParams(card: CardType) {
  switch (card.entity) {
    case 'lead':
      return { extras: { leadCustomerType: leadCustomerTypeOf(card.leadType) } };
    case 'deal':
      return { entityTypeId: entityTypeIdOf(card), extras: { dealCategoryId: card.categoryId } };
    case 'dynamic':
      return { entityTypeId: card.entityTypeId, extras: { categoryId: card.categoryId } };
    default:
      return { entityTypeId: entityTypeIdOf(card) };
  }
}

/**
 * `{scope, userId, extras}` (+ `entityTypeId`), spelled as the portal reads them (1.2: not
 * `USER_ID`, not `lead.customer.type`). `userId` only for personal layouts of a given user.
 */
export function layoutParams(key: LayoutKey) {
  const userId =
    key.scope === 'P' && typeof key.userId === 'number' && key.userId > 0 ? key.userId : undefined;
  return {
    scope: key.scope,
    ...(userId !== undefined ? { userId } : {}),
    ...cardParams(key.card),
  };
}

/** `get`: the stored sections, or `null` when nothing is stored (the card shows its built-in default). */
export const getLayoutCommand = (key: LayoutKey) => ({
  method: layoutMethodsOf(key.card).get,
  params: layoutParams(key),
  schema: PortalLayoutSchema.nullable(),
});

/** `null`: nothing stored for `key`; the portal shows its default layout (see domain/defaults.ts). */
export async function getLayout(
  client: PortalClient,
  key: LayoutKey,
  opts?: CallOptions,
): Promise<LoadedLayout | null> {
  const sections = await callCommand(client, getLayoutCommand(key), opts);
  return sections && fromPortal(sections);
}

/**
 * `layout` as `set` sends it (`toPortal`), checked once with the portal's own rules
 * (`checkLayoutData`): a layout the portal would refuse throws, before any request, the
 * `validation` error the portal itself would answer (code `""`, the portal's exact text), plus
 * `problem` to point at the section or element. Every write of a layout goes through it.
 */
export function sendablePayload(
  layout: Layout,
  method: string = LAYOUT_METHODS.set,
): ReturnType<typeof toPortal> {
  const data = toPortal(layout);
  const problem = checkLayoutData(data);
  if (!problem) return data;
  throw new PortalError({
    kind: 'validation',
    method,
    code: '',
    description: problem.message,
    problem,
  });
}

/**
 * Saves `layout` for `key`. A layout the portal would refuse throws a `validation` PortalError
 * without any request (`sendablePayload`). Resolves with what `get` will return from now on (the
 * portal drops renamed labels, section `data` and unknown keys, and stores form values as
 * strings), ready for the query cache.
 */
export async function setLayout(
  client: PortalClient,
  key: LayoutKey,
  layout: Layout,
  opts?: CallOptions,
): Promise<LoadedLayout> {
  const method = layoutMethodsOf(key.card).set;
  const data = sendablePayload(layout, method);
  // `false` comes only from old on-prem builds, which saved all the same (1.6).
  await client.call(method, { ...layoutParams(key), data }, ConfigurationWriteResultSchema, opts);
  return fromPortal(predictStored(layout));
}

/** Deletes the stored layout of `key`; the card falls back to the common or default layout. */
export async function resetLayout(client: PortalClient, key: LayoutKey, opts?: CallOptions): Promise<void> {
  await client.call(layoutMethodsOf(key.card).reset, layoutParams(key), ConfigurationWriteResultSchema, opts);
}

/**
 * Deletes every user's personal layout of `card` (and their view choice): everybody sees the
 * common layout. Nothing is copied into the common layout (1.7). CRM admins only.
 */
export async function forceCommonLayoutForAll(
  client: PortalClient,
  card: CardType,
  opts?: CallOptions,
): Promise<void> {
  await client.call(
    layoutMethodsOf(card).forceCommon,
    cardParams(card),
    ConfigurationWriteResultSchema,
    opts,
  );
}
