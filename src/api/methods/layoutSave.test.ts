import { describe, expect, it } from 'vitest';
import { aLayout } from '../../testing/builders';
import { batchOk, ok, script, testClient } from '../testing/fakeFetch';
import { isAppContext } from './appOptions';
import { applyPersonalLayout, readPersonalLayouts } from './bulkApply';
import { reReadLayout, writeLayout } from './layoutSave';

const key = { scope: 'C' as const, card: { entity: 'lead' as const, leadType: 'simple' as const } };
const stored = [{ type: 'section', name: 'main', title: 'Main', elements: [{ name: 'TITLE' }] }];
const layout = aLayout().section('main', ['TITLE', 'PHONE']).build();

describe('checked save: the re-read, then the write', () => {
  it('outside an app: one plain call each', async () => {
    const { client, fetch } = testClient(script(ok(stored), ok(true)));
    const now = await reReadLayout(client, key, null);
    expect(now.layout?.layout.sections[0]?.elements.map((e) => e.field)).toEqual(['TITLE']);
    expect(now.portalHistory).toBeUndefined();
    const written = await writeLayout(client, key, layout, null);
    expect(written.historyKept).toBeNull();
    expect(fetch.requests.map((r) => r.method)).toEqual([
      'crm.lead.details.configuration.get',
      'crm.lead.details.configuration.set',
    ]);
  });

  it('in an app: the history option rides along in the same batch, first in the write', async () => {
    const { client, fetch } = testClient(
      script(
        batchOk({ result: { layout: null, history: '[]' } }),
        batchOk({ result: { history: true, layout: true } }),
      ),
    );
    const now = await reReadLayout(client, key, 'history_C_simple');
    expect(now).toEqual({ layout: null, portalHistory: '[]' });
    const written = await writeLayout(client, key, layout, { option: 'history_C_simple', value: '[1]' });
    expect(written.historyKept).toBe(true);
    expect(fetch.requests).toHaveLength(2);
    const cmd = (fetch.requests[1]?.params['cmd'] ?? {}) as Record<string, string>;
    expect(Object.keys(cmd)).toEqual(['history', 'layout']);
    expect(cmd['history']).toBe('app.option.set?options[history_C_simple]=%5B1%5D');
    expect(fetch.requests[1]?.params['halt']).toBe('0');
  });

  it('a history the portal refuses (not an admin, no app) does not stop the save; a refused layout does', async () => {
    const denied = {
      error: 'ACCESS_DENIED',
      error_description: 'Access denied! Administrator authorization required',
    };
    const { client } = testClient(
      script(
        batchOk({ result: { layout: stored }, result_error: { history: denied } }),
        batchOk({ result: { layout: true }, result_error: { history: denied } }),
        batchOk({
          result: { history: true },
          result_error: { layout: { error: '', error_description: 'Access denied.' } },
        }),
      ),
    );
    expect((await reReadLayout(client, key, 'h')).portalHistory).toBeUndefined();
    expect((await writeLayout(client, key, layout, { option: 'h', value: '[]' })).historyKept).toBe(false);
    await expect(writeLayout(client, key, layout, { option: 'h', value: '[]' })).rejects.toMatchObject({
      description: 'Access denied.',
    });
  });

  it('refuses a layout the portal would refuse without any request', async () => {
    const { client, fetch } = testClient(script());
    const untitled = { sections: [{ id: 'x', name: 'x', title: ' ', elements: [] }] };
    await expect(writeLayout(client, key, untitled, { option: 'h', value: '[]' })).rejects.toMatchObject({
      kind: 'validation',
      description: 'Section at index 0 does not have title.',
    });
    expect(fetch.requests).toHaveLength(0);
  });

  it('tells an app token from a webhook by app.info', () => {
    expect(isAppContext({ ID: 1, CODE: 'local.app', VERSION: 1, STATUS: 'L', INSTALLED: true })).toBe(true);
    expect(isAppContext({ SCOPE: ['crm'], LICENSE: 'en_pro100' })).toBe(false);
    expect(isAppContext(undefined)).toBe(false);
  });
});

describe('bulk apply', () => {
  it('writes 60 users in two batch requests (50 + 10), each user with their own result', async () => {
    const ids = Array.from({ length: 60 }, (_, i) => i + 2);
    const answer = (from: number, to: number) =>
      batchOk({
        result: Object.fromEntries(
          ids
            .slice(from, to)
            .filter((id) => id !== 7)
            .map((id) => [`u${id}`, true]),
        ),
        result_error: to > 10 && from < 10 ? { u7: { error: '', error_description: 'Access denied.' } } : [],
      });
    const { client, fetch } = testClient(script(answer(0, 50), answer(50, 60)));
    const progress: number[] = [];
    const results = await applyPersonalLayout(client, layout, { entity: 'lead', leadType: 'repeat' }, ids, {
      onProgress: ({ done }) => progress.push(done),
    });
    expect(fetch.requests).toHaveLength(2);
    expect(Object.keys(fetch.requests[0]?.params['cmd'] as object)).toHaveLength(50);
    expect(progress).toEqual([50, 60]);
    expect(results.filter((r) => r.ok)).toHaveLength(59);
    expect(results.find((r) => r.userId === 7)).toMatchObject({
      ok: false,
      error: { description: 'Access denied.' },
    });
    const first = (fetch.requests[0]?.params['cmd'] as Record<string, string> | undefined)?.['u2'];
    expect(first).toContain('crm.lead.details.configuration.set?scope=P&userId=2&extras[leadCustomerType]=2');
  });

  it('reads personal layouts per user: stored, nothing stored, or refused', async () => {
    const { client } = testClient(
      script(
        batchOk({
          result: { u2: stored, u3: null },
          result_error: { u4: { error: '', error_description: 'Access denied.' } },
        }),
      ),
    );
    const reads = await readPersonalLayouts(client, [2, 3, 4], { entity: 'lead', leadType: 'simple' });
    expect(reads.map((r) => (r.ok ? (r.value === null ? 'default' : 'stored') : 'refused'))).toEqual([
      'stored',
      'default',
      'refused',
    ]);
  });
});
