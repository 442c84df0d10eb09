/** `--app URL` and `--https`: the options, the harness's marker and policy, and REST over https. */
import { request } from 'node:https';
import { describe, expect, it } from 'vitest';
import { parseCli, portalOptions } from '../cli';
import { startPortal } from './harness';

describe('--app and --https on the command line', () => {
  it('takes an absolute http(s) URL for --app and refuses anything else', () => {
    expect(parseCli(['--app', 'http://127.0.0.1:9000/my-app/']).app).toBe('http://127.0.0.1:9000/my-app/');
    expect(parseCli(['--app=https://apps.example.test/x']).app).toBe('https://apps.example.test/x');
    expect(() => parseCli(['--app', '/relative'])).toThrow('--app needs an absolute http(s) URL');
    expect(() => parseCli(['--app', 'ftp://example.test/'])).toThrow('--app needs an http(s) URL');
    expect(parseCli(['--https']).https).toBe(true);
    expect(parseCli([]).https).toBe(false);
  });
});

describe('the harness with --app', () => {
  it('tells the page which app to frame and lets its origin be framed and posted to', async () => {
    const portal = await startPortal({ appUrl: 'http://127.0.0.1:9000/my-app/' });
    try {
      const marker = await portal.get('/portal/emulator.json');
      expect(marker.json).toEqual({
        emulator: true,
        harness: '/portal/app',
        app: 'http://127.0.0.1:9000/my-app/',
      });
      const page = await portal.get('/portal/app');
      const csp = page.headers.get('content-security-policy') ?? '';
      expect(csp).toContain('frame-src http://127.0.0.1:* http://localhost:* https: http://127.0.0.1:9000');
      expect(csp).toContain('form-action http://127.0.0.1:* http://localhost:* https: http://127.0.0.1:9000');
    } finally {
      await portal.close();
    }
  });

  it('without --app names no app (the page frames the one this server serves)', async () => {
    const portal = await startPortal();
    try {
      expect((await portal.get('/portal/emulator.json')).json).toEqual({
        emulator: true,
        harness: '/portal/app',
      });
    } finally {
      await portal.close();
    }
  });
});

describe('--https', () => {
  it('serves REST over https with a certificate made at start', async () => {
    const options = portalOptions(parseCli(['--https']));
    const { tls } = options;
    expect(tls?.cert).toContain('BEGIN CERTIFICATE');
    const portal = await startPortal(tls ? { tls } : {});
    try {
      expect(portal.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
      const body = await new Promise<string>((resolve, reject) => {
        const req = request(
          `${portal.url}/rest/1/demoadmin/profile.json`,
          { method: 'POST', ca: tls?.cert },
          (res) => {
            let text = '';
            res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
            res.on('end', () => resolve(text));
          },
        );
        req.on('error', reject);
        req.end();
      });
      expect(JSON.parse(body)).toMatchObject({ result: { ID: '1', NAME: 'Demo', LAST_NAME: 'Admin' } });
    } finally {
      await portal.close();
    }
  });
});
