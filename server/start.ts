/**
 * `npm start` (after `vite build`): the built app from `dist/` and the portal emulator on one
 * origin, `http://127.0.0.1:${PORT ?? 5173}`. Options: `--data DIR` (default `.data/portal`),
 * `--reset`, `--no-rate-limit`, plus the emulator's `--host`, `--seed`, `--quiet`.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CLI_USAGE, parseCli, portalOptions } from '../emulator/cli';
import { createPortalServer } from '../emulator/http';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface RunningApp {
  readonly url: string;
  readonly webhook: string;
  close(): Promise<void>;
}

/** Starts app + emulator; `STATIC_DIR` overrides `dist/` (tests). */
export async function start(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<RunningApp> {
  const options = parseCli(argv, env);
  const staticDir = path.resolve(env['STATIC_DIR'] ?? path.join(ROOT, 'dist'));
  if (!existsSync(path.join(staticDir, 'index.html'))) {
    console.warn(`[start] ${staticDir}/index.html is missing: run \`vite build\` first (npm start does).`);
  }
  const portal = createPortalServer({
    ...portalOptions(options),
    dataDir: path.resolve(options.dataDir),
    staticDir,
  });
  const url = await portal.listen(options.port, options.host);
  return { url, webhook: `${url}/rest/1/demoadmin/`, close: () => portal.close() };
}

async function main(): Promise<void> {
  let app: RunningApp;
  try {
    app = await start(process.argv.slice(2));
  } catch (e) {
    console.error(`${(e as Error).message}\n\nUsage: npm start -- [options]\n${CLI_USAGE}`);
    process.exit(2);
  }
  console.log(
    [
      '',
      `  Lead Card Studio   ${app.url}/`,
      `  Demo webhook       ${app.webhook}`,
      `  (manager: ${app.url}/rest/2/demouser/, no crm scope: ${app.url}/rest/3/nocrm/)`,
      '',
      '  Open the app: it is signed in to the emulated portal as Demo Admin (?as=manager for Demo Manager).',
      '  Any REST client can use the webhooks above. Ctrl+C stops.',
      '',
    ].join('\n'),
  );
  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping…`);
    app.close().then(
      () => process.exit(0),
      (e: unknown) => {
        console.error(e);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) void main();
