import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { RecordCommands } from '../../api/methods/records';
import type { PortalClient } from '../../api/transport';
import { cardTypeString, type CardType } from '../../domain/cardType';
import { recordPickerQuery } from './previewQueries';

/** Which record the preview shows: a portal record, the built-in sample, or not decided yet. */
export type LeadChoice = { readonly kind: 'lead'; readonly id: number } | { readonly kind: 'sample' };

/**
 * The chosen record per card (a lead type, a deal pipeline…). Until one is chosen: `initialId`,
 * else the newest record of the card (the picker's first page, fetched anyway), else the sample
 * when the portal has none.
 */
export function useLeadChoice(
  client: PortalClient,
  card: CardType,
  commands: RecordCommands | null,
  initialId: number | undefined,
) {
  const key = cardTypeString(card);
  const [chosen, setChosen] = useState<Readonly<Record<string, LeadChoice>>>(() =>
    initialId !== undefined ? { [key]: { kind: 'lead', id: initialId } } : {},
  );
  const own = chosen[key];
  const first = useInfiniteQuery({
    ...recordPickerQuery(client, card, commands, ''),
    enabled: own === undefined && commands !== null,
  });
  const newest = first.data?.pages[0]?.leads[0];
  let choice: LeadChoice | null = own ?? null;
  if (!choice && first.isSuccess)
    choice = newest ? { kind: 'lead', id: Number(newest.ID) } : { kind: 'sample' };
  if (!choice && first.isError) choice = { kind: 'sample' };
  const choose = (next: LeadChoice) => setChosen((c) => ({ ...c, [key]: next }));
  return { choice, choose, listError: first.error } as const;
}
