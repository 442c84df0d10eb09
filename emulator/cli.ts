/** Command-line options shared by `emulator/main.ts` and `server/start.ts`. */
import type { PortalServerOptions } from './http';
import { SEED_PRESETS, type SeedPreset } from './seed/index';
import { selfSignedCertificate } from './tls';

export interface CliOptions {
  port: number;
  host: string;
  dataDir: string;
  reset: boolean;
  rateLimit: boolean;
  quiet: boolean;
  seed: SeedPreset;
  /** The app the portal harness frames (default: the one this server serves). */
  app?: string;
  /** Serve over https with a certificate made at start. */
  https: boolean;
}

export const CLI_USAGE = `Options:
  --port P          port to listen on (default 5173, or $PORT)
  --host H          interface (default 127.0.0.1)
  --data DIR        data folder (default .data/portal)
  --reset           reseed the portal, dropping what the data folder holds
  --seed NAME       seed used when (re)seeding: ${Object.keys(SEED_PRESETS).join(', ')} (default: default)
  --no-rate-limit   turn the 50-burst / 2-per-second limit off
  --quiet           no request log
  --app URL         the app the portal harness (/portal/app) frames, on this or another origin
                    (default: the app this server serves)
  --https           serve https with a self-signed certificate made at start (needs openssl)`;

export function parseCli(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): CliOptions {
  const options: CliOptions = {
    port: env['PORT'] ? Number(env['PORT']) : 5173,
    host: '127.0.0.1',
    dataDir: '.data/portal',
    reset: false,
    rateLimit: true,
    quiet: false,
    seed: 'default',
    https: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new Error(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--port':
        options.port = Number(value());
        break;
      case '--host':
        options.host = value();
        break;
      case '--data':
        options.dataDir = value();
        break;
      case '--reset':
        options.reset = true;
        break;
      case '--no-rate-limit':
        options.rateLimit = false;
        break;
      case '--quiet':
        options.quiet = true;
        break;
      case '--https':
        options.https = true;
        break;
      case '--app': {
        const url = value();
        let parsed: URL;
        try {
          parsed = new URL(url);
        } catch {
          throw new Error(`--app needs an absolute http(s) URL, got "${url}"`);
        }
        if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
          throw new Error(`--app needs an http(s) URL, got "${url}"`);
        }
        options.app = parsed.href;
        break;
      }
      case '--seed': {
        const name = value();
        if (!(name in SEED_PRESETS)) throw new Error(`unknown seed "${name}"`);
        options.seed = name as SeedPreset;
        break;
      }
      default:
        throw new Error(`unknown option ${arg}`);
    }
  }
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) {
    throw new Error(`bad port ${options.port}`);
  }
  return options;
}

/** What the command line asks of the portal server (`staticDir` is the caller's). */
export function portalOptions(options: CliOptions): PortalServerOptions {
  return {
    dataDir: options.dataDir,
    reset: options.reset,
    rateLimit: options.rateLimit,
    log: !options.quiet,
    seed: SEED_PRESETS[options.seed],
    ...(options.app === undefined ? {} : { appUrl: options.app }),
    ...(options.https ? { tls: selfSignedCertificate() } : {}),
  };
}
