const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

const REPLACEMENT = '\uFFFD';

/**
 * A numeric reference as a browser decodes it (HTML, "numeric character reference end state"):
 * 0, a surrogate (U+D800–DFFF) or anything past U+10FFFF is U+FFFD, never an exception. Digits
 * are not parsed into a number first, so `&#99999999999999999999;` cannot lose precision either.
 */
function decodeNumeric(digits: string, radix: 10 | 16): string {
  const significant = digits.replace(/^0+/, '');
  // U+10FFFF has 7 decimal and 6 hexadecimal digits: any longer number is out of range
  if (significant.length > (radix === 10 ? 7 : 6)) return REPLACEMENT;
  const code = significant === '' ? 0 : Number.parseInt(significant, radix);
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return REPLACEMENT;
  return String.fromCodePoint(code);
}

function decodeEntity(entity: string): string {
  if (entity.startsWith('#x') || entity.startsWith('#X')) return decodeNumeric(entity.slice(2), 16);
  if (entity.startsWith('#')) return decodeNumeric(entity.slice(1), 10);
  return ENTITIES[entity.toLowerCase()] ?? `&${entity};`;
}

/** Spaces and tabs off the end (a regex `[ \t]+$` retries from every blank: quadratic). */
function trimBlanksEnd(line: string): string {
  let end = line.length;
  while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end -= 1;
  return line.slice(0, end);
}

/**
 * `COMMENTS` is HTML on a portal (BITRIX24-API.md 1.11, type `html`): the preview shows it as plain
 * text, never as markup. Line breaks and paragraphs become newlines, every other tag is dropped,
 * entities are decoded once (so `&amp;lt;` stays the text `&lt;`). Every step is linear in the
 * length: a tag never spans another `<`, trailing blanks go line by line, so a comment of a
 * million `<` or spaces cannot stall the page.
 */
export function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h[1-6])\s*>/gi, '\n')
    .replace(/<[^<>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (_, entity: string) => decodeEntity(entity))
    .split('\n')
    .map(trimBlanksEnd)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
