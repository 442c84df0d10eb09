import { describe, expect, it, vi } from 'vitest';
import {
  demoAuth,
  maskSecret,
  oauthAuth,
  parseWebhookUrl,
  webhookAuth,
  type WebhookUrlErrorCode,
} from './auth';
import { PortalError } from './errors';

describe('parseWebhookUrl', () => {
  it('reads a pasted webhook URL and masks the secret', () => {
    expect(parseWebhookUrl('  https://b24-abc.bitrix24.com/rest/7/k3y9s3cr3tvalue12/  ')).toEqual({
      ok: true,
      base: 'https://b24-abc.bitrix24.com/rest/7/k3y9s3cr3tvalue12/',
      portal: 'https://b24-abc.bitrix24.com',
      userId: 7,
      secretMasked: 'k3…12',
      baseMasked: 'https://b24-abc.bitrix24.com/rest/7/k3…12/',
    });
  });

  it('accepts a missing trailing slash, a trailing method, a query and plain http on localhost', () => {
    const bases = [
      'https://p.bitrix24.de/rest/1/abcdef',
      'https://p.bitrix24.de/rest/1/abcdef/profile.json',
      'https://p.bitrix24.de/rest/1/abcdef/crm.lead.list?start=50#x',
    ].map((u) => {
      const r = parseWebhookUrl(u);
      return r.ok ? r.base : r.error;
    });
    expect(bases).toEqual(Array(3).fill('https://p.bitrix24.de/rest/1/abcdef/'));
    const local = parseWebhookUrl('http://127.0.0.1:5173/rest/1/demoadmin/');
    expect(local.ok && [local.base, local.secretMasked, local.baseMasked]).toEqual([
      'http://127.0.0.1:5173/rest/1/demoadmin/',
      'de…in',
      'http://127.0.0.1:5173/rest/1/de…in/',
    ]);
    expect(parseWebhookUrl('http://localhost:5173/rest/2/demouser/').ok).toBe(true);
    expect(parseWebhookUrl('http://emulator:5173/rest/2/demouser/', { allowAnyHttp: true }).ok).toBe(true);
  });

  it('gives each bad input its own error and message', () => {
    const cases: [string, WebhookUrlErrorCode][] = [
      ['   ', 'empty'],
      ['b24-abc.bitrix24.com/rest/1/abc/', 'noScheme'],
      ['hello there', 'notUrl'],
      ['https://', 'notUrl'],
      ['ftp://b24-abc.bitrix24.com/rest/1/abc/', 'notHttp'],
      ['http://b24-abc.bitrix24.com/rest/1/abc/', 'insecureHttp'],
      ['https://me:pw@b24-abc.bitrix24.com/rest/1/abc/', 'hasCredentials'],
      ['https://b24-abc.bitrix24.com/', 'noRestPath'],
      ['https://b24-abc.bitrix24.com/rest/1/', 'noRestPath'],
      ['https://b24-abc.bitrix24.com/rest/1/abc/crm/lead/', 'noRestPath'],
      ['https://b24-abc.bitrix24.com/rest/0/abc/', 'badUserId'],
      ['https://b24-abc.bitrix24.com/rest/admin/abc/', 'badUserId'],
      ['https://b24-abc.bitrix24.com/rest/1/ab%20c/', 'badSecret'],
    ];
    const results = cases.map(([input]) => parseWebhookUrl(input));
    expect(results.map((r) => (r.ok ? 'ok' : r.error))).toEqual(cases.map(([, error]) => error));
    const messages = results.map((r) => (r.ok ? '' : r.message));
    expect(new Set(messages).size).toBe(new Set(cases.map(([, e]) => e)).size);
    expect(messages.filter((m) => m.includes('abc/'))).toEqual([]);
  });

  it('masks short secrets completely', () => {
    expect(maskSecret('abcd')).toBe('…');
    expect(maskSecret('demoadmin')).toBe('de…in');
  });
});

describe('auth providers', () => {
  it('webhookAuth keeps the secret out of id and masks it in texts; a bad URL is a validation error', async () => {
    const auth = webhookAuth('https://p.bitrix24.com/rest/3/supersecret99/');
    expect(auth.base).toBe('https://p.bitrix24.com/rest/3/supersecret99/');
    expect(auth.id).toBe('https://p.bitrix24.com#user3');
    expect(await auth.params()).toEqual({});
    expect(auth.refresh).toBeUndefined();
    expect(auth.mask('GET https://p.bitrix24.com/rest/3/supersecret99/profile.json')).toBe(
      'GET https://p.bitrix24.com/rest/3/su…99/profile.json',
    );
    expect(() => webhookAuth('http://p.bitrix24.com/rest/3/x/')).toThrow(PortalError);
  });

  it('demoAuth is the emulator demo admin webhook', () => {
    expect(demoAuth('http://127.0.0.1:5173/').base).toBe('http://127.0.0.1:5173/rest/1/demoadmin/');
    expect(demoAuth('http://emulator:5173').id).toBe('http://emulator:5173#user1');
  });

  it('oauthAuth builds PROTOCOL://DOMAIN/rest/, sends the token as auth and coalesces refreshes', async () => {
    let token = 't1';
    let release: () => void = () => {};
    const refresh = vi.fn<() => Promise<void>>(
      () =>
        new Promise<void>((r) => {
          release = () => {
            token = 't2';
            r();
          };
        }),
    );
    const auth = oauthAuth({ domain: 'localhost:5173', protocol: 0, getToken: () => token, refresh });
    expect(auth.base).toBe('http://localhost:5173/rest/');
    expect(await auth.params()).toEqual({ auth: 't1' });
    expect(auth.mask('token t1 here, auth=t1')).toBe('token t1 here, auth=…');
    const a = auth.refresh?.();
    const b = auth.refresh?.();
    release();
    await Promise.all([a, b]);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(await auth.params()).toEqual({ auth: 't2' });
    expect(oauthAuth({ domain: 'x.bitrix24.com', protocol: 1, getToken: () => '', refresh }).base).toBe(
      'https://x.bitrix24.com/rest/',
    );
  });
});
