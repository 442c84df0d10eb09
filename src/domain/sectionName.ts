import type { Layout, SectionId } from './types';

/** The fallback when a title has nothing left after transliteration (e.g. only emoji or punctuation). */
export const FALLBACK_SECTION_NAME = 'section';

/** Longest slug kept before the uniqueness suffix; titles can be long, names only need to be readable. */
const MAX_SLUG_LENGTH = 40;

// Russian, Ukrainian and Belarusian letters; the common (BGN-like) romanisation, so "Контакты" -> "kontakty".
const CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  і: 'i',
  ї: 'yi',
  є: 'ye',
  ґ: 'g',
  ў: 'u',
};

/** Lower-case ASCII slug of `title`: Cyrillic transliterated, accents dropped, anything else -> `_`. */
export function slugifySectionTitle(title: string): string {
  const ascii = Array.from(title.toLowerCase(), (ch) => CYRILLIC[ch] ?? ch)
    .join('')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
  const slug = ascii
    .replace(/[^a-z0-9]+/g, '_')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/^_+|_+$/g, '');
  return slug === '' ? FALLBACK_SECTION_NAME : slug;
}

/**
 * Whether another section than `except` already has the portal name `name` (exact match: the
 * portal treats names as plain strings).
 */
export function isSectionNameTaken(layout: Layout, name: string, except?: SectionId): boolean {
  return layout.sections.some((s) => s.id !== except && s.name === name);
}

/**
 * A portal-safe section name for `title` that none of `takenNames` uses: the slug itself, else the
 * slug with the first free suffix `_2`, `_3`, ...
 */
export function deriveSectionName(title: string, takenNames: Iterable<string>): string {
  const taken = new Set(takenNames);
  const base = slugifySectionTitle(title);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}_${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
