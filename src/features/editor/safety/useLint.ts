import { useStore } from 'zustand';
import type { CardField } from '../../../domain/cardFields';
import { lintLayout, type LintItem } from '../../../domain/lint';
import type { Layout } from '../../../domain/types';
import { langStore } from '../../../i18n/i18nStore';
import type { Lang } from '../../../i18n/types';
import type { DocumentEnv } from '../document/documentContext';

export interface LintSummary {
  readonly items: readonly LintItem[];
  readonly errors: number;
  readonly warnings: number;
}

// One result per draft object, shared by the badge, the panel and the save button.
const cache = new WeakMap<
  Layout,
  { cardFields: readonly CardField[]; lang: Lang; reference: Layout; summary: LintSummary }
>();

/**
 * The check of `draft` for the open document's card (cached while the draft object is the same);
 * contact fields a repeat card lacks are named in the interface language, as `cardFields` are.
 * What the card has now (the saved layout, or the portal default) tells which sections and
 * required fields a draft must keep.
 */
export function lintOf({ cardFields, fields, docKey, editor }: DocumentEnv, draft: Layout): LintSummary {
  const lang = langStore.getState().lang;
  const reference = editor.getState().saved;
  const hit = cache.get(draft);
  if (hit && hit.cardFields === cardFields && hit.lang === lang && hit.reference === reference) {
    return hit.summary;
  }
  const items = lintLayout(draft, {
    cardFields,
    card: docKey.card,
    portalFieldCodes: Object.keys(fields),
    lang,
    reference,
  });
  const summary = {
    items,
    errors: items.filter((i) => i.severity === 'error').length,
    warnings: items.filter((i) => i.severity === 'warning').length,
  };
  cache.set(draft, { cardFields, lang, reference, summary });
  return summary;
}

/** The live check: the calling component re-renders when the draft changes, nothing else. */
export function useLint(env: DocumentEnv): LintSummary {
  const draft = useStore(env.editor, (s) => s.draft);
  useStore(env.editor, (s) => s.saved); // a save changes what the draft is checked against
  return lintOf(env, draft);
}
