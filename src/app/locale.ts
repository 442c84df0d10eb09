import { detectLang } from '../i18n/detectLang';
import type { Lang } from '../i18n/types';

/**
 * The language the portal asked for. Inside Bitrix24 that is `LANG` (query, then `getInitData`);
 * elsewhere there is none. The frame app marks the page with it (`<html lang>`, `data-portal-lang`)
 * and offers it to `detectLang`, after the user's own choice.
 */
export interface PortalLocale {
  /** `LANG` exactly as the portal sent it, lower case (`ru`, `de`, `ua`); null outside a portal. */
  readonly portalLang: string | null;
  /** The interface language that fits it (`detectLang`: `ua`/`by`/`kz` → `ru`, others → `en`). */
  readonly interfaceLang: Lang;
}

/** The portal's `LANG` and its interface language; sets `<html lang>` to that language. */
export function applyPortalLang(
  portalLang: string | null,
  doc: Document | undefined = globalThis.document,
): PortalLocale {
  const lang = portalLang === null ? null : portalLang.toLowerCase();
  const locale: PortalLocale = { portalLang: lang, interfaceLang: detectLang(null, lang, []) };
  if (doc && lang !== null) {
    doc.documentElement.lang = locale.interfaceLang;
    doc.documentElement.dataset['portalLang'] = lang;
  }
  return locale;
}
