import { useCallback } from 'react';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { catalogueFor, loadCatalogue, loadedCatalogue } from './catalogues';
import type { MessageKey } from './messages/en';
import { format } from './translate';
import type { Lang, Params } from './types';

const CHOICE_KEY = 'lcs:lang';

/** The interface language, app-wide; `setLang` remembers the user's choice on this device. */
export const langStore = createStore<{ lang: Lang }>()(() => ({ lang: 'en' }));
let wanted: Lang = 'en';

/**
 * Switches the interface to `lang` at once when its catalogue is loaded (the asked-for one is, from
 * before the first render); else the page keeps its language until the other catalogue arrives, so
 * no text ever shows half in one language.
 */
export function setLang(lang: Lang, remember = true): void {
  wanted = lang;
  if (loadedCatalogue(lang)) applyLang(lang);
  else
    loadCatalogue(lang).then(
      () => {
        if (wanted === lang) applyLang(lang); // unless another language was chosen meanwhile
      },
      () => undefined, // not reachable now: the page stays in its language, a later switch retries
    );
  if (remember) {
    try {
      localStorage.setItem(CHOICE_KEY, lang);
    } catch {
      // storage may be off (private mode, iframe policies): the choice lasts for this page only
    }
  }
}

function applyLang(lang: Lang): void {
  langStore.setState({ lang });
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}

/** Loads the catalogue of `lang` and makes it the interface language: main.tsx, before rendering. */
export async function startLang(lang: Lang): Promise<void> {
  wanted = lang;
  await loadCatalogue(lang);
  applyLang(lang);
}

export function rememberedLang(): string | null {
  try {
    return localStorage.getItem(CHOICE_KEY);
  } catch {
    return null;
  }
}

export type Translate = (key: MessageKey, params?: Params) => string;

export const translate =
  (lang: Lang): Translate =>
  (key, params) =>
    format(lang, catalogueFor(lang)[key], params);

/** `t(key, params)` in the current language; components re-render when it changes. */
export function useT(): Translate {
  const lang = useStore(langStore, (s) => s.lang);
  return useCallback<Translate>((key, params) => format(lang, catalogueFor(lang)[key], params), [lang]);
}

export function useLang(): Lang {
  return useStore(langStore, (s) => s.lang);
}
