import { useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { catalogStartQuery, funnelsQuery, type CardCatalog } from '../../../api/methods/cardCatalog';
import type { PortalClient } from '../../../api/transport';
import type { CardType } from '../../../domain/cardType';

/** The card picker's catalogue as the screen has it, and how to ask for more. */
export interface CatalogState {
  /** Pipelines, and smart processes with their funnels once those are read; `null` until known. */
  readonly catalog: CardCatalog | null;
  readonly pending: boolean;
  readonly error: unknown;
  readonly retry: () => void;
  /** The picker is about to be used: read the smart processes' funnels (once). */
  readonly wantFunnels: () => void;
}

/**
 * Deal pipelines and smart processes come with the editor's opening request (`opened`: it has
 * answered, so the cache holds them); the funnels of smart processes take one more request, made
 * only when the picker is used or a smart-process card is open, so opening stays one request.
 */
export function useCardCatalog(client: PortalClient, opened: boolean, card: CardType): CatalogState {
  const start = useQuery({ ...catalogStartQuery(client), enabled: opened });
  const [asked, setAsked] = useState(false);
  const types = start.data?.types ?? [];
  const needFunnels = (asked || card.entity === 'dynamic') && types.length > 0;
  const funnels = useQuery({ ...funnelsQuery(client, types), enabled: needFunnels });
  const wantFunnels = useCallback(() => setAsked(true), []);
  const { refetch: refetchStart } = start;
  const { refetch: refetchFunnels } = funnels;
  const retry = useCallback(() => {
    void (start.isError ? refetchStart() : refetchFunnels());
  }, [start.isError, refetchStart, refetchFunnels]);
  const catalog = start.data
    ? {
        deals: start.data.deals,
        processes:
          funnels.data ?? start.data.types.map((t) => ({ ...t, funnels: [] as CardCatalog['deals'] })),
      }
    : null;
  return {
    catalog,
    pending: start.isPending || (needFunnels && funnels.isPending),
    error: start.error ?? funnels.error,
    retry,
    wantFunnels,
  };
}
