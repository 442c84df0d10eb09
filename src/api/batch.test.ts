import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { PortalError } from './errors';
import { LeadFieldsSchema } from './schemas/fields';
import { PortalLayoutSchema } from './schemas/layout';
import { batchOk, fail, fakeFetch, script, testClient, type FakeRequest } from './testing/fakeFetch';
import { batchChunks, type BatchCommand, type BatchPart } from './transport';

const IdRows = z.array(z.object({ ID: z.string() }));

function errorOf(part: BatchPart<unknown>): PortalError {
  if (part.ok) throw new Error('expected a failed part');
  return part.error;
}

describe('batch', () => {
  it('sends one request with halt=0 and method?query commands, and parses every part', async () => {
    const { client, fetch } = testClient(
      script(
        batchOk({
          result: { leads: [{ ID: '1' }], count: 3 },
          result_total: { leads: 120 },
          result_next: { leads: 50 },
        }),
      ),
    );
    const parts = await client.batch({
      leads: { method: 'crm.lead.list', params: { filter: { '>ID': 0 }, select: ['ID'] }, schema: IdRows },
      count: { method: 'crm.lead.add', params: { fields: { TITLE: 'A&B' } }, schema: z.number() },
    });
    expect(parts.leads).toEqual({ ok: true, value: [{ ID: '1' }], total: 120, next: 50 });
    expect(parts.count).toEqual({ ok: true, value: 3 });
    expect(fetch.requests).toHaveLength(1);
    expect(fetch.requests[0]?.method).toBe('batch');
    expect(fetch.requests[0]?.params).toEqual({
      halt: '0',
      cmd: {
        leads: 'crm.lead.list?filter[%3EID]=0&select[0]=ID',
        count: 'crm.lead.add?fields[TITLE]=A%26B',
      },
    });
  });

  it('reports per-key errors with their own method and keeps an empty code text', async () => {
    const { client } = testClient(
      script(
        batchOk({
          result: { fields: { TITLE: { type: 'string' } } },
          result_error: { layout: { error: '', error_description: 'Access denied.' } },
        }),
      ),
    );
    const parts = await client.batch({
      fields: { method: 'crm.lead.fields', schema: z.record(z.string(), z.object({ type: z.string() })) },
      layout: {
        method: 'crm.lead.details.configuration.get',
        params: { scope: 'P', userId: 9 },
        schema: z.unknown(),
      },
    });
    expect(parts.fields.ok).toBe(true);
    expect(errorOf(parts.layout)).toBeInstanceOf(PortalError);
    expect(errorOf(parts.layout)).toMatchObject({
      kind: 'portal',
      method: 'crm.lead.details.configuration.get',
      code: '',
      description: 'Access denied.',
    });
  });

  it('accepts PHP empty arrays for every part and a null result (nothing stored)', async () => {
    const { client } = testClient(script(batchOk({ result: { layout: null } })));
    const parts = await client.batch({
      layout: { method: 'crm.lead.details.configuration.get', schema: PortalLayoutSchema.nullable() },
    });
    expect(parts.layout).toEqual({ ok: true, value: null });

    const empty = testClient(script(batchOk({})));
    const again = await empty.client.batch({
      layout: { method: 'crm.lead.details.configuration.get', schema: PortalLayoutSchema.nullable() },
      fields: { method: 'crm.lead.fields', schema: LeadFieldsSchema },
    });
    expect(again.layout).toEqual({ ok: true, value: null });
    expect(errorOf(again.fields).code).toBe('BATCH_NOT_RUN');
  });

  it('reads a result that PHP encoded as a list (numeric keys)', async () => {
    const { client } = testClient(script(batchOk({ result: ['a', 'b'] })));
    const parts = await client.batch({
      0: { method: 'crm.lead.get', params: { id: 1 }, schema: z.string() },
      1: { method: 'crm.lead.get', params: { id: 2 }, schema: z.string() },
    });
    expect(parts[0]).toEqual({ ok: true, value: 'a' });
    expect(parts[1]).toEqual({ ok: true, value: 'b' });
  });

  it('names the method and path of a part with the wrong shape', async () => {
    const { client } = testClient(script(batchOk({ result: { fields: { TITLE: { type: 5 } } } })));
    const parts = await client.batch({ fields: { method: 'crm.lead.fields', schema: LeadFieldsSchema } });
    expect(errorOf(parts.fields).kind).toBe('decode');
    expect(errorOf(parts.fields).message).toBe('crm.lead.fields: unexpected response at result.TITLE.type');
  });

  it('sends halt=1 and marks commands after the failure as not run', async () => {
    const { client, fetch } = testClient(
      script(
        batchOk({
          result: { a: true },
          result_error: { b: { error: 'ERROR_CORE', error_description: 'boom' } },
        }),
      ),
    );
    const parts = await client.batch(
      {
        a: { method: 'crm.lead.update', params: { id: 1 }, schema: z.boolean() },
        b: { method: 'crm.lead.update', params: { id: 2 }, schema: z.boolean() },
        c: { method: 'crm.lead.update', params: { id: 3 }, schema: z.boolean() },
      },
      { halt: true },
    );
    expect(fetch.requests[0]?.params['halt']).toBe('1');
    expect(parts.a.ok).toBe(true);
    expect(errorOf(parts.b).code).toBe('ERROR_CORE');
    expect(errorOf(parts.c).code).toBe('BATCH_NOT_RUN');
  });

  it('refuses more than 50 commands without a request', async () => {
    const { client, fetch } = testClient(script());
    const commands: Record<string, BatchCommand> = {};
    for (let i = 0; i < 51; i++) commands[`k${i}`] = { method: 'profile', schema: z.unknown() };
    await expect(client.batch(commands)).rejects.toMatchObject({
      kind: 'validation',
      code: 'ERROR_BATCH_LENGTH_EXCEEDED',
      description: 'Max batch length exceeded: 51 commands, a batch runs at most 50. Use batchChunks.',
    });
    await expect(client.batch({ 'a[b]': { method: 'profile', schema: z.unknown() } })).rejects.toMatchObject({
      code: 'INVALID_BATCH_KEY',
    });
    expect(fetch.requests).toHaveLength(0);
    await expect(client.batch({})).resolves.toEqual({});
  });

  it('rejects as a whole when the batch request itself fails', async () => {
    const { client } = testClient(script(fail(401, 'NO_AUTH_FOUND', 'Wrong authorization data')));
    await expect(client.batch({ p: { method: 'profile', schema: z.unknown() } })).rejects.toMatchObject({
      method: 'batch',
      code: 'NO_AUTH_FOUND',
    });
  });

  it('retries a batch of reads after a 500 once, a batch with a write never', async () => {
    const reads = testClient(script(fail(500, 'INTERNAL_SERVER_ERROR', 'x'), batchOk({ result: { p: 1 } })));
    await reads.client.batch({ p: { method: 'crm.lead.get', params: { id: 1 }, schema: z.number() } });
    expect(reads.fetch.requests).toHaveLength(2);

    const writes = testClient(script(fail(500, 'INTERNAL_SERVER_ERROR', 'x')));
    await expect(
      writes.client.batch({
        p: { method: 'crm.lead.get', params: { id: 1 }, schema: z.number() },
        w: { method: 'crm.lead.delete', params: { id: 1 }, schema: z.boolean() },
      }),
    ).rejects.toMatchObject({ status: 500 });
    expect(writes.fetch.requests).toHaveLength(1);
  });
});

describe('batchChunks', () => {
  const commands = (n: number) => {
    const out: Record<string, BatchCommand<z.ZodBoolean>> = {};
    for (let i = 0; i < n; i++)
      out[`u${i}`] = { method: 'crm.lead.update', params: { id: i }, schema: z.boolean() };
    return out;
  };
  const allTrue = (req: FakeRequest) => {
    const cmd = req.params['cmd'] as Record<string, string>;
    return batchOk({ result: Object.fromEntries(Object.keys(cmd).map((k) => [k, true])) });
  };

  it('splits into batches of 50, one after the other, reporting progress', async () => {
    const { client, fetch } = testClient(fakeFetch(allTrue));
    const progress = vi.fn<(p: { done: number; total: number }) => void>();
    const parts = await batchChunks(client, commands(120), { onProgress: progress });
    expect(fetch.requests.map((r) => Object.keys(r.params['cmd'] as object).length)).toEqual([50, 50, 20]);
    expect(Object.values(parts).every((p) => p.ok)).toBe(true);
    expect(Object.keys(parts)).toHaveLength(120);
    expect(progress.mock.calls.map(([p]) => p)).toEqual([
      { done: 50, total: 120 },
      { done: 100, total: 120 },
      { done: 120, total: 120 },
    ]);
  });

  it('stops after a failed batch request and reports its error for the rest', async () => {
    const { client, fetch } = testClient(
      fakeFetch((req, i) => (i === 1 ? { throws: new TypeError('Failed to fetch') } : allTrue(req))),
    );
    const parts = await batchChunks(client, commands(120));
    expect(fetch.requests).toHaveLength(2);
    expect(parts.u0?.ok).toBe(true);
    expect([parts.u50, parts.u119].map((p) => p && errorOf(p).kind)).toEqual(['network', 'network']);
  });
});
