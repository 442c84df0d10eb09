import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../vite.config';

/**
 * A portal's data never decides what the browser fetches (issue 20: a stage `COLOR` of
 * `red url(https://…)` in a style made every viewer fetch that URL). The app loads images only
 * from itself (its icon), so the policy allows nothing else; every style fed by data goes
 * through a check; no stylesheet or source file loads an image from elsewhere.
 */
const sources = import.meta.glob<string>(['./**/*.tsx', '!./**/*.test.tsx'], {
  query: '?raw',
  import: 'default',
  eager: true,
});
const styles = import.meta.glob<string>('./**/*.css', { query: '?raw', import: 'default', eager: true });

const directive = (name: string): string[] | undefined =>
  CONTENT_SECURITY_POLICY.split(';')
    .map((d) => d.trim().split(/\s+/))
    .find((d) => d[0] === name)
    ?.slice(1);

/**
 * Every `style={…}` the app has: constants, layout numbers, dnd-kit's drag transforms, and the
 * stage colour, which is a variable named `color` that only safeColor fills.
 */
const ALLOWED_STYLES: readonly RegExp[] = [
  /^\{\{ outline: 'none' \}\}$/,
  /^\{\{ height: \d+(, (width: '\d+%'|marginBottom: \d+))? \}\}$/,
  /^\{\{ transform: CSS\.Translate\.toString\(transform\), transition(: transition)? \}\}$/,
  /^\{\{ background: color \}\}$/,
  /^\{i <= reached \? \{ background: color \} : undefined\}$/,
  // a section's height for content-visibility, from its field count (SectionCard)
  /^\{size as CSSProperties\}$/,
  // the room of the palette rows a long list does not mount, from the row count (Palette)
  /^\{\{ height: win\.pad(Top|Bottom) \}\}$/,
];

/** The expression of each `style=` prop, braces balanced. */
function styleProps(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/style=\{/g)) {
    let depth = 0;
    let end = m.index + 'style='.length;
    for (; end < text.length; end += 1) {
      if (text[end] === '{') depth += 1;
      if (text[end] === '}') depth -= 1;
      if (depth === 0) break;
    }
    out.push(text.slice(m.index + 'style='.length, end + 1).replace(/\s+/g, ' '));
  }
  return out;
}

describe('images and styles fed by portal data', () => {
  it('images come from the app only: no https:, no data:', () => {
    expect(directive('img-src')).toEqual(["'self'"]);
  });

  it('no stylesheet and no component loads an image from anywhere', () => {
    expect(Object.keys(styles).length).toBeGreaterThan(3);
    expect(Object.entries(styles).filter(([, css]) => css.trim() === '')).toEqual([]);
    for (const [file, css] of Object.entries(styles))
      expect(`${file}: ${/url\(/.test(css)}`).toBe(`${file}: false`);
    const imgs = Object.values(sources).flatMap((s) => [...s.matchAll(/<img\b[^>]*>/g)].map((m) => m[0]));
    expect(imgs).toEqual(['<img src="./favicon.svg" alt="" />']);
  });

  it('every inline style is a constant, a drag transform or a colour checked by safeColor', () => {
    const found = Object.entries(sources).flatMap(([file, text]) =>
      styleProps(text).map((style) => ({ file, style })),
    );
    expect(found.length).toBeGreaterThan(4);
    expect(found.filter((f) => !ALLOWED_STYLES.some((re) => re.test(f.style)))).toEqual([]);
    // the colour a style gets comes from safeColor in the same file
    for (const { file } of found.filter((f) => f.style.includes('color')))
      expect(`${file}: ${/safeColor\(/.test(sources[file] ?? '')}`).toBe(`${file}: true`);
  });
});
