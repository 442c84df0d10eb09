import { leadCommands } from '../../api/methods/leads';
import { cardFilter, type RecordCommands } from '../../api/methods/records';
import type { CrmRecord } from '../../api/schemas/crmRecord';
import type { BatchPart } from '../../api/transport';
import type { CardType } from '../../domain/cardType';
import type { LeadType } from '../../domain/types';
import { langStore, translate, type Translate } from '../../i18n/i18nStore';
import type { PreviewWords } from './recordWords';

/** What the picker lists: enough to recognise a lead, never the whole record. */
export const PICKER_SELECT = ['ID', 'TITLE', 'NAME', 'LAST_NAME', 'STATUS_ID', 'IS_RETURN_CUSTOMER'] as const;

/** The fields searched; the old list API has no OR, so each is one `crm.lead.list` in one batch. */
export const SEARCHED = ['TITLE', 'NAME', 'LAST_NAME'] as const;
export type SearchKey = (typeof SEARCHED)[number] | 'ALL';

/** Offset (`start`) per search command still to fetch; a command without `next` is done. */
export type SearchOffsets = Readonly<Partial<Record<SearchKey, number>>>;

/**
 * What the picker reads and searches of a card's records: a lead's title and person, a contact's
 * name (contacts have no title), the title of anything else.
 */
function pickerFieldsOf(card: CardType): { searched: readonly SearchKey[]; select: readonly string[] } {
  switch (card.entity) {
    case 'lead':
      return { searched: SEARCHED, select: PICKER_SELECT };
    case 'contact':
      return { searched: ['NAME', 'LAST_NAME'], select: ['ID', 'NAME', 'LAST_NAME'] };
    default:
      return { searched: ['TITLE'], select: ['ID', 'TITLE'] };
  }
}

const SIMPLE: CardType = { entity: 'lead', leadType: 'simple' };

export const firstOffsets = (search: string, card: CardType = SIMPLE): SearchOffsets =>
  search.trim() === '' ? { ALL: 0 } : Object.fromEntries(pickerFieldsOf(card).searched.map((k) => [k, 0]));

/**
 * The batch for one page of the picker: the card's records (a lead type, a deal pipeline, a funnel:
 * `cardFilter`), newest first, 50 per command (the portal's page size); with a search, one command
 * per searched field with the portal's `%` (LIKE).
 */
export function recordSearchCommands(
  card: CardType,
  commands: RecordCommands,
  search: string,
  offsets: SearchOffsets,
) {
  const base = cardFilter(card);
  const text = search.trim();
  const out: Record<string, ReturnType<RecordCommands['list']>> = {};
  for (const [key, start] of Object.entries(offsets) as [SearchKey, number][]) {
    out[key] = commands.list({
      filter: key === 'ALL' ? base : { ...base, [`%${key}`]: text },
      order: { ID: 'DESC' },
      select: [...pickerFieldsOf(card).select],
      start,
    });
  }
  return out;
}

/** {@link recordSearchCommands} of a lead type. */
export const searchCommands = (leadType: LeadType, search: string, offsets: SearchOffsets) =>
  recordSearchCommands({ entity: 'lead', leadType }, leadCommands, search, offsets);

export interface SearchPage {
  /** The records of the page (leads, deals, …). */
  readonly leads: readonly CrmRecord[];
  /** Offsets of the next page; `null` when every command is exhausted. */
  readonly next: SearchOffsets | null;
  /** Matches in all (the larger `total` of the commands: an estimate when several fields match). */
  readonly total: number;
}

/** Merges the batch answers of one page: failed parts throw, duplicates go, newest first. */
export function mergeSearchPage(parts: Readonly<Record<string, BatchPart<CrmRecord[]>>>): SearchPage {
  const byId = new Map<string, CrmRecord>();
  const next: Partial<Record<SearchKey, number>> = {};
  let total = 0;
  for (const [key, part] of Object.entries(parts)) {
    if (!part.ok) throw part.error;
    for (const lead of part.value) if (!byId.has(lead.ID)) byId.set(lead.ID, lead);
    if (part.next !== undefined) next[key as SearchKey] = part.next;
    total = Math.max(total, part.total ?? part.value.length);
  }
  const leads = [...byId.values()].sort((a, b) => Number(b.ID) - Number(a.ID));
  return { leads, next: Object.keys(next).length > 0 ? next : null, total };
}

/** "Emily Carter", or "" when the lead has no person's name. */
export function leadPerson(lead: CrmRecord): string {
  const part = (k: string) => {
    const v = lead[k];
    return typeof v === 'string' ? v.trim() : '';
  };
  return [part('NAME'), part('LAST_NAME')].filter((s) => s !== '').join(' ');
}

/** The record's title; a contact's name; else "Lead #7" (`words.numbered`). */
export function leadCaption(
  lead: CrmRecord,
  t: Translate = translate(langStore.getState().lang),
  words?: PreviewWords,
): string {
  if (typeof lead.TITLE === 'string' && lead.TITLE.trim() !== '') return lead.TITLE;
  if (words && lead.TITLE === undefined && leadPerson(lead) !== '') return leadPerson(lead);
  return words ? words.numbered(lead.ID, t) : t('preview.lead.numbered', { id: lead.ID });
}
