import { describe, expect, it } from 'vitest';

/**
 * Colours are named once, as tokens in `:root` (src/styles/tokens.css); every rule uses the tokens, so a
 * colour changes in one place and the palette stays the checked one (WCAG AA pairs).
 */
const sheets = import.meta.glob<string>('./**/*.css', { query: '?raw', import: 'default', eager: true });

/** The hex colours of `css` written outside a `:root` block, as `file:line colour`. */
function strayColours(file: string, css: string): string[] {
  const out: string[] = [];
  let inRoot = false;
  css.split('\n').forEach((line, i) => {
    if (/^:root\b/.test(line)) inRoot = true;
    if (!inRoot) for (const m of line.matchAll(/#[0-9a-f]{3,8}\b/gi)) out.push(`${file}:${i + 1} ${m[0]}`);
    if (inRoot && line.startsWith('}')) inRoot = false;
  });
  return out;
}

describe('colour tokens', () => {
  it('reads the style sheets', () => {
    expect(Object.keys(sheets)).toContain('./styles/tokens.css');
    expect(Object.keys(sheets).length).toBeGreaterThan(5);
    // the text as written, not the empty module a test gets for an imported sheet
    expect(sheets['./styles/tokens.css']).toContain('--red-ink:');
    expect(Object.entries(sheets).filter(([, css]) => css.trim() === '')).toEqual([]);
  });

  it('no style sheet writes a colour outside the tokens', () => {
    expect(Object.entries(sheets).flatMap(([file, css]) => strayColours(file, css))).toEqual([]);
  });

  it('finds a stray colour and lets the token definitions be', () => {
    expect(strayColours('x.css', ':root {\n  --a: #fff;\n}\n.b {\n  color: #A1001A;\n}')).toEqual([
      'x.css:5 #A1001A',
    ]);
  });
});
