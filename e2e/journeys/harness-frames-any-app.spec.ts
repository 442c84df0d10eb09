import { expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPortalServer } from '../../emulator/http';

/**
 * A tiny Bitrix24 app of its own, on another origin, written the way any app is: it asks the
 * portal frame for its init data over postMessage (BITRIX24-API.md 5.2) and calls REST with the
 * token it gets. The emulator started with `appUrl` (`--app URL`) frames it in its harness.
 */
const TINY_APP = `<!doctype html><html><head><meta charset="utf-8"><title>Tiny app</title></head>
<body><p id="state">waiting</p><script>
  const q = new URLSearchParams(location.search);
  const portal = (q.get('PROTOCOL') === '1' ? 'https://' : 'http://') + q.get('DOMAIN');
  const sid = q.get('APP_SID');
  window.addEventListener('message', async (e) => {
    if (e.origin !== portal) return;
    const data = JSON.parse(String(e.data).slice(String(e.data).indexOf(':') + 1));
    const reply = await fetch(portal + '/rest/profile.json?auth=' + encodeURIComponent(data.AUTH_ID));
    const profile = (await reply.json()).result;
    document.getElementById('state').textContent =
      'placement ' + data.PLACEMENT + ', signed in as ' + profile.NAME + ' ' + profile.LAST_NAME;
  });
  parent.postMessage('getInitData:cb1:' + sid, portal);
</script></body></html>`;

function listen(server: Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
    ),
  );
}

test('the harness frames an app of another origin named by --app, and answers its frame protocol', async ({
  page,
}) => {
  const app = createServer((req, res) => {
    req.resume();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(TINY_APP);
  });
  const appUrl = `${await listen(app)}/tiny/`;
  const dataDir = mkdtempSync(join(tmpdir(), 'lcs-any-app-'));
  const portal = createPortalServer({ dataDir, reset: true, rateLimit: false, log: false, appUrl });
  const portalUrl = await portal.listen(0, '127.0.0.1');
  try {
    await page.goto(`${portalUrl}/portal/app`);
    const frame = page.frameLocator('#app-frame');
    await expect(frame.locator('#state')).toHaveText('placement DEFAULT, signed in as Demo Admin');
    await expect(page.locator('#harness-scenario')).toContainText(`app at ${new URL(appUrl).origin}/tiny/`);
  } finally {
    await portal.close();
    await new Promise<void>((resolve) => app.close(() => resolve()));
    rmSync(dataDir, { recursive: true, force: true });
  }
});
