import { test as base, expect } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPortalServer } from '../emulator/http';
import { EditorPage } from './pages/EditorPage';
import { PortalRest } from './portalRest';

export interface PortalHandle {
  readonly url: string;
  /** REST calls to the emulator as a given demo user, over real HTTP. */
  readonly rest: PortalRest;
}

/**
 * Every test gets a fresh portal (own data folder) serving the built app and the emulator on one
 * loopback port, exactly as `npm start` does, with the rate limit off.
 */
export const test = base.extend<{ portal: PortalHandle; editor: EditorPage }>({
  portal: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'lcs-e2e-'));
    const server = createPortalServer({
      dataDir,
      reset: true,
      rateLimit: false,
      log: false,
      staticDir: 'dist',
    });
    const url = await server.listen(0, '127.0.0.1');
    await use({ url, rest: new PortalRest(url) });
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  },
  editor: async ({ page, portal }, use) => {
    const editor = new EditorPage(page, portal.url);
    await use(editor);
  },
});

export { expect };
