/**
 * Authentication over HTTP (BITRIX24-API.md 4.1, 4.7): webhook and OAuth errors, unknown methods,
 * users without CRM access, minted tokens and their refresh.
 */
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { ADMIN, dig, errorBody, NOCRM, portalForFile } from './harness';

const portal = portalForFile();

describe('authentication (4.1, 4.7)', () => {
  it('webhook errors: wrong secret, unknown user, missing crm scope', async () => {
    const wrong = await portal.get('/rest/1/wrongsecret/profile');
    expect(wrong.status).toBe(401);
    expect(wrong.json).toEqual(errorBody('INVALID_CREDENTIALS', 'Invalid request credentials'));
    const nobody = await portal.get('/rest/99/demoadmin/profile');
    expect(nobody.json).toEqual(errorBody('INVALID_CREDENTIALS', 'Invalid request credentials'));
    const noCrm = await portal.get(`${NOCRM}crm.lead.fields`);
    expect(noCrm.status).toBe(401);
    expect(noCrm.json).toEqual(
      errorBody(
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
    expect(none.json).toEqual(errorBody('NO_AUTH_FOUND', 'Wrong authorization data'));
    const unknown = await portal.get('/rest/profile?auth=nope');
    expect(unknown.status).toBe(401);
    expect(unknown.json).toEqual(errorBody('invalid_token', 'The access token provided is invalid.'));
    const expired = await portal.json('/rest/profile', { auth: 'demo-expired-token' });
    expect(expired.status).toBe(401);
    expect(expired.json).toEqual(errorBody('expired_token', 'The access token provided has expired.'));
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
    expect(reply.json).toEqual(errorBody('NO_AUTH_FOUND', 'Wrong authorization data'));
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
      errorBody(
        'insufficient_scope',
        'The request requires higher privileges than provided by the access token',
      ),
    );
  });
});
