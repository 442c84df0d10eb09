import { queryOptions } from '@tanstack/react-query';
import { ENTITY_TYPE_IDS } from '../../domain/cardType';
import { CategoryListSchema, type Category, type CategoryList } from '../schemas/category';
import { CrmTypeListSchema, type CrmTypeList } from '../schemas/crmType';
import type { BatchPart, PortalClient } from '../transport';
import { PORTAL_QUERY_DEFAULTS, portalKey } from './keys';

/** A deal pipeline or a smart-process funnel. */
export interface Funnel {
  readonly id: number;
  readonly name: string;
}

/** A smart process and its funnels (every type has at least its default one). */
export interface SmartProcess {
  readonly entityTypeId: number;
  readonly title: string;
  readonly funnels: readonly Funnel[];
}

/** The portal's cards beyond the fixed ones: deal pipelines, and smart processes with their funnels. */
export interface CardCatalog {
  readonly deals: readonly Funnel[];
  readonly processes: readonly SmartProcess[];
}

/** `crm.category.list {entityTypeId}` (pipelines of deals, funnels of a smart process). */
export const categoriesCommand = (entityTypeId: number) => ({
  method: 'crm.category.list',
  params: { entityTypeId },
  schema: CategoryListSchema,
});

function value<T>(part: BatchPart<T>): T {
  if (!part.ok) throw part.error;
  return part.value;
}

// the portal lists by `sort`; the same sort keeps the portal's order
const funnelsOf = (categories: readonly Category[]): Funnel[] =>
  [...categories].sort((a, b) => a.sort - b.sort).map(({ id, name }) => ({ id, name }));

/** The first part of the catalogue, small enough to ride in the editor's opening `batch`. */
export const catalogCommands = () => ({
  catalogDeals: categoriesCommand(ENTITY_TYPE_IDS.deal),
  catalogTypes: { method: 'crm.type.list', params: {}, schema: CrmTypeListSchema },
});

/** What the opening batch brought; smart processes still without their funnels. */
export interface CatalogStart {
  readonly deals: readonly Funnel[];
  readonly types: readonly { readonly entityTypeId: number; readonly title: string }[];
}

export function catalogStartFrom(parts: {
  readonly catalogDeals: BatchPart<CategoryList>;
  readonly catalogTypes: BatchPart<CrmTypeList>;
}): CatalogStart {
  return {
    deals: funnelsOf(value(parts.catalogDeals).categories),
    types: value(parts.catalogTypes).types.map(({ entityTypeId, title }) => ({ entityTypeId, title })),
  };
}

/** Every smart process's funnels in one `batch` (their types are known only from the start). */
async function loadFunnels(
  client: PortalClient,
  types: CatalogStart['types'],
  signal?: AbortSignal,
): Promise<SmartProcess[]> {
  if (types.length === 0) return [];
  const parts = await client.batch(
    Object.fromEntries(types.map((type) => [`t${type.entityTypeId}`, categoriesCommand(type.entityTypeId)])),
    signal ? { signal } : {},
  );
  return types.map((type): SmartProcess => {
    const part = parts[`t${type.entityTypeId}`];
    return { ...type, funnels: part ? funnelsOf(value(part).categories) : [] };
  });
}

/** Deal pipelines and smart processes in one `batch`: the first page of `crm.type.list` (50 types). */
async function catalogStart(client: PortalClient, signal?: AbortSignal): Promise<CatalogStart> {
  return catalogStartFrom(await client.batch(catalogCommands(), signal ? { signal } : {}));
}

export const catalogKeys = {
  start: (client: PortalClient) => [...portalKey(client), 'cardCatalog', 'start'] as const,
  funnels: (client: PortalClient) => [...portalKey(client), 'cardCatalog', 'funnels'] as const,
};

/** Pipelines and process types: the editor's opening request primes it; alone it is one request. */
export const catalogStartQuery = (client: PortalClient) =>
  queryOptions({
    ...PORTAL_QUERY_DEFAULTS,
    queryKey: catalogKeys.start(client),
    queryFn: ({ signal }) => catalogStart(client, signal),
    staleTime: 5 * 60_000,
  });

/** The funnels of `types`, asked for only when the picker needs them. */
export const funnelsQuery = (client: PortalClient, types: CatalogStart['types']) =>
  queryOptions({
    ...PORTAL_QUERY_DEFAULTS,
    queryKey: [...catalogKeys.funnels(client), ...types.map((t) => t.entityTypeId)] as const,
    queryFn: ({ signal }) => loadFunnels(client, types, signal),
    staleTime: 5 * 60_000,
  });
