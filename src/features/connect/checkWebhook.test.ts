import { describe, expect, it } from 'vitest';
import { parseWebhookUrl } from '../../api/auth';
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

describe('checkWebhook in Russian', () => {
  async function checkRu(input: string, reply: FakeReply | (() => FakeReply), reachable = false) {
    const fetch = fakeFetch(typeof reply === 'function' ? reply : () => reply);
    return checkWebhook(input, { fetch, isReachable: async () => reachable, lang: 'ru' });
  }

  it('says what is wrong with a pasted URL in the words of the URL parser, in either language', async () => {
    const inputs = [
      '',
      'portal.bitrix24.com/rest/1/abc',
      'not a url',
      'ftp://portal.bitrix24.com/rest/1/abc/',
      'http://portal.example.com/rest/1/abc/',
      'https://me:pw@portal.bitrix24.com/rest/1/abc/',
      'https://portal.bitrix24.com/crm/lead/',
      'https://portal.bitrix24.com/rest/0/abc/',
      'https://portal.bitrix24.com/rest/1/a%20b/',
    ];
    const codes = new Set<string>();
    for (const input of inputs) {
      const parsed = parseWebhookUrl(input);
      if (parsed.ok) throw new Error(`${input} should be refused`);
      codes.add(parsed.error);
      const en = await checkWebhook(input, { lang: 'en' });
      expect(message(en)).toBe(parsed.message); // English stays the parser's, byte for byte
      const ru = await checkWebhook(input, { lang: 'ru' });
      expect(ru).toMatchObject({ ok: false, problem: 'badUrl' });
      expect(message(ru)).not.toBe(parsed.message);
      expect(message(ru)).toMatch(/[а-яё]/i);
    }
    expect(codes.size).toBe(9); // every code of the parser
    expect(message(await checkWebhook('https://portal.bitrix24.com/crm/lead/', { lang: 'ru' }))).toBe(
      'В адресе нет части /rest/USER_ID/SECRET/ — скопируйте адрес вебхука целиком.',
    );
  });

  it('explains every refusal in Russian, quoting the portal verbatim', async () => {
    expect(
      message(await checkRu(URL_OK, fail(401, 'INVALID_CREDENTIALS', 'Invalid request credentials'))),
    ).toBe(
      'b24-x.bitrix24.com отклонил этот вебхук (INVALID_CREDENTIALS): неверный ID сотрудника или секретный ключ, либо вебхук удалён. Скопируйте адрес заново: Разработчикам → Другое → Входящий вебхук.',
    );
    expect(message(await checkRu(URL_OK, answer(['user', 'task'])))).toBe(
      'У этого вебхука нет прав «crm» (отмечено: user, task), поэтому он не может читать и сохранять виды карточки. Откройте вебхук на b24-x.bitrix24.com (Разработчикам → Другое → Входящий вебхук), отметьте «CRM (crm)», сохраните и подключитесь снова.',
    );
    expect(message(await checkRu(URL_OK, answer([])))).toContain('(отмечено: ничего)');
    expect(message(await checkRu(URL_OK, answer(['crm'])))).toContain('отметьте «Пользователи (user)»');
    const failed = () => ({ throws: new TypeError('Failed to fetch') });
    expect(message(await checkRu(URL_OK, failed, false))).toBe(
      'Не удаётся связаться с b24-x.bitrix24.com: нет ответа. Проверьте адрес, подключение к сети и работает ли портал.',
    );
    expect(message(await checkRu(URL_OK, failed, true))).toContain('браузер не дал прочитать ответ (CORS)');
    expect(message(await checkRu(URL_OK, { status: 404, text: '<html>Not found</html>' }))).toBe(
      'b24-x.bitrix24.com ответил, но не так, как отвечает портал Битрикс24 (HTTP 404). Проверьте, что это адрес входящего вебхука вашего портала.',
    );
    expect(
      message(
        await checkRu(URL_OK, fail(403, 'ACCESS_DENIED', 'REST is available only on commercial plans.')),
      ),
    ).toBe(
      'b24-x.bitrix24.com отклонил проверку: «ACCESS_DENIED: REST is available only on commercial plans.».',
    );
  });

  it('keeps the words as a catalogue message, and names a nameless user in the language', async () => {
    const refused = await checkRu(URL_OK, answer(['task']));
    expect(refused.ok ? null : refused.text).toEqual({
      key: 'connect.check.noCrmScope',
      params: { scopes: 'task', host: 'b24-x.bitrix24.com' },
    });
    const nameless = batchOk({
      result: {
        info: { SCOPE: ['crm', 'user'], LICENSE: 'ru_pro' },
        profile: { ID: '7', ADMIN: true, NAME: null, LAST_NAME: ' ' },
      },
    });
    expect(await checkRu(URL_OK, nameless)).toMatchObject({ ok: true, userName: 'Сотрудник 7' });
    const en = await check(URL_OK, nameless);
    expect(en.result).toMatchObject({ ok: true, userName: 'User 7' });
  });
});
