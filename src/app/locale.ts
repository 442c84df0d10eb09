import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { detectLang } from '../i18n/detectLang';
import type { Lang } from '../i18n/types';

/**
 * The language the portal asked for. Inside Bitrix24 that is `LANG` (query, then `getInitData`);
 * elsewhere there is none. The interface is still English only: this records the portal's wish and
 * marks the page (`<html lang>`, `data-portal-lang`), so the translation work (issue 9) can call
 * `setLang(interfaceLang)` from here without looking for `LANG` again.
 */
export interface PortalLocale {
  /** `LANG` exactly as the portal sent it, lower case (`ru`, `de`, `ua`); null outside a portal. */
  readonly portalLang: string | null;
  /** The interface language that fits it (`detectLang`: `ua`/`by`/`kz` → `ru`, others → `en`). */
  readonly interfaceLang: Lang;
}

export const portalLocaleStore = createStore<PortalLocale>()(() => ({
  portalLang: null,
  interfaceLang: 'en',
}));

/** Records the portal's `LANG` and sets `<html lang>` to the matching interface language. */
export function applyPortalLang(
  portalLang: string | null,
  doc: Document | undefined = globalThis.document,
): PortalLocale {
  const lang = portalLang === null ? null : portalLang.toLowerCase();
  const locale: PortalLocale = { portalLang: lang, interfaceLang: detectLang(null, lang, []) };
  portalLocaleStore.setState(locale);
  if (doc && lang !== null) {
    doc.documentElement.lang = locale.interfaceLang;
    doc.documentElement.dataset['portalLang'] = lang;
  }
  return locale;
}

export const usePortalLocale = (): PortalLocale => useStore(portalLocaleStore);
