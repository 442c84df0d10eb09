import { test as base, type Page } from '@playwright/test';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPortalServer } from '../../emulator/http';
import { PortalRest } from '../portalRest';

export interface Watch {
  dialogs: string[];
  errors: string[];
  violations: string[];
}

export interface ChaosWorker {
  readonly url: string;
  readonly rest: PortalRest;
  readonly page: Page;
  readonly watch: Watch;
}

/**
 * A private copy of the built app: the page is reloaded for every scenario over minutes, and
 * another `vite build` (a second test run on the same checkout) empties `dist/` while it writes.
 */
async function copyOfBuild(to: string): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    cpSync('dist', to, { recursive: true });
    const html = readFileSync(join(to, 'index.html'), 'utf8');
    const assets = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((m) => m[1] ?? '');
    if (assets.length > 0 && assets.every((a) => existsSync(join(to, a)))) return to;
    if (attempt >= 20) throw new Error('dist/ has no complete build: run `vite build`');
    rmSync(to, { recursive: true, force: true });
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** One emulator and one page per worker (STYLE.md 10: worker-scoped when startup would show). */
export const test = base.extend<{}, { chaos: ChaosWorker }>({
  chaos: [
    async ({ browser }, use) => {
      const dataDir = mkdtempSync(join(tmpdir(), 'lcs-chaos-'));
      const server = createPortalServer({
        dataDir,
        reset: true,
        rateLimit: false,
        log: false,
        staticDir: await copyOfBuild(join(dataDir, 'dist')),
      });
      const url = await server.listen(0, '127.0.0.1');
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      const watch: Watch = { dialogs: [], errors: [], violations: [] };
      page.on('dialog', (d) => {
        watch.dialogs.push(d.message());
        void d.dismiss();
      });
      page.on('pageerror', (e) => watch.errors.push(e.message));
      page.on('console', (m) => {
        if (/Content Security Policy/i.test(m.text())) watch.violations.push(m.text());
      });
      await use({ url, rest: new PortalRest(url), page, watch });
      await context.close();
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
});

// The page lives across scenarios: Playwright's per-test tracing and screenshots are for
// per-test contexts (a failing scenario attaches its own screenshot). A worker option, so these
// scenarios also get workers of their own.
test.use({ trace: 'off', screenshot: 'off' });

/** Loopback control requests to the emulator. */
export async function control(url: string, method: string, path: string, body?: unknown): Promise<unknown> {
  const res = await fetch(`${url}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res.json();
}
