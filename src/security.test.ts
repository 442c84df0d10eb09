import { describe, expect, it } from 'vitest';
import indexHtml from '../index.html?raw';
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy } from '../vite.config';

/**
 * What the portal sends is text, never markup (issue 8): no source file may write HTML or run
 * strings as code, and the page ships a Content Security Policy without inline script. oxlint's
 * `react/no-danger` covers JSX; this scan also covers the DOM APIs around it.
 */
const sources = import.meta.glob<string>(['./**/*.ts', './**/*.tsx', '!./**/*.test.ts', '!./**/*.test.tsx'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

const RAW_HTML_SINKS: readonly [string, RegExp][] = [
  ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
  ['innerHTML / outerHTML', /\.(inner|outer)HTML\b/],
  ['insertAdjacentHTML', /insertAdjacentHTML/],
  ['document.write', /document\.write(ln)?\s*\(/],
  ['createContextualFragment', /createContextualFragment/],
  ['srcdoc', /\bsrcdoc\b|srcDoc/],
  ['eval', /(^|[^.\w])eval\s*\(/],
  ['new Function', /new\s+Function\s*\(/],
  ['string timers', /set(Timeout|Interval)\s*\(\s*['"`]/],
];

const directives = (policy: string): Map<string, string[]> =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name = '', ...values]) => [name, values]),
  );

describe('no raw HTML, no code from strings', () => {
  it('scans a meaningful number of source files', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(100);
  });

  it.each(RAW_HTML_SINKS)('no source file uses %s', (_, pattern) => {
    const offenders = Object.entries(sources)
      .filter(([, text]) => pattern.test(text))
      .map(([file]) => file);
    expect(offenders).toEqual([]);
  });
});

describe('Content Security Policy', () => {
  it('allows scripts and styles only from the app itself', () => {
    const d = directives(CONTENT_SECURITY_POLICY);
    expect(d.get('script-src')).toEqual(["'self'"]);
    expect(d.get('style-src')).toEqual(["'self'"]);
    expect(d.get('default-src')).toEqual(["'self'"]);
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('base-uri')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|strict-dynamic|'nonce-|'sha\d/);
  });

  it('lets the app reach its own origin, https portals and a loopback emulator, nothing else', () => {
    expect(directives(CONTENT_SECURITY_POLICY).get('connect-src')).toEqual([
      "'self'",
      'https:',
      'http://127.0.0.1:*',
      'http://localhost:*',
    ]);
  });

  it('is put into the built page right after the charset, before any script', () => {
    const plugin = contentSecurityPolicy();
    expect(plugin.apply).toBe('build');
    const transform = plugin.transformIndexHtml;
    if (typeof transform !== 'function') throw new Error('transformIndexHtml should be a function');
    const built = String(transform.call(undefined as never, indexHtml, undefined as never));
    const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
    expect(built).toContain(meta);
    expect(built.indexOf(meta)).toBeLessThan(built.indexOf('<script'));
    expect(built.indexOf('<meta charset')).toBeLessThan(built.indexOf(meta));
  });

  it('index.html has no inline script and no inline event handler', () => {
    const scripts = [...indexHtml.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs = '', body = ''] of scripts) {
      expect(attrs).toMatch(/\bsrc=/);
      expect(body.trim()).toBe('');
    }
    expect(indexHtml).not.toMatch(/\son[a-z]+\s*=/i);
    expect(indexHtml).not.toMatch(/<style\b/i);
  });
});
