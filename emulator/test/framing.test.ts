/**
 * Who may frame the app the emulator serves: only its own portal harness, on either loopback
 * name of its port. Real HTTP on 127.0.0.1, port 0.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPortal, type TestPortal } from './harness';

let portal: TestPortal;
let dist: string;
beforeAll(async () => {
  dist = await mkdtemp(path.join(tmpdir(), 'framing-test-'));
  await writeFile(path.join(dist, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
  await writeFile(path.join(dist, 'app.js'), 'void 0;');
  portal = await startPortal({ staticDir: dist });
});
afterAll(async () => {
  await portal.close();
  await rm(dist, { recursive: true, force: true });
});

describe('frame-ancestors of the app served by the emulator', () => {
  it('names only the emulator itself, on 127.0.0.1 and localhost of its own port, for every app file and launch', async () => {
    const port = new URL(portal.url).port;
    const expected = `frame-ancestors 'self' http://127.0.0.1:${port} http://localhost:${port}`;
    const answers = await Promise.all([
      fetch(`${portal.url}/`),
      fetch(`${portal.url}/?DOMAIN=127.0.0.1:${port}&PROTOCOL=0&APP_SID=s1`, {
        method: 'POST',
        body: new URLSearchParams({ AUTH_ID: 'x', PLACEMENT: 'DEFAULT' }),
      }),
      fetch(`${portal.url}/app.js`),
      fetch(`${portal.url}/any/route`, { method: 'HEAD' }),
    ]);
    for (const res of answers) {
      expect(res.status).toBe(200);
      expect(res.headers.get('content-security-policy')).toBe(expected);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('no longer lets any https page frame the signed-in demo', async () => {
    const policy = (await fetch(`${portal.url}/`)).headers.get('content-security-policy') ?? '';
    expect(policy).not.toMatch(/https:|\*(?!\.)/);
  });

  it('leaves the harness able to frame the app: it may frame this emulator on both loopback names', async () => {
    const harness = await fetch(`${portal.url}/portal/app`);
    expect(harness.status).toBe(200);
    expect(harness.headers.get('content-security-policy')).toContain(
      'frame-src http://127.0.0.1:* http://localhost:*',
    );
  });
});
