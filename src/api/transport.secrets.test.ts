import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { oauthAuth, webhookAuth } from './auth';
import { PortalError } from './errors';
import { ProfileSchema } from './schemas/user';
import { batchOk, fail, fakeFetch, testClient, type FakeReply, type FakeRequest } from './testing/fakeFetch';
import type { PortalEvent } from './transport';

// A secret of its own: nothing else in this file has seen it before the client is made.
const HOOK = 'https://b24-leak.bitrix24.ru/rest/9/x9y8z7w6v5u4t3s2/';
const SECRET = 'x9y8z7w6v5u4t3s2';

/** Every text of a PortalError a screen, a log or an export could show. */
const textsOf = (e: PortalError): string =>
  [e.message, e.description, e.code, e.method, e.path ?? '', String(e)].join('\n');

async function failure(
  reply: (req: FakeRequest) => FakeReply,
  method = 'crm.lead.add',
): Promise<PortalError> {
  const { client } = testClient(fakeFetch(reply), { auth: webhookAuth(HOOK), maxRetries: 0 });
  const e: unknown = await client.call(method, {}, z.unknown()).then(
    () => null,
    (x: unknown) => x,
  );
  if (!(e instanceof PortalError)) throw new Error(`expected a PortalError, got ${String(e)}`);
  return e;
}

describe('the webhook secret never reaches an error text', () => {
  it('is masked when the error_description quotes the request URL (a 500 from a proxy, a 401 text)', async () => {
    const proxy = await failure((req) =>
      fail(500, 'INTERNAL_SERVER_ERROR', `Upstream failed: POST ${req.url}`),
    );
    expect(textsOf(proxy)).not.toContain(SECRET);
    expect(proxy.description).toBe(
      'Upstream failed: POST https://b24-leak.bitrix24.ru/rest/9/x9…s2/crm.lead.add.json',
    );
    const denied = await failure((req) =>
      fail(401, 'INVALID_CREDENTIALS', `Invalid request credentials for ${req.url}`),
    );
    expect(textsOf(denied)).not.toContain(SECRET);
    expect(denied.code).toBe('INVALID_CREDENTIALS');
  });

  it('is masked when quoted URL-encoded, or bare', async () => {
    const encoded = await failure((req) =>
      fail(502, 'BAD_GATEWAY', `see /error?from=${encodeURIComponent(req.url)}`),
    );
    expect(textsOf(encoded)).not.toContain(SECRET);
    expect(encoded.description).toContain('x9…s2');
    const bare = await failure(() => fail(400, '', `Webhook ${SECRET} is disabled.`));
    expect(bare.description).toBe('Webhook x9…s2 is disabled.');
  });

  it('is not shown from a non-JSON 500 body that quotes it', async () => {
    const e = await failure((req) => ({
      status: 500,
      text: `<html><body><h1>500</h1><p>proxy error while fetching ${req.url}</p></body></html>`,
    }));
    expect(e.kind).toBe('decode');
    expect(textsOf(e)).not.toContain(SECRET);
  });

  it('is masked in a thrown network error, plain and URL-encoded', async () => {
    for (const spell of [(u: string) => u, encodeURIComponent]) {
      const e = await failure((req) => ({
        throws: new TypeError(`request to ${spell(req.url)} failed, reason: ECONNRESET`),
      }));
      expect(e.kind).toBe('network');
      expect(textsOf(e)).not.toContain(SECRET);
      expect(textsOf(e)).not.toContain(encodeURIComponent(SECRET));
    }
  });

  it('is masked in a batch command error and in the retry events', async () => {
    const events: PortalEvent[] = [];
    const { client } = testClient(
      fakeFetch((req, i) =>
        i === 0
          ? fail(503, 'QUERY_LIMIT_EXCEEDED', `Too many requests to ${req.url}`)
          : batchOk({ result_error: { p: { error: '', error_description: `Denied: ${req.url}` } } }),
      ),
      { auth: webhookAuth(HOOK), onEvent: (e) => events.push(e) },
    );
    const parts = await client.batch({ p: { method: 'profile', schema: ProfileSchema } });
    const part = parts.p;
    expect(part.ok ? 'ok' : textsOf(part.error)).toContain(
      'Denied: https://b24-leak.bitrix24.ru/rest/9/x9…s2/',
    );
    expect(part.ok ? 'ok' : textsOf(part.error)).not.toContain(SECRET);
    expect(events).toHaveLength(1);
    const retry = events[0];
    expect(retry?.type === 'retry' && textsOf(retry.error)).not.toContain(SECRET);
    expect(retry?.type === 'retry' && retry.error.description).toContain('/rest/9/x9…s2/batch.json');
  });
});

describe('OAuth tokens never reach an error text', () => {
  it('masks the access token sent, an old one after a refresh, and a refresh token in any form', async () => {
    const tokens = ['a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6', 'f6e5d4c3b2a1f6e5d4c3b2a1f6e5d4c3'];
    let current = 0;
    const auth = oauthAuth({
      domain: 'b24-leak.bitrix24.ru',
      protocol: 1,
      getToken: () => tokens[current] ?? '',
      refresh: vi.fn<() => Promise<void>>(async () => {
        current = 1;
      }),
    });
    const refreshToken = '99887766554433221100ffeeddccbbaa';
    const { client } = testClient(
      fakeFetch((req, i) =>
        i === 0
          ? fail(401, 'expired_token', `The access token provided has expired (${req.body}).`)
          : fail(
              500,
              'INTERNAL_SERVER_ERROR',
              `old ${tokens[0]}; {"access_token":"${tokens[1]}","refresh_token":"${refreshToken}"}; ` +
                `${encodeURIComponent(`${req.url}?auth=${tokens[1]}&refresh_token=${refreshToken}`)}`,
            ),
      ),
      { auth, maxRetries: 0 },
    );
    const e: unknown = await client.call('crm.lead.add', {}, z.number()).catch((x: unknown) => x);
    if (!(e instanceof PortalError)) throw new Error('expected a PortalError');
    const text = textsOf(e);
    for (const secret of [...tokens, refreshToken]) expect(text).not.toContain(secret);
    expect(e.code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('keeps an error with the portal own words intact when there is nothing to mask', async () => {
    const { client } = testClient(
      fakeFetch(() => fail(400, '', 'Access denied.')),
      { auth: webhookAuth(HOOK) },
    );
    const e: unknown = await client.call('crm.lead.add', {}, z.number()).catch((x: unknown) => x);
    expect(e).toMatchObject({
      code: '',
      description: 'Access denied.',
      message: 'crm.lead.add: Access denied.',
    });
  });
});
