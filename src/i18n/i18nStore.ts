import { useCallback } from 'react';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { en, type MessageKey } from './messages/en';
import { ru } from './messages/ru';
import { format } from './translate';
import type { Lang, Message, Params } from './types';

const CATALOGUES: Readonly<Record<Lang, Readonly<Record<MessageKey, Message>>>> = { en, ru };
const CHOICE_KEY = 'lcs:lang';

/** The interface language, app-wide; `setLang` remembers the user's choice on this device. */
export const langStore = createStore<{ lang: Lang }>()(() => ({ lang: 'en' }));

export function setLang(lang: Lang, remember = true): void {
  langStore.setState({ lang });
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
  if (remember) {
    try {
      localStorage.setItem(CHOICE_KEY, lang);
    } catch {
      // storage may be off (private mode, iframe policies): the choice lasts for this page only
    }
  }
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
    format(lang, CATALOGUES[lang][key], params);

/** `t(key, params)` in the current language; components re-render when it changes. */
export function useT(): Translate {
  const lang = useStore(langStore, (s) => s.lang);
  return useCallback<Translate>((key, params) => format(lang, CATALOGUES[lang][key], params), [lang]);
}

export function useLang(): Lang {
  return useStore(langStore, (s) => s.lang);
}
