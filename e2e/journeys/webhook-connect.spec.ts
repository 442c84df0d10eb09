import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ConsoleMessage } from '@playwright/test';
import { expect, test } from '../fixtures';
import { ConnectPage } from '../pages/ConnectPage';

const listen = (server: Server) =>
  new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );

test('a webhook URL connects the app from the browser; the demo is one click away', async ({
  page,
  portal,
}) => {
  const consoleTexts: string[] = [];
  page.on('console', (m: ConsoleMessage) => consoleTexts.push(m.text()));
  const restPaths: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/rest/')) restPaths.push(new URL(r.url()).pathname);
  });
  const connect = new ConnectPage(page, portal.url);
  await connect.open();
  await expect(connect.connectionLabel).toHaveText('Demo portal · Demo Admin');

  await connect.connect(`${portal.url}/rest/2/demouser/`);
  await expect(page.getByRole('region', { name: 'Fields' })).toBeVisible();
  const host = new URL(portal.url).host;
  await expect(connect.connectionLabel).toHaveText(`${host} · Demo Manager`);
  // profile says who it is: the manager opens on their own personal layout
  await expect(page.getByText(/Personal layout of Demo Manager/)).toBeVisible();
  expect(restPaths.slice(-1)[0]).toMatch(/^\/rest\/2\/demouser\/batch\.json$/);

  // kept for this tab: a reload stays connected, a new tab does not
  await page.reload();
  await expect(connect.connectionLabel).toHaveText(`${host} · Demo Manager`);
  const other = await page.context().newPage();
  await other.goto(`${portal.url}/`);
  await expect(other.getByTestId('connection-label')).toHaveText('Demo portal · Demo Admin');
  await other.close();

  // shown masked; never in the address, the page or the console
  await connect.openFromTopBar();
  await expect(connect.current).toContainText(`${portal.url}/rest/2/de…er/`);
  await expect(connect.current).toContainText('kept for this tab only');
  await expect(connect.urlInput).toHaveValue('');
  expect(page.url()).not.toContain('demouser');
  expect(await page.locator('body').innerText()).not.toContain('demouser');
  expect(consoleTexts.filter((t) => t.includes('demouser'))).toEqual([]);

  await connect.useDemo();
  await expect(connect.connectionLabel).toHaveText('Demo portal · Demo Admin');
  await expect(page.getByText('Common layout', { exact: true })).toBeVisible();
  await page.reload();
  await expect(connect.connectionLabel).toHaveText('Demo portal · Demo Admin');
});

test('"remember on this device" keeps the webhook for new tabs, with a warning; Disconnect forgets it', async ({
  page,
  portal,
}) => {
  const connect = new ConnectPage(page, portal.url);
  await connect.open();
  await connect.urlInput.fill(`${portal.url}/rest/1/demoadmin/`);
  await connect.remember.check();
  await expect(page.getByRole('note')).toContainText('Anyone who uses this browser profile can read it');
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  const host = new URL(portal.url).host;
  await expect(connect.connectionLabel).toHaveText(`${host} · Demo Admin`);

  const other = await page.context().newPage();
  await other.goto(`${portal.url}/`);
  await expect(other.getByTestId('connection-label')).toHaveText(`${host} · Demo Admin`);
  const otherConnect = new ConnectPage(other, portal.url);
  await otherConnect.openFromTopBar();
  await expect(otherConnect.current).toContainText('remembered on this device');
  await other.getByRole('button', { name: 'Disconnect' }).click();
  await expect(otherConnect.connectionLabel).toHaveText('Not connected');
  await other.close();

  const third = await page.context().newPage();
  await third.goto(`${portal.url}/`);
  await expect(third.getByTestId('connection-label')).toHaveText('Demo portal · Demo Admin');
});

test('each bad webhook is refused with its own message', async ({ page, portal }) => {
  // a server that answers like a portal but without CORS headers, and a port nobody listens on
  const noCors = createServer((req, res) => {
    req.resume();
    res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"result":[]}');
  });
  const noCorsPort = await listen(noCors);
  const closed = createServer();
  const closedPort = await listen(closed);
  await new Promise((resolve) => closed.close(resolve));

  const connect = new ConnectPage(page, portal.url);
  await connect.open();
  const cases: [url: string, message: RegExp][] = [
    ['portal.bitrix24.com/rest/1/abc', /^Not a webhook URL\. The address must start with https:\/\//],
    [
      'https://portal.bitrix24.com/crm/lead/',
      /^Not a webhook URL\. The URL has no \/rest\/USER_ID\/SECRET\/ part/,
    ],
    ['http://portal.example.com/rest/1/abc/', /^Not a webhook URL\. Use https:\/\//],
    [`${portal.url}/rest/1/wrongsecret/`, /^Wrong user or secret\. .*INVALID_CREDENTIALS/],
    [`${portal.url}/rest/3/nocrm/`, /^No "crm" scope\. This webhook has no "crm" scope \(it has: user\)/],
    [`http://127.0.0.1:${closedPort}/rest/1/abc/`, /^Portal unreachable\. Cannot reach 127\.0\.0\.1:\d+/],
    [
      `http://127.0.0.1:${noCorsPort}/rest/1/abc/`,
      /^Blocked by the browser \(CORS\)\. 127\.0\.0\.1:\d+ answered/,
    ],
  ];
  for (const [url, message] of cases) {
    await connect.connect(url);
    await expect(connect.error).toHaveText(message);
    await expect(connect.error).not.toContainText('wrongsecret');
    await expect(connect.urlInput).toHaveAttribute('aria-invalid', 'true');
  }
  // nothing was kept: the app is still on the demo portal
  await expect(connect.connectionLabel).toHaveText('Demo portal · Demo Admin');
  expect(await page.evaluate(() => [sessionStorage.length, localStorage.getItem('lcs:webhook')])).toEqual([
    0,
    null,
  ]);
  noCors.close();
});

test('served from a plain static host, the app asks for a webhook and works with it', async ({
  page,
  portal,
}) => {
  // scripts/serve-app.mjs: the tiny server the README offers for hosting outside Bitrix24
  const host: ChildProcess = spawn(process.execPath, ['scripts/serve-app.mjs', 'dist', '--port', '0']);
  try {
    const appUrl = await new Promise<string>((resolve, reject) => {
      host.stdout?.on('data', (chunk: Buffer) => {
        const m = /on (http:\/\/\S+)/.exec(chunk.toString());
        if (m?.[1]) resolve(m[1]);
      });
      host.on('exit', () => reject(new Error('serve-app.mjs exited')));
    });
    // the portal opens app pages with a POST: the tiny server answers it with the app
    const launch = await fetch(`${appUrl}?DOMAIN=x&APP_SID=y`, { method: 'POST', body: 'AUTH_ID=t' });
    expect(launch.status).toBe(200);
    expect(await launch.text()).toContain('<div id="root">');

    await page.goto(appUrl);
    const connect = new ConnectPage(page, appUrl.replace(/\/$/, ''));
    // no emulator here, so no demo: the connection screen opens by itself
    await expect(connect.heading).toBeVisible();
    await expect(connect.connectionLabel).toHaveText('Not connected');
    await expect(page.getByRole('button', { name: 'Use the demo portal' })).toBeDisabled();

    await connect.connect(`${portal.url}/rest/1/demoadmin/`);
    await expect(page.getByRole('region', { name: 'Fields' })).toBeVisible();
    await expect(connect.connectionLabel).toHaveText(`${new URL(portal.url).host} · Demo Admin`);
  } finally {
    host.kill();
  }
});
