/**
 * The HTTP surface (BITRIX24-API.md 4): URL forms, parameter encodings, envelope and headers,
 * authentication errors, OAuth tokens, the rate limit and fault injection.
 */
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PortalErrorBodySchema } from '../../src/api/schemas/envelope';
import { LeakyBucket } from '../rateLimit';
import { ADMIN, ADMIN_TOKEN, dig, NOCRM, startPortal, toForm, type TestPortal } from './harness';

let portal: TestPortal;
beforeAll(async () => {
  portal = await startPortal();
});
afterAll(() => portal.close());

const authError = (error: string, error_description: string) => ({ error, error_description });

describe('URLs, parameters, envelope', () => {
  it('webhook and OAuth URL forms, optional .json, method names in any case, GET and POST', async () => {
    const answers = await Promise.all([
      portal.get(`${ADMIN}profile`),
      portal.get(`${ADMIN}PROFILE.json`),
      portal.json(`${ADMIN}Profile.JSON`, {}),
      portal.get(`/rest/profile.json?auth=${ADMIN_TOKEN}`),
      portal.form('/rest/profile', { auth: ADMIN_TOKEN }),
      fetch(`${portal.url}/rest/profile`, { headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } }).then((r) =>
        r.json(),
      ),
    ]);
    for (const answer of answers) {
      const json = 'json' in answer && 'status' in answer ? answer.json : answer;
      expect(dig(json, 'result', 'ID')).toBe('1');
    }
  });

  it('body wins over the query; unknown params and SDK telemetry are ignored', async () => {
    const reply = await portal.json(`${ADMIN}crm.lead.get?id=1&bx24_request_id=x&bx24_sdk_ver=2.2.0`, {
      id: 1590,
      junk: 1,
    });
    expect(dig(reply.json, 'result', 'ID')).toBe('1590');
    const queryOnly = await portal.form(`${ADMIN}crm.lead.get?id=1596`, { other: 'x' });
    expect(dig(queryOnly.json, 'result', 'ID')).toBe('1596');
  });

  it('malformed JSON is "no parameters"; JSON is not read when the POST has form fields', async () => {
    const bad = await fetch(`${portal.url}${ADMIN}crm.lead.get?id=1590`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"id": 1596,',
    });
    expect(dig(await bad.json(), 'result', 'ID')).toBe('1590');
    const form = await fetch(`${portal.url}${ADMIN}crm.lead.get`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'id=1602',
    });
    expect(dig(await form.json(), 'result', 'ID')).toBe('1602');
  });

  it('multipart/form-data is read with bracket syntax too', async () => {
    const data = new FormData();
    data.append('fields[TITLE]', 'Multipart lead');
    data.append('fields[EMAIL][0][VALUE]', 'mp@example.com');
    const added = await fetch(`${portal.url}${ADMIN}crm.lead.add`, { method: 'POST', body: data });
    const id = dig(await added.json(), 'result');
    const lead = await portal.json(`${ADMIN}crm.lead.get`, { id });
    expect(dig(lead.json, 'result', 'TITLE')).toBe('Multipart lead');
    expect(dig(lead.json, 'result', 'EMAIL', 0, 'VALUE')).toBe('mp@example.com');
  });

  it('success envelope and headers; PHP-style JSON escaping', async () => {
    const reply = await portal.get(`${ADMIN}user.get?ID=3`);
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(reply.headers.get('access-control-allow-origin')).toBe('*');
    expect(reply.headers.get('access-control-allow-headers')).toBe('origin, content-type, accept');
    expect(reply.headers.get('x-content-type-options')).toBe('nosniff');
    expect(reply.text).toContain('"NAME":"\\u0418\\u0432\\u0430\\u043d"'); // Иван
    expect(reply.text).toContain('"TIMESTAMP_X":{}');
    expect(dig(reply.json, 'result', 0, 'NAME')).toBe('Иван');
    expect(Object.keys(reply.json as object)).toEqual(['result', 'total', 'time']);
  });

  it('OPTIONS answers 200 with the CORS headers and never reaches a method', async () => {
    const res = await fetch(`${portal.url}${ADMIN}crm.lead.add`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://example.com', 'Access-Control-Request-Method': 'POST' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-headers')).toBe('origin, content-type, accept');
    expect(await res.text()).toBe('');
  });

  it('errors carry only {error, error_description} with the portal status, and CORS headers', async () => {
    const reply = await portal.get('/rest/no.such.method');
    expect(reply.status).toBe(404);
    expect(PortalErrorBodySchema.strict().parse(reply.json)).toEqual(
      authError('ERROR_METHOD_NOT_FOUND', 'Method not found!'),
    );
    expect(reply.headers.get('access-control-allow-origin')).toBe('*');
    const missing = await portal.get(`${ADMIN}`);
    expect(missing.status).toBe(404);
  });
});

describe('authentication (4.1, 4.7)', () => {
  it('webhook errors: wrong secret, unknown user, missing crm scope', async () => {
    const wrong = await portal.get('/rest/1/wrongsecret/profile');
    expect(wrong.status).toBe(401);
    expect(wrong.json).toEqual(authError('INVALID_CREDENTIALS', 'Invalid request credentials'));
    const nobody = await portal.get('/rest/99/demoadmin/profile');
    expect(nobody.json).toEqual(authError('INVALID_CREDENTIALS', 'Invalid request credentials'));
    const noCrm = await portal.get(`${NOCRM}crm.lead.fields`);
    expect(noCrm.status).toBe(401);
    expect(noCrm.json).toEqual(
      authError(
        'insufficient_scope',
        'The request requires higher privileges than provided by the webhook token',
      ),
    );
    expect(dig((await portal.get(`${NOCRM}user.current`)).json, 'result', 'ID')).toBe('3');
    expect(dig((await portal.get(`${NOCRM}app.info`)).json, 'result')).toEqual({
      SCOPE: ['user'],
      LICENSE: 'en_pro100',
    });
  });

  it('OAuth: no auth, unknown token, expired token', async () => {
    const none = await portal.get('/rest/profile');
    expect(none.status).toBe(401);
    expect(none.json).toEqual(authError('NO_AUTH_FOUND', 'Wrong authorization data'));
    const unknown = await portal.get('/rest/profile?auth=nope');
    expect(unknown.status).toBe(401);
    expect(unknown.json).toEqual(authError('invalid_token', 'The access token provided is invalid.'));
    const expired = await portal.json('/rest/profile', { auth: 'demo-expired-token' });
    expect(expired.status).toBe(401);
    expect(expired.json).toEqual(authError('expired_token', 'The access token provided has expired.'));
  });

  it('unknown methods are 404 before authentication, whatever their name', async () => {
    for (const method of ['crm.nothing', '__proto__', 'constructor', 'toString']) {
      const reply = await portal.get(`/rest/1/wrongsecret/${method}`);
      expect(reply.status).toBe(404);
    }
  });

  it('a user without CRM access gets Access denied. from every crm method', async () => {
    const minted = await portal.control('POST', '/_emulator/oauth/token', { userId: 8 });
    const auth = dig(minted.json, 'access_token') as string;
    for (const method of ['crm.lead.fields', 'crm.lead.list', 'crm.lead.details.configuration.get']) {
      const reply = await portal.json(`/rest/${method}`, { auth });
      expect(reply.status).toBe(400);
      expect(reply.json).toEqual({ error: '', error_description: 'Access denied.' });
    }
    expect(dig((await portal.json('/rest/user.current', { auth })).json, 'result', 'ID')).toBe('8');
  });

  it('an empty auth value is no auth', async () => {
    const reply = await portal.form('/rest/profile', { auth: '' });
    expect(reply.json).toEqual(authError('NO_AUTH_FOUND', 'Wrong authorization data'));
  });

  it('raw non-ASCII bytes in the URL get a JSON 400 explaining the fix', async () => {
    const { port } = new URL(portal.url);
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () => {
        socket.write(
          Buffer.concat([
            Buffer.from(`GET ${ADMIN}profile?n=`),
            Buffer.from('Вася'),
            Buffer.from(' HTTP/1.1\r\nHost: x\r\n\r\n'),
          ]),
        );
      });
      let out = '';
      socket.on('data', (d: Buffer) => (out += d.toString()));
      socket.on('close', () => resolve(out));
      socket.on('error', reject);
    });
    expect(raw).toMatch(/^HTTP\/1\.1 400 /);
    expect(raw).toContain('"error":"INVALID_REQUEST"');
  });

  it('minted tokens work, expire, refresh; app.info shows the app', async () => {
    const minted = await portal.control('POST', '/_emulator/oauth/token', { userId: 2, ttlSeconds: 60 });
    expect(minted.json).toMatchObject({
      access_token: expect.any(String),
      refresh_token: expect.any(String),
      expires_in: 60,
    });
    const token = dig(minted.json, 'access_token') as string;
    expect(dig((await portal.form('/rest/user.current', { auth: token })).json, 'result', 'ID')).toBe('2');
    expect(dig((await portal.json('/rest/app.info', { auth: token })).json, 'result')).toMatchObject({
      ID: 1,
      CODE: expect.any(String),
      VERSION: 1,
      STATUS: 'L',
      INSTALLED: true,
    });

    const short = await portal.control('POST', '/_emulator/oauth/token', { userId: 1, ttlSeconds: 0 });
    const stale = await portal.get(`/rest/profile?auth=${dig(short.json, 'access_token') as string}`);
    expect(dig(stale.json, 'error')).toBe('expired_token');
    const refreshed = await portal.control('POST', '/_emulator/oauth/refresh', {
      refresh_token: dig(short.json, 'refresh_token'),
    });
    expect(
      dig(
        (await portal.get(`/rest/profile?auth=${dig(refreshed.json, 'access_token') as string}`)).json,
        'result',
        'ID',
      ),
    ).toBe('1');
    const reused = await portal.control('POST', '/_emulator/oauth/refresh', {
      refresh_token: dig(short.json, 'refresh_token'),
    });
    expect(reused.status).toBe(400);
    expect(reused.json).toEqual({ error: 'invalid_grant', error_description: 'Invalid refresh token' });

    const userOnly = await portal.control('POST', '/_emulator/oauth/token', { userId: 1, scope: 'user' });
    const noCrm = await portal.get(
      `/rest/crm.lead.fields?auth=${dig(userOnly.json, 'access_token') as string}`,
    );
    expect(noCrm.json).toEqual(
      authError(
        'insufficient_scope',
        'The request requires higher privileges than provided by the access token',
      ),
    );
  });
});

describe('fault injection (/_emulator/faults)', () => {
  it('fails the next N calls of a method with a status and error', async () => {
    await portal.control('POST', '/_emulator/faults', {
      method: 'crm.lead.fields',
      count: 2,
      status: 503,
      error: 'OVERLOAD_LIMIT',
      description: 'REST API is blocked due to overload.',
    });
    expect((await portal.get(`${ADMIN}profile`)).status).toBe(200); // other methods unaffected
    for (let i = 0; i < 2; i++) {
      const reply = await portal.get(`${ADMIN}crm.lead.fields`);
      expect(reply.status).toBe(503);
      expect(reply.json).toEqual({
        error: 'OVERLOAD_LIMIT',
        error_description: 'REST API is blocked due to overload.',
      });
    }
    expect((await portal.get(`${ADMIN}crm.lead.fields`)).status).toBe(200);
  });

  it('delays, broken bodies, dropped connections; list and clear', async () => {
    await portal.control('POST', '/_emulator/faults', [
      { delayMs: 300 },
      { body: 'html' },
      { body: 'truncated' },
      { body: 'empty' },
      { drop: true },
    ]);
    const t0 = Date.now();
    expect((await portal.get(`${ADMIN}profile`)).status).toBe(200);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(290);

    const html = await portal.get(`${ADMIN}profile`);
    expect(html.status).toBe(502);
    expect(html.headers.get('content-type')).toContain('text/html');
    expect(html.json).toBeUndefined();

    const truncated = await portal.get(`${ADMIN}profile`);
    expect(truncated.status).toBe(200);
    expect(truncated.text.startsWith('{"result":')).toBe(true);
    expect(truncated.json).toBeUndefined();

    const empty = await portal.get(`${ADMIN}profile`);
    expect(empty.text).toBe('');

    await expect(fetch(`${portal.url}${ADMIN}profile`)).rejects.toThrow(/fetch failed/);

    await portal.control('POST', '/_emulator/faults', { method: 'profile', count: 5, status: 500 });
    expect(dig((await portal.control('GET', '/_emulator/faults')).json, 'faults', 0, 'remaining')).toBe(5);
    await portal.control('DELETE', '/_emulator/faults');
    expect((await portal.get(`${ADMIN}profile`)).status).toBe(200);
  });

  it('quotes the request URL, with the webhook secret, as a proxy or a 401 text does', async () => {
    await portal.control('POST', '/_emulator/faults', [
      { method: 'profile', quoteUrl: 'plain' },
      {
        method: 'profile',
        status: 401,
        error: 'INVALID_CREDENTIALS',
        description: 'Denied for',
        quoteUrl: 'encoded',
      },
      { method: 'profile', body: 'html', quoteUrl: 'plain' },
    ]);
    const url = `${portal.url}${ADMIN}profile.json`;
    const plain = await portal.json(`${ADMIN}profile.json`, {});
    expect([plain.status, plain.json]).toEqual([
      500,
      { error: 'INTERNAL_SERVER_ERROR', error_description: `Upstream request failed: POST ${url}` },
    ]);
    const encoded = await portal.json(`${ADMIN}profile.json`, {});
    expect([encoded.status, encoded.json]).toEqual([
      401,
      { error: 'INVALID_CREDENTIALS', error_description: `Denied for POST ${encodeURIComponent(url)}` },
    ]);
    const html = await portal.json(`${ADMIN}profile.json`, {});
    expect(html.status).toBe(502);
    expect(html.text).toContain(`<p>upstream POST ${url}</p>`);
  });

  it('rejects malformed fault specs', async () => {
    const reply = await portal.control('POST', '/_emulator/faults', { status: 'soon' });
    expect(reply.status).toBe(400);
  });
});

describe('rate limit (4.6)', () => {
  it('a burst of 50 passes, the 51st gets 503 QUERY_LIMIT_EXCEEDED; a batch counts once', async () => {
    const limited = await startPortal({ rateLimit: { capacity: 50, drainPerSecond: 0.01 } });
    try {
      const cmd = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`p${i}`, 'profile']));
      const burst = await Promise.all([
        ...Array.from({ length: 49 }, () => fetch(`${limited.url}${ADMIN}profile`).then((r) => r.status)),
        limited.form(`${ADMIN}batch`, { cmd }).then((r) => r.status),
      ]);
      expect(burst.every((s) => s === 200)).toBe(true);
      const over = await limited.get(`${ADMIN}profile`);
      expect(over.status).toBe(503);
      expect(over.json).toEqual({ error: 'QUERY_LIMIT_EXCEEDED', error_description: 'Too many requests' });
      expect(over.headers.get('access-control-allow-origin')).toBe('*');
    } finally {
      await limited.close();
    }
  });

  it('the bucket: 50 at once, then one more per half second (fake clock)', () => {
    const bucket = new LeakyBucket(undefined, undefined, 0);
    for (let i = 0; i < 50; i++) expect(bucket.take(0)).toBe(true);
    expect(bucket.take(0)).toBe(false);
    expect(bucket.take(400)).toBe(false);
    expect(bucket.take(500)).toBe(true);
    expect(bucket.take(500)).toBe(false);
    expect([...Array(10)].map(() => bucket.take(5500)).filter(Boolean)).toHaveLength(10);
  });

  it('is off with rateLimit: false', async () => {
    const statuses = await Promise.all(
      Array.from({ length: 80 }, () => fetch(`${portal.url}${ADMIN}profile`).then((r) => r.status)),
    );
    expect(new Set(statuses)).toEqual(new Set([200]));
  });
});

describe('control endpoints', () => {
  it('reset reseeds; unknown endpoints are 404', async () => {
    await portal.json(`${ADMIN}crm.lead.delete`, { id: 1590 });
    expect((await portal.control('POST', '/_emulator/reset')).json).toEqual({ result: true });
    expect(dig((await portal.json(`${ADMIN}crm.lead.get`, { id: 1590 })).json, 'result', 'ID')).toBe('1590');
    expect((await portal.control('GET', '/_emulator/state')).status).toBe(404);
    expect(toForm({ a: [1, { b: 'c' }] })).toEqual(['a%5B0%5D=1', 'a%5B1%5D%5Bb%5D=c']);
  });
});
