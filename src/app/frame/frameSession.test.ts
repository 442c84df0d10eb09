import { describe, expect, it, vi } from 'vitest';
import { ProfileSchema } from '../../api/schemas/user';
import { fail, fakeFetch, ok } from '../../api/testing/fakeFetch';
import type { FrameBridge, FrameCommand } from './bridge';
import type { FrameInfo } from './detectFrame';
import { startFrameSession } from './frameSession';
import { canSetTitle, placementOf } from './initData';

const FRAME: FrameInfo = {
  domain: 'b24-x.bitrix24.com',
  protocol: 1,
  appSid: 'sid',
  lang: 'en',
  portalOrigin: 'https://b24-x.bitrix24.com',
};
const PROFILE = { ID: '1', ADMIN: true, NAME: 'Anna', LAST_NAME: 'Admin' };

function fakeBridge(init: Record<string, unknown>) {
  const calls: FrameCommand[] = [];
  let n = 0;
  const bridge: FrameBridge = {
    call: vi.fn<FrameBridge['call']>(async (command) => {
      calls.push(command);
      if (command === 'getInitData') return init;
      if (command === 'refreshAuth') return { AUTH_ID: `fresh${++n}`, AUTH_EXPIRES: 3600, REFRESH_ID: 'r2' };
      return {};
    }),
    destroy: () => undefined,
  };
  return { bridge, calls };
}

describe('frame session', () => {
  it('calls PROTOCOL://DOMAIN/rest/{method} with the token from getInitData', async () => {
    const { bridge } = fakeBridge({ AUTH_ID: 'tok1', LANG: 'ru', IS_ADMIN: true, PLACEMENT: 'DEFAULT' });
    const fetch = fakeFetch(() => ok(PROFILE));
    const s = await startFrameSession(FRAME, bridge, { fetch });
    await s.connection.client.call('profile', {}, ProfileSchema);
    expect(fetch.requests[0]?.url).toBe('https://b24-x.bitrix24.com/rest/profile.json');
    expect(fetch.requests[0]?.body).toBe('auth=tok1');
    expect(s).toMatchObject({
      lang: 'ru',
      isAdmin: true,
      placement: { kind: 'editor', placement: 'DEFAULT' },
    });
  });

  it('never calls a host named in a message: DOMAIN of getInitData is not used', async () => {
    const { bridge } = fakeBridge({ AUTH_ID: 'tok1', DOMAIN: 'evil.example' });
    const fetch = fakeFetch(() => ok(PROFILE));
    const s = await startFrameSession(FRAME, bridge, { fetch });
    await s.connection.client.call('profile', {}, ProfileSchema);
    expect(fetch.requests[0]?.url.startsWith('https://b24-x.bitrix24.com/')).toBe(true);
  });

  it('on expired_token asks the portal for refreshAuth once and repeats the call once with the new token', async () => {
    const { bridge, calls } = fakeBridge({ AUTH_ID: 'old' });
    const fetch = fakeFetch((req) =>
      req.params['auth'] === 'old'
        ? fail(401, 'expired_token', 'The access token provided has expired.')
        : ok(PROFILE),
    );
    const s = await startFrameSession(FRAME, bridge, { fetch });
    await expect(s.connection.client.call('crm.lead.fields', {}, ProfileSchema)).resolves.toEqual(PROFILE);
    expect(fetch.requests.map((r) => r.params['auth'])).toEqual(['old', 'fresh1']);
    expect(calls.filter((c) => c === 'refreshAuth')).toHaveLength(1);
  });

  it('gives up after one refresh when the new token is refused too', async () => {
    const { bridge, calls } = fakeBridge({ AUTH_ID: 'old' });
    const fetch = fakeFetch(() => fail(401, 'expired_token', 'The access token provided has expired.'));
    const s = await startFrameSession(FRAME, bridge, { fetch });
    await expect(s.connection.client.call('profile', {}, ProfileSchema)).rejects.toMatchObject({
      code: 'expired_token',
    });
    expect(fetch.requests).toHaveLength(2);
    expect(calls.filter((c) => c === 'refreshAuth')).toHaveLength(1);
  });

  it('refuses init data without a token, falls back to the query LANG', async () => {
    await expect(startFrameSession(FRAME, fakeBridge({ LANG: 'ru' }).bridge)).rejects.toThrow('access token');
    const s = await startFrameSession({ ...FRAME, lang: 'de' }, fakeBridge({ AUTH_ID: 't' }).bridge);
    expect(s.lang).toBe('de');
  });
});

describe('placements', () => {
  it('opens the lead preview on the detail tab, the editor elsewhere', () => {
    expect(
      placementOf({ AUTH_ID: 't', PLACEMENT: 'CRM_LEAD_DETAIL_TAB', PLACEMENT_OPTIONS: { ID: '1596' } }),
    ).toEqual({
      kind: 'leadTab',
      leadId: 1596,
    });
    expect(placementOf({ AUTH_ID: 't', PLACEMENT: 'CRM_LEAD_DETAIL_TAB', PLACEMENT_OPTIONS: {} })).toEqual({
      kind: 'editor',
      placement: 'CRM_LEAD_DETAIL_TAB',
    });
    expect(placementOf({ AUTH_ID: 't' })).toEqual({ kind: 'editor', placement: 'DEFAULT' });
    expect(canSetTitle('DEFAULT')).toBe(true);
    expect(canSetTitle('CRM_LEAD_DETAIL_TAB')).toBe(false);
  });
});
