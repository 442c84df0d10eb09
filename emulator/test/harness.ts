/**
 * Test helpers: a real emulator on 127.0.0.1, port 0, in a temp data folder, and small fetch
 * wrappers that send JSON, PHP-style forms or GET query strings like the documentation does.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createPortalServer, type PortalServerOptions } from '../http';

export const ADMIN = '/rest/1/demoadmin/';
export const MANAGER = '/rest/2/demouser/';
export const NOCRM = '/rest/3/nocrm/';
export const ADMIN_TOKEN = 'demo-admin-token';

export interface Reply {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  /** Parsed body (`undefined` when it is not JSON). */
  readonly json: unknown;
}

export interface TestPortal {
  readonly url: string;
  readonly dataDir: string;
  /** POST a JSON body. */
  json(path: string, body?: unknown, headers?: Record<string, string>): Promise<Reply>;
  /** POST `application/x-www-form-urlencoded` in PHP bracket syntax. */
  form(path: string, body: unknown): Promise<Reply>;
  /** GET (the query string goes into `path`). */
  get(path: string): Promise<Reply>;
  /** Loopback control endpoint. */
  control(method: string, path: string, body?: unknown): Promise<Reply>;
  /** Stops the server; the data folder is removed unless `keepData`. */
  close(keepData?: boolean): Promise<void>;
}

export async function newDataDir(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), 'portal-test-'));
}

/** A fetch response as a `Reply`: status, headers, text and the parsed body when it is JSON. */
export async function toReply(res: Response): Promise<Reply> {
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

/** PHP bracket syntax, like `qs.stringify` or BX24.js build it. */
export function toForm(value: unknown, prefix = ''): string[] {
  if (value === null || value === undefined) return [];
  if (typeof value === 'object') {
    const entries = Array.isArray(value)
      ? value.map((v, i) => [String(i), v] as const)
      : Object.entries(value);
    return entries.flatMap(([k, v]) => toForm(v, prefix === '' ? k : `${prefix}[${k}]`));
  }
  return [`${encodeURIComponent(prefix)}=${encodeURIComponent(String(value))}`];
}

export async function startPortal(options: Partial<PortalServerOptions> = {}): Promise<TestPortal> {
  const dataDir = options.dataDir ?? (await newDataDir());
  const portal = createPortalServer({ log: false, rateLimit: false, ...options, dataDir });
  const url = await portal.listen(0, '127.0.0.1');
  const request = async (
    method: string,
    p: string,
    body?: string,
    headers: Record<string, string> = {},
  ): Promise<Reply> =>
    toReply(await fetch(url + p, { method, headers, ...(body === undefined ? {} : { body }) }));
  return {
    url,
    dataDir,
    json: (p, body, headers = {}) =>
      request('POST', p, body === undefined ? undefined : JSON.stringify(body), {
        'Content-Type': 'application/json',
        ...headers,
      }),
    form: (p, body) =>
      request('POST', p, toForm(body).join('&'), { 'Content-Type': 'application/x-www-form-urlencoded' }),
    get: (p) => request('GET', p),
    control: (method, p, body) =>
      request(method, p, body === undefined ? undefined : JSON.stringify(body), {
        'Content-Type': 'application/json',
      }),
    async close(keepData = false) {
      await portal.close();
      if (!keepData) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * One emulator for the whole test file, started before its first test and closed after its last;
 * with `reset`, its data is reseeded before every test, so each test starts on the seed portal.
 */
export function portalForFile(options: { reset?: boolean } = {}): TestPortal {
  let started: TestPortal | undefined;
  const live = (): TestPortal => {
    if (!started) throw new Error('the test portal is not started yet');
    return started;
  };
  beforeAll(async () => {
    started = await startPortal();
  });
  afterAll(() => live().close());
  if (options.reset)
    beforeEach(async () => {
      await live().control('POST', '/_emulator/reset');
    });
  return {
    get url() {
      return live().url;
    },
    get dataDir() {
      return live().dataDir;
    },
    json: (p, body, headers) => live().json(p, body, headers),
    form: (p, body) => live().form(p, body),
    get: (p) => live().get(p),
    control: (method, p, body) => live().control(method, p, body),
    close: (keepData) => live().close(keepData),
  };
}

/** `dig(x, 'result', 0, 'ID')`: walks a parsed body without casts at every step. */
export function dig(value: unknown, ...keys: (string | number)[]): unknown {
  let v = value;
  for (const k of keys) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<string, unknown>)[String(k)];
  }
  return v;
}

/** An error body as the portal sends it: only `error` and `error_description`. */
export const errorBody = (error: string, error_description: string) => ({ error, error_description });

/** `{error: "", error_description}` with HTTP 400: every CRM proxy error (BITRIX24-API.md 1.8). */
export const crmErrorBody = (description: string): { error: string; error_description: string } =>
  errorBody('', description);
