import { leadCommands } from '../../api/methods/leads';
import type { Lead } from '../../api/schemas/lead';
import type { BatchPart } from '../../api/transport';
import type { LeadType } from '../../domain/types';
import { langStore, translate, type Translate } from '../../i18n/i18nStore';

/** What the picker lists: enough to recognise a lead, never the whole record. */
export const PICKER_SELECT = ['ID', 'TITLE', 'NAME', 'LAST_NAME', 'STATUS_ID', 'IS_RETURN_CUSTOMER'] as const;

/** The fields searched; the old list API has no OR, so each is one `crm.lead.list` in one batch. */
export const SEARCHED = ['TITLE', 'NAME', 'LAST_NAME'] as const;
export type SearchKey = (typeof SEARCHED)[number] | 'ALL';

/** Offset (`start`) per search command still to fetch; a command without `next` is done. */
export type SearchOffsets = Readonly<Partial<Record<SearchKey, number>>>;

export const firstOffsets = (search: string): SearchOffsets =>
  search.trim() === '' ? { ALL: 0 } : { TITLE: 0, NAME: 0, LAST_NAME: 0 };

/** `IS_RETURN_CUSTOMER` is `N` for simple leads and `Y` for repeat ones (BITRIX24-API.md 3.4). */
export const returnCustomerFlag = (leadType: LeadType): 'Y' | 'N' => (leadType === 'repeat' ? 'Y' : 'N');

/**
 * The batch for one page of the picker: leads of `leadType`, newest first, 50 per command (the
 * portal's page size); with a search, one command per searched field with the portal's `%` (LIKE).
 */
export function searchCommands(leadType: LeadType, search: string, offsets: SearchOffsets) {
  const base = { IS_RETURN_CUSTOMER: returnCustomerFlag(leadType) };
  const text = search.trim();
  const commands: Record<string, ReturnType<typeof leadCommands.list>> = {};
  for (const [key, start] of Object.entries(offsets) as [SearchKey, number][]) {
    commands[key] = leadCommands.list({
      filter: key === 'ALL' ? base : { ...base, [`%${key}`]: text },
      order: { ID: 'DESC' },
      select: [...PICKER_SELECT],
      start,
    });
  }
  return commands;
}

export interface SearchPage {
  readonly leads: readonly Lead[];
  /** Offsets of the next page; `null` when every command is exhausted. */
  readonly next: SearchOffsets | null;
  /** Matches in all (the larger `total` of the commands: an estimate when several fields match). */
  readonly total: number;
}

/** Merges the batch answers of one page: failed parts throw, duplicates go, newest first. */
export function mergeSearchPage(parts: Readonly<Record<string, BatchPart<Lead[]>>>): SearchPage {
  const byId = new Map<string, Lead>();
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
export function leadPerson(lead: Lead): string {
  const part = (k: string) => {
    const v = lead[k];
    return typeof v === 'string' ? v.trim() : '';
  };
  return [part('NAME'), part('LAST_NAME')].filter((s) => s !== '').join(' ');
}

export function leadCaption(lead: Lead, t: Translate = translate(langStore.getState().lang)): string {
  return typeof lead.TITLE === 'string' && lead.TITLE.trim() !== ''
    ? lead.TITLE
    : t('preview.lead.numbered', { id: lead.ID });
}
