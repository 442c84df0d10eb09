import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { PortalClient } from '../../api/transport';
import type { LeadType } from '../../domain/types';
import { leadPickerQuery } from './previewQueries';

/** Which lead the preview shows: a portal lead, the built-in sample, or not decided yet. */
export type LeadChoice = { readonly kind: 'lead'; readonly id: number } | { readonly kind: 'sample' };

/**
 * The chosen lead per lead type. Until one is chosen: `initialLeadId`, else the newest lead of the
 * type (the picker's first page, fetched anyway), else the sample lead when the portal has none.
 */
export function useLeadChoice(client: PortalClient, leadType: LeadType, initialLeadId: number | undefined) {
  const [chosen, setChosen] = useState<Partial<Record<LeadType, LeadChoice>>>(() =>
    initialLeadId !== undefined ? { [leadType]: { kind: 'lead', id: initialLeadId } } : {},
  );
  const own = chosen[leadType];
  const first = useInfiniteQuery({ ...leadPickerQuery(client, leadType, ''), enabled: own === undefined });
  const newest = first.data?.pages[0]?.leads[0];
  let choice: LeadChoice | null = own ?? null;
  if (!choice && first.isSuccess)
    choice = newest ? { kind: 'lead', id: Number(newest.ID) } : { kind: 'sample' };
  if (!choice && first.isError) choice = { kind: 'sample' };
  const choose = (next: LeadChoice) => setChosen((c) => ({ ...c, [leadType]: next }));
  return { choice, choose, listError: first.error } as const;
}
