/** Command-line options shared by `emulator/main.ts` and `server/start.ts`. */
import { SEED_PRESETS, type SeedPreset } from './seed/index';

export interface CliOptions {
  port: number;
  host: string;
  dataDir: string;
  reset: boolean;
  rateLimit: boolean;
  quiet: boolean;
  seed: SeedPreset;
}

export const CLI_USAGE = `Options:
  --port P          port to listen on (default 5173, or $PORT)
  --host H          interface (default 127.0.0.1)
  --data DIR        data folder (default .data/portal)
  --reset           reseed the portal, dropping what the data folder holds
  --seed NAME       seed used when (re)seeding: ${Object.keys(SEED_PRESETS).join(', ')} (default: default)
  --no-rate-limit   turn the 50-burst / 2-per-second limit off
  --quiet           no request log`;

export function parseCli(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): CliOptions {
  const options: CliOptions = {
    port: env['PORT'] ? Number(env['PORT']) : 5173,
    host: '127.0.0.1',
    dataDir: '.data/portal',
    reset: false,
    rateLimit: true,
    quiet: false,
    seed: 'default',
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
