/** `app.option.*` in-process: application context, admin-only writes, merge, exact texts. */
import { describe, expect, it } from 'vitest';
import { oauthAuth } from '../../src/api/auth';
import { reReadLayout, writeLayout } from '../../src/api/methods/layoutSave';
import { createPortalClient, type FetchLike } from '../../src/api/transport';
import { historyOptionName, keepVersion } from '../../src/features/editor/safety/versionKeeping';
import { parseVersionList } from '../../src/store/history';
import { encodePhpJson } from './phpJson';
import { parseStr } from './phpParseStr';
import { adminApp, adminHook, callCore, managerApp, memoryDb } from '../test/inProcess';
import type { CoreDb } from './types';

describe('app.option.get / app.option.set', () => {
  it('needs an application: a adminHook gets 403 ACCESS_DENIED', () => {
    const db = memoryDb();
    for (const method of ['app.option.get', 'app.option.set']) {
      expect(callCore(db, method, { ...adminHook, options: { a: '1' } })).toMatchObject({
        status: 403,
        body: { error: 'ACCESS_DENIED', error_description: 'Access denied! Application context required' },
      });
    }
  });

  it('starts empty, stores what an admin sets (merged), and reads one option or all', () => {
    const db = memoryDb();
    expect(callCore(db, 'app.option.get', adminApp).body).toMatchObject({ result: {} });
    expect(callCore(db, 'app.option.get', { ...adminApp, option: 'history' }).body).toMatchObject({
      result: null,
    });
    expect(callCore(db, 'app.option.set', { ...adminApp, options: { history: '[1]' } }).body).toMatchObject({
      result: true,
    });
    // without `options`, the params themselves are the options
    expect(callCore(db, 'app.option.set', { ...adminApp, other: { n: 2 } }).status).toBe(200);
    expect(db.touched).toBe(2);
    expect(callCore(db, 'app.option.get', { ...adminApp, option: 'history' }).body).toMatchObject({
      result: '[1]',
    });
    expect(callCore(db, 'app.option.get', managerApp).body).toMatchObject({
      result: { history: '[1]', other: { n: 2 } },
    });
  });

  it('refuses writes by a non-admin and an empty set', () => {
    const db = memoryDb();
    expect(callCore(db, 'app.option.set', { ...managerApp, options: { a: '1' } })).toMatchObject({
      status: 403,
      body: {
        error: 'ACCESS_DENIED',
        error_description: 'Access denied! Administrator authorization required',
      },
    });
    expect(callCore(db, 'app.option.set', { ...adminApp, options: [] })).toMatchObject({
      status: 400,
      body: {
        error: 'ERROR_ARGUMENT',
        error_description: "Argument 'options' is null or empty",
        argument: 'options',
      },
    });
    expect(db.state.appOptions).toBeUndefined();
  });

  it('works inside a batch, per command', () => {
    const db = memoryDb();
    const reply = callCore(db, 'batch', {
      ...adminApp,
      cmd: { put: 'app.option.set?options[k]=v', read: 'app.option.get?option=k' },
    });
    expect(reply.body).toMatchObject({ result: { result: { put: true, read: 'v' } } });
    const hook = callCore(db, 'batch', { ...adminHook, cmd: { read: 'app.option.get?option=k' } });
    expect(hook.body).toMatchObject({
      result: { result_error: { read: { error: 'ACCESS_DENIED' } } },
    });
  });
});

describe("the editor's checked save in an app keeps history in app.option (client against this core)", () => {
  /** The real REST client, its requests answered in-process by `handle` (form bodies, as PHP reads them). */
  function appClient(db: CoreDb, token: string) {
    const fetch: FetchLike = async (url, init) => {
      const method = /\/rest\/(.+)\.json$/.exec(url)?.[1] ?? '';
      const reply = callCore(db, method, parseStr(init.body));
      return { status: reply.status, text: () => Promise.resolve(encodePhpJson(reply.body)) };
    };
    const auth = oauthAuth({
      domain: 'portal.test',
      protocol: 'https',
      getToken: () => token,
      refresh: () => Promise.resolve(),
    });
    return createPortalClient({ auth, fetch, sleep: () => Promise.resolve() });
  }
  const key = { scope: 'C' as const, card: { entity: 'lead' as const, leadType: 'simple' as const } };
  const docKey = {
    scope: 'C' as const,
    userId: null,
    card: { entity: 'lead' as const, leadType: 'simple' as const },
  };
  const v = (fields: string[]) => ({
    sections: [
      {
        id: 'main',
        name: 'main',
        title: 'Main',
        elements: fields.map((field) => ({ field, optionFlags: 0 })),
      },
    ],
  });

  it('two saves by an admin: each re-read brings the list, each write adds the overwritten layout', async () => {
    const db = memoryDb();
    const client = appClient(db, 'demo-admin-token');
    for (const [n, fields] of [['TITLE'], ['TITLE', 'PHONE']].entries()) {
      const now = await reReadLayout(client, key, historyOptionName(docKey));
      const overwritten = now.layout?.layout ?? v([]);
      const at = new Date(Date.UTC(2025, 0, 1, 12, n)).toISOString();
      const history = keepVersion(
        'p',
        docKey,
        { layout: overwritten, wasDefault: now.layout === null, savedBy: { id: 1, name: 'Demo Admin' }, at },
        now.portalHistory,
      );
      const written = await writeLayout(client, key, v(fields), history);
      expect(written.historyKept).toBe(true);
    }
    const kept = parseVersionList(db.state.appOptions?.['history_C_simple'] as string);
    // newest first: what the second save overwrote (the first save), then the seeded layout
    expect(kept).toHaveLength(2);
    expect(kept[0]?.sections[0]?.elements?.map((e) => e.name)).toEqual(['TITLE']);
    expect(kept[1]?.sections.length).toBeGreaterThan(1);
  });

  it('a manager (not a portal admin) still saves their own layout; the portal copy is refused', async () => {
    const db = memoryDb();
    const client = appClient(db, 'demo-user-token');
    const own = { scope: 'P' as const, card: { entity: 'lead' as const, leadType: 'simple' as const } };
    const now = await reReadLayout(client, own, 'history_P2_simple');
    expect(now.portalHistory).toBeNull();
    const written = await writeLayout(client, own, v(['TITLE']), {
      option: 'history_P2_simple',
      value: '[]',
    });
    expect(written.historyKept).toBe(false);
    expect(db.state.appOptions).toBeUndefined();
  });
});
