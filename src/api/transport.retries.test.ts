import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { webhookAuth } from './auth';
import { LeadFieldsSchema } from './schemas/fields';
import { ProfileSchema } from './schemas/user';
import { fail, fakeFetch, ok, script, testClient, WEBHOOK, type FakeReply } from './testing/fakeFetch';
import { rejection } from './testing/rejection';
import { createPortalClient, isReadMethod, type PortalEvent } from './transport';

const PROFILE = { ID: '1', ADMIN: true, NAME: 'Anna', LAST_NAME: 'Admin' };

describe('retries', () => {
  const limit = (n: number): FakeReply => fail(503, 'QUERY_LIMIT_EXCEEDED', `Too many requests #${n}`);

  it('waits out a 503 burst and succeeds', async () => {
    const events: PortalEvent[] = [];
    const { client, fetch, sleeps } = testClient(script(limit(1), limit(2), ok(PROFILE)), {
      onEvent: (e) => events.push(e),
    });
    await expect(client.call('profile', {}, ProfileSchema)).resolves.toEqual(PROFILE);
    expect(fetch.requests).toHaveLength(3);
    expect(sleeps).toEqual([1500, 2250]);
    expect(events.map((e) => (e.type === 'retry' ? [e.attempt, e.delayMs, e.error.code] : e.type))).toEqual([
      [2, 1500, 'QUERY_LIMIT_EXCEEDED'],
      [3, 2250, 'QUERY_LIMIT_EXCEEDED'],
    ]);
  });

  it('gives up after 3 retries with the last error', async () => {
    const { client, fetch, sleeps } = testClient(script(limit(1), limit(2), limit(3), limit(4)));
    const e = await rejection(client.call('profile', {}, ProfileSchema));
    expect(e.description).toBe('Too many requests #4');
    expect(fetch.requests).toHaveLength(4);
    expect(sleeps).toEqual([1500, 2250, 3375]);
  });

  it('applies ±10 % jitter', async () => {
    const { client, sleeps } = testClient(script(limit(1), limit(2), ok(PROFILE)), { random: () => 0 });
    await client.call('profile', {}, ProfileSchema);
    expect(sleeps).toEqual([1350, 2025]);
  });

  it('retries a write rejected by the rate limit (it never ran)', async () => {
    const { client, fetch } = testClient(script(limit(1), ok(42)));
    await expect(client.call('crm.lead.add', { fields: { TITLE: 'x' } }, z.number())).resolves.toBe(42);
    expect(fetch.requests).toHaveLength(2);
  });

  it('does not retry OVERLOAD_LIMIT (a manual block)', async () => {
    const { client, fetch } = testClient(
      script(fail(503, 'OVERLOAD_LIMIT', 'REST API is blocked due to overload.')),
    );
    await expect(client.call('profile', {}, ProfileSchema)).rejects.toMatchObject({ code: 'OVERLOAD_LIMIT' });
    expect(fetch.requests).toHaveLength(1);
  });

  it('retries a network failure of a read', async () => {
    const { client, fetch, sleeps } = testClient(
      script({ throws: new TypeError('Failed to fetch') }, ok(PROFILE)),
    );
    await expect(client.call('profile', {}, ProfileSchema)).resolves.toEqual(PROFILE);
    expect(fetch.requests).toHaveLength(2);
    expect(sleeps).toEqual([1000]);
  });

  it('does not retry a network failure of a write (it may have run)', async () => {
    const { client, fetch } = testClient(script({ throws: new TypeError('Failed to fetch') }));
    const e = await rejection(client.call('crm.lead.update', { id: 1 }, z.boolean()));
    expect(e).toMatchObject({ kind: 'network', description: 'Failed to fetch', status: 0 });
    expect(fetch.requests).toHaveLength(1);
  });

  it('does not retry a 500 on a write', async () => {
    const { client, fetch } = testClient(script(fail(500, 'INTERNAL_SERVER_ERROR', 'Internal server error')));
    const e = await rejection(client.call('crm.lead.details.configuration.set', {}, z.boolean()));
    expect(e).toMatchObject({ kind: 'portal', code: 'INTERNAL_SERVER_ERROR', status: 500 });
    expect(fetch.requests).toHaveLength(1);
  });

  it('retries a 500 on a read once only', async () => {
    const { client, fetch } = testClient(
      script(fail(500, 'INTERNAL_SERVER_ERROR', 'a'), fail(500, 'INTERNAL_SERVER_ERROR', 'b')),
    );
    const e = await rejection(client.call('crm.lead.fields', {}, LeadFieldsSchema));
    expect(e.description).toBe('b');
    expect(fetch.requests).toHaveLength(2);
  });

  it('retries a 502 HTML page of a read once and reports it as a decode error with the status', async () => {
    const { client, fetch } = testClient(
      script({ status: 502, text: '<h1>Bad gateway</h1>' }, { status: 502, text: 'x' }),
    );
    const e = await rejection(client.call('crm.lead.get', { id: 1 }, z.unknown()));
    expect(e).toMatchObject({ kind: 'decode', status: 502 });
    expect(fetch.requests).toHaveLength(2);
  });

  it('surfaces 429 by default and waits operationLimitDelayMs when configured', async () => {
    const tooLong = fail(429, 'OPERATION_TIME_LIMIT', 'Method is blocked due to operation time limit.');
    const plain = testClient(script(tooLong));
    await expect(plain.client.call('crm.lead.list', {}, z.unknown())).rejects.toMatchObject({ status: 429 });
    expect(plain.fetch.requests).toHaveLength(1);

    const patient = testClient(script(tooLong, ok([])), { operationLimitDelayMs: 10_000 });
    await expect(patient.client.call('crm.lead.list', {}, z.array(z.unknown()))).resolves.toEqual([]);
    expect(patient.sleeps).toEqual([10_000]);
  });

  it('honours idempotent: true for a method whose name looks like a write', async () => {
    const { client, fetch } = testClient(script({ throws: new TypeError('x') }, ok(true)));
    await client.call('crm.lead.details.configuration.reset', {}, z.boolean(), { idempotent: true });
    expect(fetch.requests).toHaveLength(2);
  });

  it('classifies read methods by name', () => {
    for (const m of [
      'crm.lead.get',
      'crm.lead.list',
      'crm.lead.fields',
      'profile',
      'user.current',
      'app.info',
    ]) {
      expect(isReadMethod(m)).toBe(true);
    }
    for (const m of ['crm.lead.add', 'crm.lead.details.configuration.set', 'batch', 'user.update']) {
      expect(isReadMethod(m)).toBe(false);
    }
  });
});

describe('abort and timeout', () => {
  it('rejects with aborted when the caller aborts, without retrying', async () => {
    const { client, fetch } = testClient(fakeFetch(() => 'hang'));
    const controller = new AbortController();
    const p = rejection(client.call('profile', {}, ProfileSchema, { signal: controller.signal }));
    await vi.waitFor(() => expect(fetch.requests).toHaveLength(1));
    controller.abort();
    expect((await p).kind).toBe('aborted');
    expect(fetch.requests).toHaveLength(1);
  });

  it('sends nothing for an already aborted signal', async () => {
    const { client, fetch } = testClient(script());
    const e = await rejection(client.call('profile', {}, ProfileSchema, { signal: AbortSignal.abort() }));
    expect(e.kind).toBe('aborted');
    expect(fetch.requests).toHaveLength(0);
  });

  it('stops waiting between retries when aborted', async () => {
    const controller = new AbortController();
    const { client, fetch } = testClient(script(fail(503, 'QUERY_LIMIT_EXCEEDED', 'x')), {
      sleep: () => {
        controller.abort();
        return Promise.resolve();
      },
    });
    const e = await rejection(client.call('profile', {}, ProfileSchema, { signal: controller.signal }));
    expect(e.kind).toBe('aborted');
    expect(fetch.requests).toHaveLength(1);
  });

  it('times out a silent portal: a read is retried once, a write not at all', async () => {
    const read = testClient(
      fakeFetch(() => 'hang'),
      { timeoutMs: 10 },
    );
    const e = await rejection(read.client.call('profile', {}, ProfileSchema));
    expect(e).toMatchObject({ kind: 'timeout', status: 0, description: 'No answer within 10 ms.' });
    expect(read.fetch.requests).toHaveLength(2);

    const write = testClient(fakeFetch(() => 'hang'));
    const w = await rejection(write.client.call('crm.lead.add', {}, z.number(), { timeoutMs: 10 }));
    expect(w.kind).toBe('timeout');
    expect(write.fetch.requests).toHaveLength(1);
  });

  it('uses the real sleep by default and still honours abort', async () => {
    const controller = new AbortController();
    const client = createPortalClient({
      auth: webhookAuth(WEBHOOK),
      fetch: script(fail(503, 'QUERY_LIMIT_EXCEEDED', 'x')),
    });
    const p = rejection(client.call('profile', {}, ProfileSchema, { signal: controller.signal }));
    setTimeout(() => controller.abort(), 5);
    expect((await p).kind).toBe('aborted');
  });

  it('ignores hooks that throw', async () => {
    const { client } = testClient(script(fail(503, 'QUERY_LIMIT_EXCEEDED', 'x'), ok(PROFILE)), {
      onRequest: () => {
        throw new Error('hook');
      },
      onEvent: () => {
        throw new Error('hook');
      },
    });
    await expect(client.call('profile', {}, ProfileSchema)).resolves.toEqual(PROFILE);
  });
});
