/**
 * `scripts/serve-app.mjs`, the server for hosting the app elsewhere: who may frame it and the list
 * the app checks its frame's DOMAIN against. Real HTTP on 127.0.0.1, port 0, the script as a user
 * starts it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

const SCRIPT = path.resolve('scripts/serve-app.mjs');
const INDEX =
  '<!doctype html><html><head><meta charset="UTF-8" /><title>x</title></head><body></body></html>';

let dir: string;
const running: ChildProcess[] = [];

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'serve-app-test-'));
  await writeFile(path.join(dir, 'index.html'), INDEX);
  await writeFile(path.join(dir, 'app.js'), 'void 0;');
});
afterEach(() => {
  for (const child of running.splice(0)) child.kill();
});
afterAll(() => rm(dir, { recursive: true, force: true }));

interface Exit {
  readonly code: number | null;
  readonly stderr: string;
}

/** Starts the script; resolves with its URL once it listens, or with its exit when it refuses. */
function serve(args: string[], env: Record<string, string> = {}): Promise<string | Exit> {
  const child = spawn(process.execPath, [SCRIPT, dir, '--port', '0', ...args], {
    env: { PATH: process.env['PATH'] ?? '', ...env },
  });
  running.push(child);
  let stdout = '';
  let stderr = '';
  return new Promise((resolve) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const url = /on (http:\/\/127\.0\.0\.1:\d+)\//.exec(stdout)?.[1];
      if (url) resolve(url);
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

async function started(args: string[], env: Record<string, string> = {}): Promise<string> {
  const url = await serve(args, env);
  if (typeof url !== 'string') throw new Error(`serve-app exited ${url.code}: ${url.stderr}`);
  return url;
}

const metaOf = (html: string): string | undefined =>
  /<meta name="lcs-allowed-portals" content="([^"]*)" \/>/.exec(html)?.[1];

describe('scripts/serve-app.mjs framing', () => {
  it('by default lets only Bitrix24 cloud portals frame the app, and tells the app the same list', async () => {
    const url = await started([]);
    const res = await fetch(`${url}/`, { method: 'POST', body: new URLSearchParams({ AUTH_ID: 'x' }) });
    expect(res.status).toBe(200);
    const policy = res.headers.get('content-security-policy') ?? '';
    expect(policy.startsWith('frame-ancestors https://*.bitrix24.ru https://*.bitrix24.by ')).toBe(true);
    for (const zone of ['bitrix24.com', 'bitrix24.de', 'bitrix24.com.br', 'bitrix24.kz', 'bitrix24.eu'])
      expect(policy.split(' ')).toContain(`https://*.${zone}`);
    expect(policy).not.toMatch(/'self'|https:(?!\/\/)|\s\*\s/);
    const html = await res.text();
    expect(`frame-ancestors ${metaOf(html)}`).toBe(policy);
    expect(html.indexOf('lcs-allowed-portals')).toBeGreaterThan(html.indexOf('<meta charset'));
    expect((await fetch(`${url}/app.js`)).headers.get('content-security-policy')).toBe(policy);
  });

  it('takes ALLOWED_PORTALS, and --portals over it, spaces or commas', async () => {
    const fromEnv = await started([], {
      ALLOWED_PORTALS: 'https://crm.example.com, https://*.example.org:8443',
    });
    const res = await fetch(`${fromEnv}/any/route`);
    expect(res.headers.get('content-security-policy')).toBe(
      'frame-ancestors https://crm.example.com https://*.example.org:8443',
    );
    expect(metaOf(await res.text())).toBe('https://crm.example.com https://*.example.org:8443');
    const fromFlag = await started(['--portals', 'https://b24.example.net'], {
      ALLOWED_PORTALS: 'https://crm.example.com',
    });
    expect((await fetch(`${fromFlag}/`, { method: 'HEAD' })).headers.get('content-security-policy')).toBe(
      'frame-ancestors https://b24.example.net',
    );
  });

  it('refuses a list that is not portal origins instead of sending it in a header', async () => {
    for (const list of [
      "https://a.example; script-src 'unsafe-inline'",
      '*',
      'https:',
      'https://a.example/path',
    ])
      expect(await serve(['--portals', list])).toMatchObject({
        code: 2,
        stderr: expect.stringContaining('not a portal origin') as unknown,
      });
  });
});
