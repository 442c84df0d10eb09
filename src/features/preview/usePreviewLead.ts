import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { recordQuery, type RecordCommands } from '../../api/methods/records';
import type { PortalClient } from '../../api/transport';
import { cardTypeString, parseCardType, type CardType } from '../../domain/cardType';
import { useT } from '../../i18n/i18nStore';
import type { PreviewCatalog } from './catalog';
import { toForm, type LeadForm } from './leadForm';
import type { References } from './references';
import { sampleRecord } from './sampleRecord';
import type { CardRecords } from './useRecordCommands';
import type { LeadChoice } from './useLeadChoice';
import { wordsOf } from './recordWords';

export interface PreviewLead {
  /** Identity of the record's edit session: `lead:1590`, `deal:2:41` or `sample:simple`. */
  readonly key: string | null;
  readonly form: LeadForm | null;
  /** "#1590" or "Sample lead". */
  readonly badge: string;
  /** The portal's `IS_RETURN_CUSTOMER` of a real lead; `null` for the sample and other cards. */
  readonly isRepeat: boolean | null;
  readonly loading: boolean;
  readonly error: unknown;
  readonly retry: () => void;
}

/** Session key of a real record; a lead's is the one it has always had. */
export const recordSessionKey = (card: CardType, id: number): string =>
  card.entity === 'lead' ? `lead:${id}` : `${cardTypeString(card)}:${id}`;

/**
 * The chosen record as a form: fetched with the card's `get` (`crm.lead.get`, `crm.deal.get`,
 * `crm.item.get`…), or the sample built from the card's fields.
 */
export function usePreviewLead(
  client: PortalClient,
  choice: LeadChoice | null,
  card: CardType,
  records: CardRecords,
  catalog: PreviewCatalog,
  refs: References,
): PreviewLead {
  const t = useT();
  const commands: RecordCommands | null = records.commands;
  const id = choice?.kind === 'lead' ? choice.id : 0;
  const record = useQuery(recordQuery(client, card, commands, id));
  const data = record.data;
  const fetched = useMemo(() => (data ? toForm(data, catalog.fields) : null), [data, catalog.fields]);
  const cardKey = cardTypeString(card);
  // the card by value: a fresh object of the same card keeps the sample
  const sample = useMemo(() => {
    const sampled = parseCardType(cardKey);
    return choice?.kind === 'sample' && sampled ? sampleRecord(sampled, catalog, refs, t) : null;
  }, [choice?.kind, cardKey, catalog, refs, t]);
  const words = wordsOf(card);
  if (choice?.kind === 'sample') {
    return {
      key: `sample:${cardKey}`,
      form: sample,
      badge: t(words.sample),
      isRepeat: null,
      loading: false,
      error: null,
      retry: () => undefined,
    };
  }
  return {
    key: id > 0 ? recordSessionKey(card, id) : null,
    form: fetched,
    badge: id > 0 ? `#${id}` : '',
    isRepeat: data && card.entity === 'lead' ? data['IS_RETURN_CUSTOMER'] === 'Y' : null,
    loading: choice === null || (commands === null ? records.error === null : record.isPending),
    error: record.error ?? records.error,
    retry: () => (commands === null ? records.retry() : void record.refetch()),
  };
}
