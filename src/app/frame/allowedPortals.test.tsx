// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '../../i18n/i18nStore';
import { configuredPortals, isAllowedPortal, parseAllowedPortals } from './allowedPortals';
import { detectFrame } from './detectFrame';
import { FrameNotAllowed } from './FrameNotAllowed';

const CLOUD = parseAllowedPortals('https://*.bitrix24.ru https://*.bitrix24.com, https://*.bitrix24.com.br');

/** The portal origin of a frame as the app reads it from the iframe name and the query. */
function originOf(domain: string, protocol: 0 | 1 = 1): string {
  const frame = detectFrame(`${domain}|${protocol}|s1`, `?DOMAIN=${domain}&APP_SID=s1`, true);
  if (!frame) throw new Error(`not a frame: ${domain}`);
  return frame.portalOrigin;
}

describe('the frame DOMAIN check', () => {
  it('accepts a cloud portal under an allowed zone, in any case, on the default port', () => {
    expect(isAllowedPortal(originOf('b24-x1y2.bitrix24.ru'), CLOUD)).toBe(true);
    expect(isAllowedPortal(originOf('Sales.Bitrix24.COM'), CLOUD)).toBe(true);
    expect(isAllowedPortal(originOf('a.b.bitrix24.com.br'), CLOUD)).toBe(true);
    expect(isAllowedPortal(originOf('b24-x.bitrix24.ru:443'), CLOUD)).toBe(true);
  });

  it('refuses look-alikes, other zones, plain http and other ports', () => {
    for (const domain of [
      'bitrix24.ru.evil.example',
      'evilbitrix24.ru',
      'bitrix24.ru', // a wildcard covers subdomains only, as in CSP
      'b24-x.bitrix24.de',
      'b24-x.bitrix24.ru:8443',
    ])
      expect([domain, isAllowedPortal(originOf(domain), CLOUD)]).toEqual([domain, false]);
    expect(isAllowedPortal(originOf('b24-x.bitrix24.ru', 0), CLOUD)).toBe(false);
  });

  it('matches an exact host, a given port and any port', () => {
    const own = parseAllowedPortals(
      'https://crm.example.com:8443 http://127.0.0.1:* https://b24.example.org',
    );
    expect(isAllowedPortal(originOf('crm.example.com:8443'), own)).toBe(true);
    expect(isAllowedPortal(originOf('crm.example.com'), own)).toBe(false);
    expect(isAllowedPortal(originOf('127.0.0.1:5173', 0), own)).toBe(true);
    expect(isAllowedPortal(originOf('b24.example.org'), own)).toBe(true);
    expect(isAllowedPortal(originOf('x.b24.example.org'), own)).toBe(false);
  });

  it('reads the list from the page, else from the build; none means no check, a broken one allows nothing', () => {
    const page = (content: string | null) => {
      document.head.innerHTML =
        content === null ? '' : `<meta name="lcs-allowed-portals" content="${content}">`;
      return document;
    };
    expect(configuredPortals(page(null), undefined)).toBeNull();
    expect(configuredPortals(page(null), '  ')).toBeNull();
    expect(configuredPortals(page(null), 'https://*.bitrix24.kz')).toEqual([
      { scheme: 'https', anySubdomain: true, host: 'bitrix24.kz', port: null },
    ]);
    expect(configuredPortals(page('https://a.example'), 'https://*.bitrix24.kz')).toEqual([
      { scheme: 'https', anySubdomain: false, host: 'a.example', port: null },
    ]);
    const broken = configuredPortals(page("'self' *; https://x/path"), undefined);
    expect(broken).toEqual([]);
    expect(isAllowedPortal(originOf('b24-x.bitrix24.ru'), broken ?? [])).toBe(false);
  });
});

describe('FrameNotAllowed', () => {
  afterEach(() => setLang('en', false));

  it('says in English and Russian that this portal may not use the app, naming it', () => {
    setLang('en', false);
    const { unmount } = render(<FrameNotAllowed domain="evil.example" />);
    expect(screen.getByRole('alert').textContent).toContain('This portal may not use this copy of the app');
    expect(screen.getByRole('alert').textContent).toContain('opened inside evil.example');
    unmount();
    setLang('ru', false);
    render(<FrameNotAllowed domain="evil.example" />);
    expect(screen.getByRole('alert').textContent).toContain('Этому порталу не разрешено работать');
    expect(screen.getByRole('alert').textContent).toContain('внутри evil.example');
  });
});
