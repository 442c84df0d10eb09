import { useStore } from 'zustand';
import type { CardField } from '../../domain/cardFields';
import { lintLayout, type LintItem } from '../../domain/lint';
import type { Layout } from '../../domain/types';
import { langStore } from '../../i18n/i18nStore';
import type { Lang } from '../../i18n/types';
import type { DocumentEnv } from './documentEnv';

export interface LintSummary {
  readonly items: readonly LintItem[];
  readonly errors: number;
  readonly warnings: number;
}

// One result per draft object, shared by the badge, the panel and the save button.
const cache = new WeakMap<Layout, { cardFields: readonly CardField[]; lang: Lang; summary: LintSummary }>();

/**
 * The check of `draft` for the open document's card (cached while the draft object is the same);
 * contact fields a repeat card lacks are named in the interface language, as `cardFields` are.
 */
export function lintOf({ cardFields, fields, docKey }: DocumentEnv, draft: Layout): LintSummary {
  const lang = langStore.getState().lang;
  const hit = cache.get(draft);
  if (hit && hit.cardFields === cardFields && hit.lang === lang) return hit.summary;
  const items = lintLayout(draft, {
    cardFields,
    leadType: docKey.leadType,
    portalFieldCodes: Object.keys(fields),
    lang,
  });
  const summary = {
    items,
    errors: items.filter((i) => i.severity === 'error').length,
    warnings: items.filter((i) => i.severity === 'warning').length,
  };
  cache.set(draft, { cardFields, lang, summary });
  return summary;
}

/** The live check: the calling component re-renders when the draft changes, nothing else. */
export function useLint(env: DocumentEnv): LintSummary {
  const draft = useStore(env.editor, (s) => s.draft);
  return lintOf(env, draft);
}
