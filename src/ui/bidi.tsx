import type { ReactNode } from 'react';

/**
 * Text that can reorder what follows it on the line: right-to-left letters (Hebrew, Arabic,
 * Syriac, Thaana, N'Ko and their astral kin) and the explicit bidi controls (LRE…RLO, LRI…PDI,
 * RLM, ALM). A portal name with an unclosed U+202E flips the app's own words after it.
 */
const REORDERING =
  /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u061C\u200F\u202A-\u202E\u2066-\u2069]|[\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

const FSI = '\u2068';
const PDI = '\u2069';

/**
 * A portal string for places that hold plain text only (an `<option>`, a `title`): wrapped in
 * FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE when it could reorder its surroundings, so
 * whatever it opens ends with it. Left-to-right text is returned as it is.
 */
export function isolateText(text: string): string {
  return REORDERING.test(text) ? `${FSI}${text}${PDI}` : text;
}

/**
 * A message with portal strings in its slots, each in its own `<bdi>`: "Personal layout of
 * <bdi>name</bdi>". `render` gets placeholders to put into the message (e.g. `t(key, slots)`).
 */
export function withIsolatedSlots(
  render: (slots: Readonly<Record<string, string>>) => string,
  values: Readonly<Record<string, string>>,
): ReactNode[] {
  const names = Object.keys(values);
  // private-use characters never occur in a message; the index finds the value after formatting
  const slots = Object.fromEntries(names.map((name, i) => [name, `\uE000${i}\uE001`]));
  return render(slots)
    .split(/\uE000(\d+)\uE001/)
    .map((part, i) =>
      i % 2 === 1 ? <bdi key={`slot${i}`}>{values[names[Number(part)] ?? ''] ?? ''}</bdi> : part,
    )
    .filter((part) => part !== '');
}
