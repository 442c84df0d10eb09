/**
 * The portal emulator on its own:
 *   tsx emulator/main.ts --port 5173 --data .data/portal [--reset] [--no-rate-limit] [--seed NAME]
 */
import { CLI_USAGE, parseCli, portalOptions } from './cli';
import { createPortalServer } from './http';

async function main(): Promise<void> {
  let options;
  try {
    options = parseCli(process.argv.slice(2));
  } catch (e) {
    console.error(`${(e as Error).message}\n\nUsage: tsx emulator/main.ts [options]\n${CLI_USAGE}`);
    process.exit(2);
  }
  const portal = createPortalServer(portalOptions(options));
  const url = await portal.listen(options.port, options.host);
  console.error(
    [
      `Bitrix24 portal emulator on ${url} (data: ${options.dataDir}${options.rateLimit ? '' : ', no rate limit'})`,
      `  admin webhook:   ${url}/rest/1/demoadmin/`,
      `  manager webhook: ${url}/rest/2/demouser/`,
      `  no-crm webhook:  ${url}/rest/3/nocrm/`,
      `  OAuth token:     auth=demo-admin-token (see emulator/IDENTITIES.md)`,
      `  portal harness:  ${url}/portal/app${options.app ? ` (framing ${options.app})` : ''}`,
      ...(options.https ? ['  https: a self-signed certificate made at start (curl -k)'] : []),
    ].join('\n'),
  );
  const stop = (signal: string): void => {
    console.error(`\n${signal}: stopping the emulator`);
    portal.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
