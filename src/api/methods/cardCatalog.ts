import { queryOptions } from '@tanstack/react-query';
import { ENTITY_TYPE_IDS } from '../../domain/cardType';
import { CategoryListSchema, type Category } from '../schemas/category';
import { CrmTypeListSchema } from '../schemas/crmType';
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

/**
 * Deal pipelines and smart processes in one `batch`, then every process's funnels in a second
 * (their types are known only from the first). The first page of `crm.type.list` (50 types).
 */
export async function loadCardCatalog(client: PortalClient, signal?: AbortSignal): Promise<CardCatalog> {
  const opts = signal ? { signal } : {};
  const first = await client.batch(
    {
      deals: categoriesCommand(ENTITY_TYPE_IDS.deal),
      types: { method: 'crm.type.list', params: {}, schema: CrmTypeListSchema },
    },
    opts,
  );
  const deals = funnelsOf(value(first.deals).categories);
  const types = value(first.types).types;
  if (types.length === 0) return { deals, processes: [] };
  const funnels = await client.batch(
    Object.fromEntries(types.map((type) => [`t${type.entityTypeId}`, categoriesCommand(type.entityTypeId)])),
    opts,
  );
  const processes = types.map((type): SmartProcess => {
    const part = funnels[`t${type.entityTypeId}`];
    return {
      entityTypeId: type.entityTypeId,
      title: type.title,
      funnels: part ? funnelsOf(value(part).categories) : [],
    };
  });
  return { deals, processes };
}

export const cardCatalogQuery = (client: PortalClient) =>
  queryOptions({
    ...PORTAL_QUERY_DEFAULTS,
    queryKey: [...portalKey(client), 'cardCatalog'] as const,
    queryFn: ({ signal }) => loadCardCatalog(client, signal),
    staleTime: 5 * 60_000,
  });
