import { mutationOptions, queryOptions, type QueryClient } from '@tanstack/react-query';
import { leadCustomerTypeOf, type Layout, type LeadType } from '../../domain/types';
import { checkLayoutData } from '../../domain/validate';
import { PortalError } from '../errors';
import { ConfigurationWriteResultSchema, PortalLayoutSchema, type LayoutScope } from '../schemas/layout';
import { callCommand, type CallOptions, type PortalClient } from '../transport';
import { PORTAL_QUERY_DEFAULTS, portalKey } from './keys';
import { fromPortal, predictStored, toPortal, type LoadedLayout } from './layoutMapping';

/**
 * The card layout API, `crm.lead.details.configuration.*` (BITRIX24-API.md 1.1-1.8). The `crm.item`
 * twin reads and writes the same storage; the lead methods are used because they need no
 * `entityTypeId`.
 */
export const LAYOUT_METHODS = {
  get: 'crm.lead.details.configuration.get',
  set: 'crm.lead.details.configuration.set',
  reset: 'crm.lead.details.configuration.reset',
  forceCommon: 'crm.lead.details.configuration.forceCommonScopeForAll',
} as const;

/**
 * Which stored layout: common (`C`) or personal (`P`) of `userId` (omitted/null: the calling user),
 * for simple or repeat leads. Only the exact string `C` means common on the portal (1.2).
 */
export interface LayoutKey {
  readonly scope: LayoutScope;
  readonly userId?: number | null;
  readonly leadType: LeadType;
}

/**
 * `{scope, userId, extras: {leadCustomerType}}`, spelled as the portal reads them (1.2: not
 * `USER_ID`, not `lead.customer.type`). `userId` only for personal layouts of a given user.
 */
export function layoutParams(key: LayoutKey) {
  const userId =
    key.scope === 'P' && typeof key.userId === 'number' && key.userId > 0 ? key.userId : undefined;
  return {
    scope: key.scope,
    ...(userId !== undefined ? { userId } : {}),
    extras: { leadCustomerType: leadCustomerTypeOf(key.leadType) },
  };
}

/** `get`: the stored sections, or `null` when nothing is stored (the card shows its built-in default). */
export const getLayoutCommand = (key: LayoutKey) => ({
  method: LAYOUT_METHODS.get,
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
export function sendablePayload(layout: Layout): ReturnType<typeof toPortal> {
  const data = toPortal(layout);
  const problem = checkLayoutData(data);
  if (!problem) return data;
  throw new PortalError({
    kind: 'validation',
    method: LAYOUT_METHODS.set,
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
  const data = sendablePayload(layout);
  // `false` comes only from old on-prem builds, which saved all the same (1.6).
  await client.call(LAYOUT_METHODS.set, { ...layoutParams(key), data }, ConfigurationWriteResultSchema, opts);
  return fromPortal(predictStored(layout));
}

/** Deletes the stored layout of `key`; the card falls back to the common or default layout. */
export async function resetLayout(client: PortalClient, key: LayoutKey, opts?: CallOptions): Promise<void> {
  await client.call(LAYOUT_METHODS.reset, layoutParams(key), ConfigurationWriteResultSchema, opts);
}

/**
 * Deletes every user's personal layout of `leadType` (and their view choice): everybody sees the
 * common layout. Nothing is copied into the common layout (1.7). CRM admins only.
 */
export async function forceCommonLayoutForAll(
  client: PortalClient,
  leadType: LeadType,
  opts?: CallOptions,
): Promise<void> {
  await client.call(
    LAYOUT_METHODS.forceCommon,
    { extras: { leadCustomerType: leadCustomerTypeOf(leadType) } },
    ConfigurationWriteResultSchema,
    opts,
  );
}

export const layoutKeys = {
  all: (client: PortalClient) => [...portalKey(client), 'layout'] as const,
  one: (client: PortalClient, key: LayoutKey) =>
    [
      ...layoutKeys.all(client),
      key.scope,
      key.scope === 'P' ? (key.userId ?? null) : null,
      key.leadType,
    ] as const,
};

export const layoutQuery = (client: PortalClient, key: LayoutKey) =>
  queryOptions({
    ...PORTAL_QUERY_DEFAULTS,
    queryKey: layoutKeys.one(client, key),
    queryFn: ({ signal }) => getLayout(client, key, { signal }),
  });

/** Save: on success the cache holds what the portal now stores (no refetch needed). */
export const setLayoutMutation = (client: PortalClient, queryClient: QueryClient) =>
  mutationOptions({
    mutationKey: [...layoutKeys.all(client), 'set'],
    mutationFn: ({ key, layout }: { readonly key: LayoutKey; readonly layout: Layout }) =>
      setLayout(client, key, layout),
    onSuccess: (saved, { key }) => {
      queryClient.setQueryData(layoutKeys.one(client, key), saved);
    },
  });

/** Reset: `get` answers `null` afterwards. */
export const resetLayoutMutation = (client: PortalClient, queryClient: QueryClient) =>
  mutationOptions({
    mutationKey: [...layoutKeys.all(client), 'reset'],
    mutationFn: (key: LayoutKey) => resetLayout(client, key),
    onSuccess: (_: void, key) => {
      queryClient.setQueryData(layoutKeys.one(client, key), null);
    },
  });

/** Force common: every personal layout of the lead type is gone, so all layout queries refetch. */
export const forceCommonLayoutMutation = (client: PortalClient, queryClient: QueryClient) =>
  mutationOptions({
    mutationKey: [...layoutKeys.all(client), 'forceCommon'],
    mutationFn: (leadType: LeadType) => forceCommonLayoutForAll(client, leadType),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: layoutKeys.all(client) }),
  });
