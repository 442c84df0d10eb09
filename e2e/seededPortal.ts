import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPortalServer } from '../emulator/http';
import { test as base } from './fixtures';
import { PortalRest } from './portalRest';

/** The journeys' fixtures on a portal with `extraUserFields` generated user fields (`UF_CRM_X0001`…). */
export function withUserFields(extraUserFields: number) {
  return base.extend({
    portal: async ({}, use) => {
      const dataDir = mkdtempSync(join(tmpdir(), 'lcs-e2e-'));
      const server = createPortalServer({
        dataDir,
        reset: true,
        rateLimit: false,
        log: false,
        staticDir: 'dist',
        seed: { extraUserFields },
      });
      const url = await server.listen(0, '127.0.0.1');
      await use({ url, rest: new PortalRest(url) });
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  });
}
