import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import {
  itemNamesQuery,
  recordCommands,
  usesItemMethods,
  type RecordCommands,
} from '../../api/methods/records';
import type { PortalClient } from '../../api/transport';
import { cardTypeString, parseCardType, SIMPLE_LEADS, type CardType } from '../../domain/cardType';

export interface CardRecords {
  /** `null` while a `crm.item.*` card's field names load (or when they failed). */
  readonly commands: RecordCommands | null;
  readonly error: unknown;
  readonly retry: () => void;
}

/** The commands for the card's records; a smart invoice or process asks `crm.item.fields` first. */
export function useRecordCommands(client: PortalClient, card: CardType): CardRecords {
  const items = usesItemMethods(card);
  const names = useQuery({ ...itemNamesQuery(client, card), enabled: items });
  const key = cardTypeString(card);
  const data = names.data ?? null;
  // the card is often a fresh object of the same value: the commands follow its value
  const commands = useMemo(() => recordCommands(parseCardType(key) ?? SIMPLE_LEADS, data), [key, data]);
  return { commands, error: items ? names.error : null, retry: () => void names.refetch() };
}
