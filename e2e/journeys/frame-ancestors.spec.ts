import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Response } from '@playwright/test';
import { expect, test } from '../fixtures';
import { openInPortal } from '../portalFrame';

const listen = (server: Server) =>
  new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );

test('the app the emulator serves may be framed only by its own harness, which still frames it', async ({
  page,
  portal,
}) => {
  const port = new URL(portal.url).port;
  const narrowed = `frame-ancestors 'self' http://127.0.0.1:${port} http://localhost:${port}`;
  const appDocuments: Response[] = [];
  page.on('response', (res) => {
    if (res.frame() !== page.mainFrame() && res.request().resourceType() === 'document')
      appDocuments.push(res);
  });

  // same origin, then the app on the other loopback name (as a portal on another host frames it)
  for (const [query, origin] of [
    ['', `http://127.0.0.1:${port}`],
    ['?crossOrigin=1', `http://localhost:${port}`],
  ] as const) {
    const app = await openInPortal(page, portal.url, query);
    await expect(app.getByRole('region', { name: 'Fields' })).toBeVisible();
    const doc = appDocuments.at(-1);
    expect(doc?.url().startsWith(`${origin}/`)).toBe(true);
    expect(doc?.request().method()).toBe('POST'); // the launch form, as a portal sends it
    expect(doc?.headers()['content-security-policy']).toBe(narrowed);
  }
});

test('any other page that frames the emulator app is refused by the browser', async ({ page, portal }) => {
  const foreign = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><title>not the harness</title><iframe src="${portal.url}/"></iframe>`);
  });
  const foreignPort = await listen(foreign);
  try {
    const refused = page.waitForEvent('console', (m) => /frame-ancestors/.test(m.text()));
    await page.goto(`http://127.0.0.1:${foreignPort}/`);
    const said = (await refused).text();
    expect(said).toContain(`'${portal.url}/'`);
    expect(said).toContain('has been blocked');
  } finally {
    await new Promise((resolve) => foreign.close(resolve));
  }
});
