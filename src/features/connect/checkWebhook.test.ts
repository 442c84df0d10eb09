import { describe, expect, it } from 'vitest';
import { batchOk, fail, fakeFetch, type FakeReply } from '../../api/testing/fakeFetch';
import { checkWebhook, type WebhookCheck } from './checkWebhook';

const SECRET = 's3cr3tvalue';
const URL_OK = `https://b24-x.bitrix24.com/rest/7/${SECRET}/`;
const PROFILE = { ID: '7', ADMIN: false, NAME: 'Olga', LAST_NAME: 'Smirnova' };
const answer = (scopes: string[]) =>
  batchOk({ result: { info: { SCOPE: scopes, LICENSE: 'ru_pro' }, profile: PROFILE } });

async function check(input: string, reply: FakeReply | (() => FakeReply), reachable = false) {
  const fetch = fakeFetch(typeof reply === 'function' ? reply : () => reply);
  const result = await checkWebhook(input, { fetch, isReachable: async () => reachable });
  return { result, fetch };
}

const message = (r: WebhookCheck) => (r.ok ? '' : r.message);

describe('checkWebhook', () => {
  it('accepts a webhook with crm and user: one batch of app.info and profile', async () => {
    const { result, fetch } = await check(`  ${URL_OK}profile.json `, answer(['crm', 'user']));
    expect(result).toEqual({
      ok: true,
      url: URL_OK,
      maskedUrl: 'https://b24-x.bitrix24.com/rest/7/s3…ue/',
      portal: 'https://b24-x.bitrix24.com',
      userName: 'Olga Smirnova',
      isAdmin: false,
    });
    expect(fetch.requests.map((r) => r.url)).toEqual([`${URL_OK}batch.json`]);
    expect(fetch.requests[0]?.body).toContain('cmd[info]=app.info');
  });

  it('refuses a bad URL with the parser message and sends nothing', async () => {
    const { result, fetch } = await check('https://b24-x.bitrix24.com/crm/lead/', answer(['crm']));
    expect(result).toMatchObject({ ok: false, problem: 'badUrl' });
    expect(message(result)).toContain('/rest/USER_ID/SECRET/');
    expect(fetch.requests).toHaveLength(0);
  });

  it('says the secret is wrong on INVALID_CREDENTIALS', async () => {
    const { result } = await check(URL_OK, fail(401, 'INVALID_CREDENTIALS', 'Invalid request credentials'));
    expect(result).toMatchObject({ ok: false, problem: 'wrongSecret' });
  });

  it('names the missing crm scope, then the missing user scope', async () => {
    const noCrm = await check(URL_OK, answer(['user', 'task']));
    expect(noCrm.result).toMatchObject({ ok: false, problem: 'noCrmScope' });
    expect(message(noCrm.result)).toContain('(it has: user, task)');
    const noUser = await check(URL_OK, answer(['crm']));
    expect(noUser.result).toMatchObject({ ok: false, problem: 'noUserScope' });
    expect((await check(URL_OK, answer(['crm', 'user_brief']))).result.ok).toBe(true);
  });

  it('tells an unreachable portal from a CORS block by a no-cors probe', async () => {
    const down = await check(URL_OK, () => ({ throws: new TypeError('Failed to fetch') }), false);
    expect(down.result).toMatchObject({ ok: false, problem: 'unreachable' });
    const cors = await check(URL_OK, () => ({ throws: new TypeError('Failed to fetch') }), true);
    expect(cors.result).toMatchObject({ ok: false, problem: 'cors' });
    expect(down.fetch.requests).toHaveLength(1); // no retries: a person is waiting
  });

  it('says when the address is not a portal', async () => {
    const { result } = await check(URL_OK, { status: 404, text: '<html>Not found</html>' });
    expect(result).toMatchObject({ ok: false, problem: 'notPortal' });
  });

  it('quotes other refusals with the portal code', async () => {
    const { result } = await check(
      URL_OK,
      fail(403, 'ACCESS_DENIED', 'REST is available only on commercial plans.'),
    );
    expect(result).toMatchObject({ ok: false, problem: 'refused' });
    expect(message(result)).toContain('ACCESS_DENIED: REST is available only on commercial plans.');
  });

  it('never puts the secret into a message', async () => {
    const replies: (FakeReply | (() => FakeReply))[] = [
      fail(401, 'INVALID_CREDENTIALS', `bad ${SECRET}`),
      () => ({ throws: new TypeError(`Failed to fetch ${URL_OK}`) }),
      { status: 500, text: SECRET },
      answer([]),
    ];
    for (const reply of replies) {
      const { result } = await check(URL_OK, reply);
      expect(message(result)).not.toContain(SECRET);
    }
  });
});
