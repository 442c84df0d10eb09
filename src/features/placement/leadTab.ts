import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  leadTabRows,
  placementBindCommand,
  placementKeys,
  placementsQuery,
  placementUnbindCommand,
} from '../../api/methods/placements';
import { callCommand, type PortalClient } from '../../api/transport';
import { loadCatalogue } from '../../i18n/catalogues';
import { translate } from '../../i18n/i18nStore';
import { LANGS } from '../../i18n/types';

/**
 * The URL the portal opens the tab with: this page without the frame's query (`DOMAIN`, `APP_SID`…),
 * which the portal adds itself each time it opens the handler.
 */
export const handlerUrl = (): string => `${location.origin}${location.pathname}`;

/**
 * The tab's title in every language the app speaks (`LANG_ALL`); a visit loads only its own
 * language, so the others are fetched first.
 */
export async function tabTitles(): Promise<Record<string, string>> {
  await Promise.all(LANGS.map((lang) => loadCatalogue(lang)));
  return Object.fromEntries(LANGS.map((lang) => [lang, translate(lang)('placement.tabTitle')]));
}

/** Whether the app's lead tab is bound, and the two actions on it; `placement.get` is read back after each. */
export function useLeadTab(client: PortalClient, handler: string) {
  const queryClient = useQueryClient();
  const rows = useQuery(placementsQuery(client));
  const refresh = () => queryClient.invalidateQueries({ queryKey: placementKeys.all(client) });
  const bind = useMutation({
    mutationFn: async () => callCommand(client, placementBindCommand(handler, await tabTitles())),
    onSettled: refresh,
  });
  const unbind = useMutation({
    mutationFn: () => callCommand(client, placementUnbindCommand(handler)),
    onSettled: refresh,
  });
  const bound = rows.data === undefined ? undefined : leadTabRows(rows.data, handler).length > 0;
  return { rows, bound, bind, unbind };
}

/** The first-run offer is made once per portal (its `member_id`) on this device. */
const offerKey = (memberId: string) => `lcs.leadTabOffer.${memberId}`;

export function offerAnswered(memberId: string): boolean {
  try {
    return localStorage.getItem(offerKey(memberId)) !== null;
  } catch {
    return true; // no storage: never nag on every start
  }
}

export function rememberOfferAnswer(memberId: string, answer: 'added' | 'declined'): void {
  try {
    localStorage.setItem(offerKey(memberId), answer);
  } catch {
    // nothing to remember with
  }
}
