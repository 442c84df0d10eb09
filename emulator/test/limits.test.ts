/**
 * Hostile requests: bodies over the size limit, parameters nested too deep, broken percent-encoding
 * and invalid UTF-8 get a clean `{error, error_description}` answer, nothing is stored, and the
 * emulator keeps serving.
 */
import { request as httpRequest } from 'node:http';
import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, MAX_NESTING } from '../request';
import { ADMIN, dig, portalForFile, toReply, type Reply } from './harness';

const portal = portalForFile();

const FORM = { 'Content-Type': 'application/x-www-form-urlencoded' };

async function post(
  path: string,
  body: string | Buffer,
  headers: Record<string, string> = FORM,
): Promise<Reply> {
  const res = await fetch(portal.url + path, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });
  return toReply(res);
}

const leadCount = async (): Promise<unknown> =>
  dig((await portal.json(`${ADMIN}crm.lead.list`, { start: 0 })).json, 'total');

/** The emulator still answers a plain call. */
async function stillServing(): Promise<void> {
  const reply = await portal.get(`${ADMIN}profile`);
  expect(reply.status).toBe(200);
  expect(dig(reply.json, 'result', 'ID')).toBe('1');
}

const refused = (status: number, description: string | RegExp) => ({
  status,
  json: {
    error: 'INVALID_REQUEST',
    error_description: description instanceof RegExp ? expect.stringMatching(description) : description,
  },
});

describe('body size', () => {
  it('refuses a body over 1 MB with 413 and stores nothing', async () => {
    const before = await leadCount();
    const big = `fields[TITLE]=${'x'.repeat(MAX_BODY_BYTES)}`;
    const reply = await post(`${ADMIN}crm.lead.add`, big);
    expect(reply).toMatchObject(
      refused(413, `The request body is larger than 1 MB (${MAX_BODY_BYTES} bytes).`),
    );
    expect(reply.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await leadCount()).toBe(before);
    await stillServing();
  });

  it('accepts a body just under the limit', async () => {
    const filler = `junk=${'y'.repeat(MAX_BODY_BYTES - 200)}`;
    const reply = await post(`${ADMIN}profile`, filler);
    expect(reply.status).toBe(200);
  });

  it('refuses oversized control requests too', async () => {
    const reply = await post('/_emulator/faults', `[${' '.repeat(MAX_BODY_BYTES)}]`, {
      'Content-Type': 'application/json',
    });
    expect(reply).toMatchObject(refused(413, /larger than 1 MB/));
    expect((await portal.control('GET', '/_emulator/faults')).json).toEqual({ faults: [] });
  });

  it('cuts a connection that keeps streaming far past the limit, and keeps serving', async () => {
    const outcome = await new Promise<string>((resolve) => {
      const req = httpRequest(`${portal.url}${ADMIN}crm.lead.add`, { method: 'POST', headers: FORM });
      req.on('response', (res) => resolve(`answered ${res.statusCode}`));
      req.on('error', (e) => resolve(`cut: ${(e as NodeJS.ErrnoException).code ?? e.message}`));
      const chunk = Buffer.alloc(256 * 1024, 'z');
      let sent = 0;
      const pump = (): void => {
        while (sent < MAX_BODY_BYTES * 32) {
          sent += chunk.length;
          if (!req.write(chunk)) {
            req.once('drain', pump);
            return;
          }
        }
        req.end();
      };
      pump();
    });
    expect(outcome).toMatch(/^cut: /);
    await stillServing();
  });
});

describe('nesting', () => {
  const deepKey = (depth: number): string => `fields${'[a]'.repeat(depth)}`;
  const deepJson = (depth: number): string => `{"fields":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`;

  it(`accepts form parameters nested ${MAX_NESTING} deep and refuses ${MAX_NESTING + 1}`, async () => {
    expect((await post(`${ADMIN}profile`, `${deepKey(MAX_NESTING)}=1`)).status).toBe(200);
    expect(await post(`${ADMIN}profile`, `${deepKey(MAX_NESTING + 1)}=1`)).toMatchObject(
      refused(400, `Parameters are nested deeper than ${MAX_NESTING} levels.`),
    );
    // brackets written as %5B count the same
    const encoded = `fields${'%5Ba%5D'.repeat(MAX_NESTING + 1)}=1`;
    expect((await post(`${ADMIN}profile`, encoded)).status).toBe(400);
    expect((await portal.get(`${ADMIN}profile?${deepKey(MAX_NESTING + 1)}=1`)).status).toBe(400);
  });

  it(`accepts JSON nested ${MAX_NESTING} deep and refuses ${MAX_NESTING + 1}`, async () => {
    const json = { 'Content-Type': 'application/json' };
    expect((await post(`${ADMIN}profile`, deepJson(MAX_NESTING), json)).status).toBe(200);
    expect(await post(`${ADMIN}profile`, deepJson(MAX_NESTING + 1), json)).toMatchObject(
      refused(400, `Parameters are nested deeper than ${MAX_NESTING} levels.`),
    );
    // brackets inside strings are text, not nesting
    const text = JSON.stringify({ fields: { TITLE: '['.repeat(500) } });
    expect((await post(`${ADMIN}profile`, text, json)).status).toBe(200);
  });

  it('refuses a megabyte of nesting at once, without a stack overflow', async () => {
    const started = performance.now();
    const form = await post(`${ADMIN}crm.lead.add`, `${'[a]'.repeat(300_000).replace(/^/, 'x')}=1`);
    const json = await post(`${ADMIN}crm.lead.add`, `${'['.repeat(MAX_BODY_BYTES - 10)}`, {
      'Content-Type': 'application/json',
    });
    expect([form.status, json.status]).toEqual([400, 400]);
    expect(performance.now() - started).toBeLessThan(5000);
    await stillServing();
  });
});

describe('encoding', () => {
  it('refuses broken percent-encoding in the body and in the query', async () => {
    expect(await post(`${ADMIN}crm.lead.add`, 'fields[TITLE]=100%')).toMatchObject(
      refused(400, 'Invalid percent-encoding in the body.'),
    );
    expect(await post(`${ADMIN}crm.lead.add`, 'fields[TITLE]=%zz')).toMatchObject(
      refused(400, 'Invalid percent-encoding in the body.'),
    );
    expect(await portal.get(`${ADMIN}crm.lead.get?id=%G1`)).toMatchObject(
      refused(400, 'Invalid percent-encoding in the query string.'),
    );
  });

  it('refuses percent-encoded bytes that are not UTF-8', async () => {
    for (const bad of ['%FF', '%C3%28', '%ED%A0%80' /* a lone surrogate */, '%E2%82']) {
      expect(await post(`${ADMIN}crm.lead.add`, `fields[TITLE]=${bad}`)).toMatchObject(
        refused(400, 'The body is not valid UTF-8 once percent-decoded.'),
      );
    }
    expect((await portal.get(`${ADMIN}crm.lead.get?id=%FF`)).status).toBe(400);
  });

  it('refuses raw bodies and multipart fields that are not UTF-8', async () => {
    const raw = Buffer.concat([
      Buffer.from('{"fields":{"TITLE":"'),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('"}}'),
    ]);
    expect(await post(`${ADMIN}crm.lead.add`, raw, { 'Content-Type': 'application/json' })).toMatchObject(
      refused(400, 'The request body is not valid UTF-8.'),
    );
    const boundary = 'XyZ';
    const multipart = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="fields[TITLE]"\r\n\r\n`),
      Buffer.from([0xff, 0xfe]),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    expect(
      await post(`${ADMIN}crm.lead.add`, multipart, {
        'Content-Type': `multipart/form-data; boundary=${boundary}`,
      }),
    ).toMatchObject(refused(400, 'A form field of the request is not valid UTF-8.'));
  });

  it('still reads valid UTF-8 and `+` as before', async () => {
    const title = 'Привет мир + ünïcödé 😀';
    const added = await post(
      `${ADMIN}crm.lead.add`,
      `fields[TITLE]=${encodeURIComponent(title)}&fields[NAME]=a+b`,
    );
    const id = Number(dig(added.json, 'result'));
    const lead = await portal.json(`${ADMIN}crm.lead.get`, { id });
    expect(dig(lead.json, 'result', 'TITLE')).toBe(title);
    expect(dig(lead.json, 'result', 'NAME')).toBe('a b');
  });

  it('keeps serving after a burst of hostile requests', async () => {
    const before = await leadCount();
    const hostile = await Promise.all([
      post(`${ADMIN}crm.lead.add`, 'fields[TITLE]=%'),
      post(`${ADMIN}crm.lead.add`, `fields${'[x]'.repeat(100)}=1`),
      post(`${ADMIN}crm.lead.add`, Buffer.from([0xff, 0xff]), { 'Content-Type': 'application/json' }),
      post(`${ADMIN}crm.lead.add`, 'x'.repeat(MAX_BODY_BYTES + 1)),
    ]);
    expect(hostile.map((r) => r.status)).toEqual([400, 400, 400, 413]);
    expect(await leadCount()).toBe(before);
    await stillServing();
  });
});
