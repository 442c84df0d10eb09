import { useQuery } from '@tanstack/react-query';
import { SIMPLE_LEADS, type CardType } from '../../../domain/cardType';
import type { Layout } from '../../../domain/types';
import { useLang, useT } from '../../../i18n/i18nStore';
import type { Lang } from '../../../i18n/types';
import { useDocumentRegistry } from '../../../store/documents';
import type { DocumentKey } from '../../../store/documentKey';
import { portalErrorText } from '../../../ui/portalErrorText';
import { cardFieldsOf, defaultLayoutOf } from '../../../domain/cards';
import type { DocumentEnv } from '../document/documentContext';
import { layoutOf, layoutPairQuery } from '../document/storedLayouts';

/** Another document's layout for a comparison: its open draft if edited here, else what is saved. */
export type OtherLayout =
  | { readonly status: 'ready'; readonly layout: Layout; readonly note: string }
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly message: string };

/**
 * What the portal shows when nothing is stored for `card` (of the open document's entity): the
 * card's labels and section titles as a portal in `lang` shows them.
 */
export const portalDefault = (env: DocumentEnv, card: CardType, lang: Lang): Layout =>
  defaultLayoutOf(card, cardFieldsOf(card, env.fields, lang), lang);

/**
 * The layout of `key` (another document than the open one): the draft being edited in this
 * session when there is one with changes, else the stored layout (one request for the card's family
 * of that scope, cached), else the portal default in the interface language. `key === null` asks for nothing.
 */
export function useOtherLayout(env: DocumentEnv, key: DocumentKey | null): OtherLayout {
  const registry = useDocumentRegistry();
  const t = useT();
  const lang = useLang();
  const scopeKey = key ? { scope: key.scope, userId: key.userId } : { scope: 'C' as const, userId: null };
  const pair = useQuery({
    ...layoutPairQuery(env.client, scopeKey, key?.card ?? SIMPLE_LEADS),
    enabled: key !== null,
  });
  if (key === null) return { status: 'loading' };
  const open = registry.get(key)?.getState();
  if (open && open.draft !== open.saved) {
    return {
      status: 'ready',
      layout: open.draft,
      note: t('dialogs.other.draft'),
    };
  }
  if (pair.isError) return { status: 'error', message: portalErrorText(pair.error, t) };
  if (!pair.data) return { status: 'loading' };
  const stored = layoutOf(pair.data, key.card);
  return stored
    ? { status: 'ready', layout: stored.layout, note: t('dialogs.other.saved') }
    : {
        status: 'ready',
        layout: portalDefault(env, key.card, lang),
        note: t('dialogs.other.default'),
      };
}
