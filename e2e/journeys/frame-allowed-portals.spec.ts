import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { seriousFindings } from '../axe';
import { expect, test } from '../fixtures';

const listen = (server: Server) =>
  new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );

interface HostedApp {
  /** A page that frames the app as a portal does, its frame naming `domain` as the portal. */
  readonly framedAs: (domain: string, protocol: 0 | 1, lang: 'en' | 'ru') => string;
  /** Origin of that page: the one portal the app is hosted for here. */
  readonly portalOrigin: string;
  close(): Promise<void>;
}

/**
 * The built app hosted with scripts/serve-app.mjs for one portal (`--portals`), and a page on that
 * portal's origin that frames it with the iframe name and query a portal gives (`DOMAIN|PROTOCOL|APP_SID`).
 */
async function hostForOnePortal(): Promise<HostedApp> {
  let appUrl = '';
  const portalPage = createServer((req, res) => {
    const q = new URL(req.url ?? '/', 'http://x').searchParams;
    const name = `${q.get('domain') ?? ''}|${q.get('protocol') ?? '1'}|sid1`;
    const query = new URLSearchParams({
      DOMAIN: q.get('domain') ?? '',
      PROTOCOL: q.get('protocol') ?? '1',
      LANG: q.get('lang') ?? 'en',
      APP_SID: 'sid1',
    });
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><title>portal</title><iframe title="Application" name="${name}" src="${appUrl}?${query}" width="1000" height="420"></iframe>`,
    );
  });
  const portalOrigin = `http://127.0.0.1:${await listen(portalPage)}`;
  const host = spawn(process.execPath, [
    'scripts/serve-app.mjs',
    'dist',
    '--port',
    '0',
    '--portals',
    portalOrigin,
  ]);
  appUrl = await new Promise<string>((resolve, reject) => {
    host.stdout.on('data', (chunk: Buffer) => {
      const m = /on (http:\/\/\S+)/.exec(chunk.toString());
      if (m?.[1]) resolve(m[1]);
    });
    host.on('exit', () => reject(new Error('serve-app.mjs exited')));
  });
  return {
    portalOrigin,
    framedAs: (domain, protocol, lang) =>
      `${portalOrigin}/?${new URLSearchParams({ domain, protocol: String(protocol), lang })}`,
    async close() {
      host.kill();
      await new Promise((resolve) => portalPage.close(resolve));
    },
  };
}

/** Every host the page asked anything of. */
function requestedHosts(page: Page): Set<string> {
  const hosts = new Set<string>();
  page.on('request', (r) => hosts.add(new URL(r.url()).host));
  return hosts;
}

test('inside a frame whose DOMAIN is not an allowed portal the app says so, in English and Russian, and asks it nothing', async ({
  page,
}) => {
  const hosted = await hostForOnePortal();
  try {
    const hosts = requestedHosts(page);
    await page.goto(hosted.framedAs('b24-evil.example.com', 1, 'en'));
    const app = page.frameLocator('iframe');
    const said = app.getByRole('alert');
    await expect(said.getByRole('heading')).toHaveText('This portal may not use this copy of the app');
    await expect(said).toContainText('opened inside b24-evil.example.com');
    await expect(said).toContainText('ALLOWED_PORTALS');
    expect(await seriousFindings(page, 'iframe')).toEqual([]);

    await page.goto(hosted.framedAs('b24-evil.example.com', 1, 'ru'));
    await expect(app.getByRole('alert').getByRole('heading')).toHaveText(
      'Этому порталу не разрешено работать с этой копией приложения',
    );
    await expect(app.locator('html')).toHaveAttribute('lang', 'ru');
    expect(await seriousFindings(page, 'iframe')).toEqual([]);
    expect(hosts.has('b24-evil.example.com')).toBe(false);

    // the one allowed portal: the app starts its session with it (asks the page for the token)
    await page.goto(hosted.framedAs(new URL(hosted.portalOrigin).host, 0, 'en'));
    await expect(app.getByRole('status').filter({ hasText: 'Connecting to Bitrix24…' })).toBeVisible();
    await expect(app.getByRole('alert')).toHaveCount(0);
  } finally {
    await hosted.close();
  }
});
