/** The lead tab commands against a fake fetch: what is sent, and how the answers are read. */
import { describe, expect, it } from 'vitest';
import { oauthAuth } from '../auth';
import { callCommand, createPortalClient, type FetchLike } from '../transport';
import { leadTabRows, placementBindCommand, placementGetCommand, placementUnbindCommand } from './placements';

function fakePortal(answer: unknown) {
  const sent: { url: string; body: string }[] = [];
  const fetch: FetchLike = async (url, init) => {
    sent.push({ url: String(url), body: String(init?.body ?? '') });
    return new Response(JSON.stringify(answer), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  };
  const client = createPortalClient({
    auth: oauthAuth({
      domain: 'portal.example',
      protocol: 'https',
      getToken: () => 'tok',
      refresh: async () => undefined,
    }),
    fetch,
    sleep: async () => undefined,
  });
  return { client, sent };
}

describe('placement commands', () => {
  it('binds the lead tab with the handler and a title per language', async () => {
    const { client, sent } = fakePortal({ result: true, time: {} });
    await expect(
      callCommand(
        client,
        placementBindCommand('https://app.example/', { en: 'Card layout', ru: 'Макет карточки' }),
      ),
    ).resolves.toBe(true);
    const body = new URLSearchParams(sent[0]?.body);
    expect(sent[0]?.url).toBe('https://portal.example/rest/placement.bind.json');
    expect(body.get('PLACEMENT')).toBe('CRM_LEAD_DETAIL_TAB');
    expect(body.get('HANDLER')).toBe('https://app.example/');
    expect(body.get('LANG_ALL[en][TITLE]')).toBe('Card layout');
    expect(body.get('LANG_ALL[ru][TITLE]')).toBe('Макет карточки');
  });

  it('unbinds only its own handler and reads the count', async () => {
    const { client, sent } = fakePortal({ result: { count: 2 }, time: {} });
    await expect(callCommand(client, placementUnbindCommand('https://app.example/'))).resolves.toEqual({
      count: 2,
    });
    expect(new URLSearchParams(sent[0]?.body).get('HANDLER')).toBe('https://app.example/');
  });

  it("reads get's rows, PHP's empty arrays included, and finds the app's tab", async () => {
    const row = {
      placement: 'CRM_LEAD_DETAIL_TAB',
      userId: 0,
      handler: 'https://app.example/',
      options: [],
      title: 'Card layout',
      description: '',
      langAll: { en: { TITLE: 'Card layout', DESCRIPTION: '', GROUP_NAME: '' } },
    };
    const other = { ...row, handler: 'https://other.example/', langAll: [], title: null, description: null };
    const { client } = fakePortal({ result: [row, other], time: {} });
    const rows = await callCommand(client, placementGetCommand());
    expect(leadTabRows(rows, 'https://app.example/')).toEqual([row]);
    expect(leadTabRows(rows, 'https://nowhere.example/')).toEqual([]);
  });
});
