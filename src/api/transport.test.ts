import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { oauthAuth } from './auth';
import { isPortalError } from './errors';
import { LeadFieldsSchema } from './schemas/fields';
import { ProfileSchema } from './schemas/user';
import { fail, fakeFetch, ok, script, testClient, WEBHOOK } from './testing/fakeFetch';
import { rejection } from './testing/rejection';
import type { PortalEvent, RequestInfo } from './transport';

const PROFILE = { ID: '1', ADMIN: true, NAME: 'Anna', LAST_NAME: 'Admin' };

describe('request', () => {
  it('POSTs a form body to ${base}${method}.json and returns the parsed result', async () => {
    const { client, fetch } = testClient(script(ok(PROFILE)));
    const profile = await client.call('profile', { a: { b: [1, true] } }, ProfileSchema);
    expect(profile).toEqual(PROFILE);
    const [req] = fetch.requests;
    expect(req?.url).toBe(`${WEBHOOK}profile.json`);
    expect(req?.headers).toEqual({ 'Content-Type': 'application/x-www-form-urlencoded' });
    expect(req?.body).toBe('a[b][0]=1&a[b][1]=1');
  });

  it('sends the OAuth token first in the body, never in the URL', async () => {
    const auth = oauthAuth({
      domain: 'b24-x.bitrix24.com',
      protocol: 1,
      getToken: () => 'tok123',
      refresh: vi.fn<() => Promise<void>>(),
    });
    const { client, fetch } = testClient(script(ok(PROFILE)), { auth });
    await client.call('profile', { x: 1 }, ProfileSchema);
    expect(fetch.requests[0]?.url).toBe('https://b24-x.bitrix24.com/rest/profile.json');
    expect(fetch.requests[0]?.body).toBe('auth=tok123&x=1');
  });

  it('returns total and next of list methods', async () => {
    const { client } = testClient(script(ok([{ ID: '1' }], { total: 120, next: 50 })));
    const page = await client.callList('crm.lead.list', {}, z.array(z.object({ ID: z.string() })));
    expect(page).toEqual({ items: [{ ID: '1' }], total: 120, next: 50 });
  });

  it('counts HTTP requests with onRequest', async () => {
    const onRequest = vi.fn<(info: RequestInfo) => void>();
    const { client } = testClient(
      script(fail(503, 'QUERY_LIMIT_EXCEEDED', 'Too many requests'), ok(PROFILE)),
      {
        onRequest,
      },
    );
    await client.call('profile', {}, ProfileSchema);
    expect(onRequest.mock.calls).toEqual([
      [{ method: 'profile', attempt: 1 }],
      [{ method: 'profile', attempt: 2 }],
    ]);
  });
});

describe('errors', () => {
  it('keeps the text of an empty-code error (Access denied.)', async () => {
    const { client, fetch } = testClient(script(fail(400, '', 'Access denied.')));
    const e = await rejection(client.call('crm.lead.details.configuration.set', {}, z.boolean()));
    expect(isPortalError(e)).toBe(true);
    expect(e).toMatchObject({ kind: 'portal', code: '', description: 'Access denied.', status: 400 });
    expect(e.message).toBe('crm.lead.details.configuration.set: Access denied.');
    expect(fetch.requests).toHaveLength(1);
  });

  it('maps ERROR_METHOD_NOT_FOUND with its 404 and does not retry', async () => {
    const { client, fetch } = testClient(script(fail(404, 'ERROR_METHOD_NOT_FOUND', 'Method not found!')));
    const e = await rejection(client.call('crm.lead.details.configuration.foo', {}, z.unknown()));
    expect(e).toMatchObject({
      kind: 'portal',
      code: 'ERROR_METHOD_NOT_FOUND',
      description: 'Method not found!',
    });
    expect(e.status).toBe(404);
    expect(e.message).toBe('crm.lead.details.configuration.foo: ERROR_METHOD_NOT_FOUND: Method not found!');
    expect(fetch.requests).toHaveLength(1);
  });

  it('names the method and the zod path of a wrong shape', async () => {
    const body = {
      TITLE: { type: 5, isRequired: false, isReadOnly: false, isImmutable: false, isMultiple: false },
    };
    const { client, fetch } = testClient(script(ok(body)));
    const e = await rejection(client.call('crm.lead.fields', {}, LeadFieldsSchema));
    expect(e.kind).toBe('decode');
    expect(e.message).toBe('crm.lead.fields: unexpected response at result.TITLE.type');
    expect(e.path).toBe('result.TITLE.type');
    expect(fetch.requests).toHaveLength(1);
  });

  it('reports a body without result, a non-JSON body and an empty body as decode errors', async () => {
    const { client } = testClient(
      script({ json: { time: {} } }, { text: '<html>oops</html>' }, { text: '' }),
    );
    const noResult = await rejection(client.call('profile', {}, ProfileSchema));
    expect(noResult.message).toBe('profile: unexpected response at result');
    const html = await rejection(client.call('profile', {}, ProfileSchema));
    expect(html).toMatchObject({
      kind: 'decode',
      status: 200,
      message: 'profile: unexpected response (HTTP 200, not JSON)',
    });
    const empty = await rejection(client.call('profile', {}, ProfileSchema));
    expect(empty.description).toBe('HTTP 200 with an empty body.');
  });

  it('refreshes an expired token once and retries the call once', async () => {
    let token = 'old';
    const refresh = vi.fn<() => Promise<void>>(async () => {
      token = 'new';
    });
    const auth = oauthAuth({ domain: 'p.bitrix24.com', protocol: 'https', getToken: () => token, refresh });
    const events: PortalEvent[] = [];
    const { client, fetch } = testClient(
      script(fail(401, 'expired_token', 'The access token provided has expired.'), ok(PROFILE)),
      { auth, onEvent: (e) => events.push(e) },
    );
    await expect(client.call('crm.lead.add', { fields: { TITLE: 'x' } }, ProfileSchema)).resolves.toEqual(
      PROFILE,
    );
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(fetch.requests.map((r) => r.params['auth'])).toEqual(['old', 'new']);
    expect(events).toEqual([{ type: 'refresh', method: 'crm.lead.add' }]);
  });

  it('coalesces concurrent refreshes and gives up when the new token is rejected too', async () => {
    let release: () => void = () => {};
    const refresh = vi.fn<() => Promise<void>>(() => new Promise<void>((r) => (release = r)));
    const auth = oauthAuth({ domain: 'p.bitrix24.com', protocol: 1, getToken: () => 't', refresh });
    const expired = fail(401, 'expired_token', 'The access token provided has expired.');
    const { client, fetch } = testClient(
      fakeFetch(() => expired),
      { auth },
    );
    const a = rejection(client.call('profile', {}, ProfileSchema));
    const b = rejection(client.call('profile', {}, ProfileSchema));
    await vi.waitFor(() => expect(refresh).toHaveBeenCalledTimes(1));
    release();
    const [ea, eb] = await Promise.all([a, b]);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(ea.code).toBe('expired_token');
    expect(eb.status).toBe(401);
    expect(fetch.requests).toHaveLength(4);
  });

  it('does not refresh a webhook (nothing to refresh)', async () => {
    const { client, fetch } = testClient(script(fail(401, 'expired_token', 'expired')));
    await expect(client.call('profile', {}, ProfileSchema)).rejects.toMatchObject({ code: 'expired_token' });
    expect(fetch.requests).toHaveLength(1);
  });

  it('never shows the webhook secret, even when fetch puts the URL into its message', async () => {
    const { client } = testClient(
      fakeFetch((req) => ({ throws: new TypeError(`fetch failed: ${req.url}`) })),
    );
    const e = await rejection(client.call('crm.lead.add', {}, z.number()));
    expect(e.kind).toBe('network');
    expect(e.status).toBe(0);
    expect(`${e.message} ${e.description}`).not.toContain('abcdefsecret42');
    expect(e.description).toContain('/rest/1/ab…42/');
  });
});
