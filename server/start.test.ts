/** `npm start`: the built SPA and the emulator on one origin; app pages answer GET and POST. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCli } from '../emulator/cli';
import { start, type RunningApp } from './start';

let root: string;
let app: RunningApp;
const INDEX =
  '<!doctype html><html><body><div id="root"></div><script src="./assets/app.js"></script></body></html>';

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'start-test-'));
  const dist = path.join(root, 'dist');
  await mkdir(path.join(dist, 'assets'), { recursive: true });
  await writeFile(path.join(dist, 'index.html'), INDEX);
  await writeFile(path.join(dist, 'assets', 'app.js'), 'console.log("app");');
  await writeFile(path.join(dist, 'assets', 'app.css'), 'body{}');
  await writeFile(path.join(root, 'secret.txt'), 'outside the static folder');
  app = await start(['--port', '0', '--data', path.join(root, 'data'), '--quiet'], { STATIC_DIR: dist });
});
afterAll(async () => {
  await app.close();
  await rm(root, { recursive: true, force: true });
});

describe('server/start.ts', () => {
  it('serves index.html for / and unknown paths, on GET and on the POST Bitrix24 opens apps with', async () => {
    const launch = new URLSearchParams({ AUTH_ID: 'x', AUTH_EXPIRES: '3600', PLACEMENT: 'DEFAULT' });
    const answers = await Promise.all([
      fetch(`${app.url}/`),
      fetch(`${app.url}/editor/common?lead=simple`),
      fetch(`${app.url}/?DOMAIN=portal.example&PROTOCOL=1&LANG=en&APP_SID=abc`, {
        method: 'POST',
        body: launch,
      }),
    ]);
    for (const res of answers) {
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await res.text()).toBe(INDEX);
    }
  });

  it('serves files with their content types and never outside the folder', async () => {
    const js = await fetch(`${app.url}/assets/app.js`);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toBe('console.log("app");');
    const css = await fetch(`${app.url}/assets/app.css`, { method: 'POST' });
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    const head = await fetch(`${app.url}/assets/app.js`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    const escape = await fetch(`${app.url}/..%2Fsecret.txt`);
    expect(await escape.text()).toBe(INDEX);
  });

  it('serves the emulator on the same origin: the printed webhook works', async () => {
    expect(app.webhook).toBe(`${app.url}/rest/1/demoadmin/`);
    const res = await fetch(`${app.webhook}profile`);
    expect(await res.json()).toMatchObject({ result: { ID: '1', ADMIN: true } });
  });
});

describe('command line', () => {
  it('defaults and flags', () => {
    expect(parseCli([], {})).toMatchObject({
      port: 5173,
      host: '127.0.0.1',
      dataDir: '.data/portal',
      reset: false,
      rateLimit: true,
    });
    expect(
      parseCli(['--data', 'x', '--reset', '--no-rate-limit', '--port=6000'], { PORT: '7000' }),
    ).toMatchObject({
      port: 6000,
      dataDir: 'x',
      reset: true,
      rateLimit: false,
    });
    expect(parseCli([], { PORT: '7000' }).port).toBe(7000);
    expect(() => parseCli(['--bogus'], {})).toThrow(/unknown option/);
    expect(() => parseCli(['--port'], {})).toThrow(/needs a value/);
  });
});
