import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPortal, type TestPortal } from '../test/harness';

let portal: TestPortal;
beforeAll(async () => {
  portal = await startPortal();
});
afterAll(() => portal.close());

describe('portal harness', () => {
  it('serves the page that embeds the app, under a CSP without inline scripts', async () => {
    const page = await portal.get('/portal/app?placement=CRM_LEAD_DETAIL_TAB&lead=1596');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.text).toContain('<script type="module" src="/portal/harness.js"></script>');
    expect(page.text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    const script = await portal.get('/portal/harness.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.text).toContain("from './harness/commands.js'");
    const commands = await portal.get('/portal/harness/commands.js');
    expect(commands.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(commands.text).toContain("'getInitData'");
  });

  it('tells the app that the demo portal is here', async () => {
    const marker = await portal.get('/portal/emulator.json');
    expect(marker.json).toEqual({ emulator: true, harness: '/portal/app' });
  });

  it('answers only GET and HEAD, and only its own files', async () => {
    expect((await portal.form('/portal/app', { AUTH_ID: 'x' })).status).toBe(405);
    expect((await portal.get('/portal/../package.json')).status).not.toBe(200);
    expect((await portal.get('/portal/serve.ts')).status).toBe(404);
    expect((await portal.get('/portal/')).text).toContain('Portal harness');
  });
});
