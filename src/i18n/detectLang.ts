import { LANGS, type Lang } from './types';

const isLang = (v: string): v is Lang => (LANGS as readonly string[]).includes(v);

/**
 * The interface language: the user's own choice, else the portal's `LANG` (frame mode), else the
 * browser's languages; Russian for Russian, Ukrainian, Belarusian and Kazakh portals (Bitrix24
 * serves these regions in Russian), English otherwise.
 */
export function detectLang(
  chosen: string | null,
  portalLang: string | null,
  browser: readonly string[],
): Lang {
  if (chosen && isLang(chosen)) return chosen;
  for (const tag of [portalLang, ...browser]) {
    if (!tag) continue;
    const base = tag.toLowerCase().split(/[-_]/)[0] ?? '';
    if (isLang(base)) return base;
    if (['ua', 'uk', 'by', 'be', 'kz', 'kk'].includes(base)) return 'ru';
    if (tag === portalLang) return 'en'; // the portal spoke another language: English, not the browser's
  }
  return 'en';
}
