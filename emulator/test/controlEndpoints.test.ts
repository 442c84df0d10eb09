/**
 * The loopback control endpoints: fault injection (`/_emulator/faults`) and reset.
 */
import { describe, expect, it } from 'vitest';
import { ADMIN, dig, portalForFile, toForm } from './harness';

const portal = portalForFile();

describe('fault injection (/_emulator/faults)', () => {
  it('fails the next N calls of a method with a status and error', async () => {
    await portal.control('POST', '/_emulator/faults', {
      method: 'crm.lead.fields',
      count: 2,
      status: 503,
      error: 'OVERLOAD_LIMIT',
      description: 'REST API is blocked due to overload.',
    });
    expect((await portal.get(`${ADMIN}profile`)).status).toBe(200); // other methods unaffected
    for (let i = 0; i < 2; i++) {
      const reply = await portal.get(`${ADMIN}crm.lead.fields`);
      expect(reply.status).toBe(503);
      expect(reply.json).toEqual({
        error: 'OVERLOAD_LIMIT',
        error_description: 'REST API is blocked due to overload.',
      });
    }
    expect((await portal.get(`${ADMIN}crm.lead.fields`)).status).toBe(200);
  });

  it('delays, broken bodies, dropped connections; list and clear', async () => {
    await portal.control('POST', '/_emulator/faults', [
      { delayMs: 300 },
      { body: 'html' },
      { body: 'truncated' },
      { body: 'empty' },
      { drop: true },
    ]);
    const t0 = Date.now();
    expect((await portal.get(`${ADMIN}profile`)).status).toBe(200);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(290);

    const html = await portal.get(`${ADMIN}profile`);
    expect(html.status).toBe(502);
    expect(html.headers.get('content-type')).toContain('text/html');
    expect(html.json).toBeUndefined();

    const truncated = await portal.get(`${ADMIN}profile`);
    expect(truncated.status).toBe(200);
    expect(truncated.text.startsWith('{"result":')).toBe(true);
    expect(truncated.json).toBeUndefined();

    const empty = await portal.get(`${ADMIN}profile`);
    expect(empty.text).toBe('');

    await expect(fetch(`${portal.url}${ADMIN}profile`)).rejects.toThrow(/fetch failed/);

    await portal.control('POST', '/_emulator/faults', { method: 'profile', count: 5, status: 500 });
    expect(dig((await portal.control('GET', '/_emulator/faults')).json, 'faults', 0, 'remaining')).toBe(5);
    await portal.control('DELETE', '/_emulator/faults');
    expect((await portal.get(`${ADMIN}profile`)).status).toBe(200);
  });

  it('quotes the request URL, with the webhook secret, as a proxy or a 401 text does', async () => {
    await portal.control('POST', '/_emulator/faults', [
      { method: 'profile', quoteUrl: 'plain' },
      {
        method: 'profile',
        status: 401,
        error: 'INVALID_CREDENTIALS',
        description: 'Denied for',
        quoteUrl: 'encoded',
      },
      { method: 'profile', body: 'html', quoteUrl: 'plain' },
    ]);
    const url = `${portal.url}${ADMIN}profile.json`;
    const plain = await portal.json(`${ADMIN}profile.json`, {});
    expect([plain.status, plain.json]).toEqual([
      500,
      { error: 'INTERNAL_SERVER_ERROR', error_description: `Upstream request failed: POST ${url}` },
    ]);
    const encoded = await portal.json(`${ADMIN}profile.json`, {});
    expect([encoded.status, encoded.json]).toEqual([
      401,
      { error: 'INVALID_CREDENTIALS', error_description: `Denied for POST ${encodeURIComponent(url)}` },
    ]);
    const html = await portal.json(`${ADMIN}profile.json`, {});
    expect(html.status).toBe(502);
    expect(html.text).toContain(`<p>upstream POST ${url}</p>`);
  });

  it('rejects malformed fault specs', async () => {
    const reply = await portal.control('POST', '/_emulator/faults', { status: 'soon' });
    expect(reply.status).toBe(400);
  });
});

describe('control endpoints', () => {
  it('reset reseeds; unknown endpoints are 404', async () => {
    await portal.json(`${ADMIN}crm.lead.delete`, { id: 1590 });
    expect((await portal.control('POST', '/_emulator/reset')).json).toEqual({ result: true });
    expect(dig((await portal.json(`${ADMIN}crm.lead.get`, { id: 1590 })).json, 'result', 'ID')).toBe('1590');
    expect((await portal.control('GET', '/_emulator/state')).status).toBe(404);
    expect(toForm({ a: [1, { b: 'c' }] })).toEqual(['a%5B0%5D=1', 'a%5B1%5D%5Bb%5D=c']);
  });
});
