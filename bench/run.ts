/**
 * `npm run bench` (issues 7 and 14): the editor against its peers on the same seeded portals and
 * the same throttling, in Debian's Chromium driven by Playwright: a naive dnd-kit reference, the
 * floor (plain DOM, an overlay moved by transform), an idiomatic `@dnd-kit/react` sortable and a
 * pragmatic-drag-and-drop board (the last two at 600 fields). Prints a table with ratios and a
 * verdict per budget, and writes bench/results.json.
 *
 * Options (environment): BENCH_RUNS (default 3); BENCH_SIZES, e.g. `600` (default `100,600,2000`);
 * BENCH_APPS, e.g. `ours,floor` (default all);
 * BENCH_OURS_DIST, a folder holding a profiling build (`vite build --mode profile`) of a patched
 * copy of the editor, used for every editor run instead of building this checkout (to try a fix);
 * BENCH_DEBUG=1 prints how long each step took.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import playwrightConfig from '../playwright.config';
import { DNDKIT_REACT, FLOOR, NAIVE, OURS, OURS_DEAL, PRAGMATIC, type AppSpec, type Variant } from './apps';
import { FIGURE_KEYS, medianOf, type Figures, type Run } from './figures';
import { measureRun } from './measure';
import { startBenchPortal, type BenchPortal, type PortalSize } from './portal';
import { printReport, type Cell, type Results } from './report';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = fileURLToPath(new URL('./dist', import.meta.url));
const RESULTS = fileURLToPath(new URL('./results.json', import.meta.url));

/** Generated user fields and sections; about 16 fields per section in all. */
const SIZES = {
  '100': { userFields: 100, sections: 10 },
  '600': { userFields: 600, sections: 40 },
  '2000': { userFields: 2000, sections: 128 },
} as const satisfies Record<string, PortalSize>;
type SizeKey = keyof typeof SIZES;
const SIZE_KEYS = (process.env['BENCH_SIZES'] ?? '100,600,2000')
  .split(',')
  .filter((k): k is SizeKey => k in SIZES);
/**
 * Which apps run at which size: the two newer peers and the editor on a deal pipeline's card at 600
 * only, to keep the run under 10 minutes.
 */
const APPS: readonly { readonly app: AppSpec; readonly sizes: readonly SizeKey[] }[] = [
  { app: OURS, sizes: ['100', '600', '2000'] },
  { app: OURS_DEAL, sizes: ['600'] },
  { app: NAIVE, sizes: ['100', '600', '2000'] },
  { app: FLOOR, sizes: ['100', '600', '2000'] },
  { app: DNDKIT_REACT, sizes: ['600'] },
  { app: PRAGMATIC, sizes: ['600'] },
];
const ONLY = process.env['BENCH_APPS']?.split(',');
const appsAt = (s: SizeKey) =>
  APPS.filter((a) => a.sizes.includes(s) && (!ONLY || ONLY.includes(a.app.variant))).map((a) => a.app);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);
const OURS_DIST = process.env['BENCH_OURS_DIST'];
/** Every step has its own timeout; this only stops a run that hangs regardless. */
const WATCHDOG_MS = 14 * 60_000;
const TARGET_MS = 10 * 60_000;

function build(label: string, args: string[]): void {
  const t = Date.now();
  execFileSync(`${ROOT}node_modules/.bin/vite`, ['build', '--logLevel', 'warn', ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
    timeout: 120_000,
  });
  console.log(`  built ${label} in ${((Date.now() - t) / 1000).toFixed(1)} s`);
}

/** The 1-minute load average: other work on the machine inflates every time measured here. */
const load = () => {
  const avg = loadavg()[0] ?? 0;
  const busy = avg > cpus().length ? ', busy: times are inflated' : '';
  return `load average ${avg.toFixed(1)} on ${cpus().length} CPUs${busy}`;
};

async function main(): Promise<void> {
  const began = Date.now();
  const watchdog = setTimeout(() => {
    console.error(`bench: still running after ${WATCHDOG_MS / 60_000} minutes, giving up`);
    process.exit(2);
  }, WATCHDOG_MS);
  watchdog.unref();
  console.log(`Benchmark: ${RUNS} runs per app and portal size. At the start: ${load()}.`);

  const dirs = {
    ours: OURS_DIST ?? `${OUT}/ours`,
    oursProfile: OURS_DIST ?? `${OUT}/ours-profile`,
    naive: `${OUT}/naive`,
    peers: `${OUT}/peers`,
  };
  if (OURS_DIST) console.log(`  editor: the build in ${OURS_DIST}`);
  else {
    build('the editor', ['--outDir', dirs.ours, '--emptyOutDir']);
    build('its profiling build', ['--mode', 'profile', '--outDir', dirs.oursProfile, '--emptyOutDir']);
  }
  // The reference is not shipped: one build, its render counter on (an increment per render, nothing
  // next to the render itself), serves all of its figures.
  build('the naive reference', [
    '-c',
    'bench/vite.naive.config.ts',
    '--mode',
    'profile',
    '--outDir',
    dirs.naive,
  ]);
  build('the peers', ['-c', 'bench/vite.peers.config.ts', '--outDir', dirs.peers]);

  const cells = new Map<string, Cell>();
  const cellOf = (v: Variant, s: SizeKey): Cell => {
    const key = `${v}:${s}`;
    const cell = cells.get(key) ?? { prod: [], profile: [] };
    cells.set(key, cell);
    return cell;
  };
  let failures = 0;
  const browser = await chromium.launch({
    ...playwrightConfig.use?.launchOptions,
    headless: true,
    timeout: 30_000,
  });
  try {
    for (const sizeKey of SIZE_KEYS) {
      const size = SIZES[sizeKey];
      const apps = appsAt(sizeKey);
      const portals = {
        ours: await startBenchPortal(size, dirs.ours),
        oursProfile: await startBenchPortal(size, dirs.oursProfile),
        naive: await startBenchPortal(size, dirs.naive),
        peers: await startBenchPortal(size, dirs.peers),
        ...(apps.includes(OURS_DEAL) ? { oursDeal: await startBenchPortal(size, dirs.ours, 'deal') } : {}),
      };
      const portalOf = (v: Variant): BenchPortal =>
        v === 'ours'
          ? portals.ours
          : v === 'oursDeal'
            ? (portals.oursDeal ?? portals.ours)
            : v === 'naive'
              ? portals.naive
              : portals.peers;
      console.log(
        `Portal ${sizeKey}: ${size.userFields} generated user fields, ${portals.ours.fieldCount} card fields` +
          ` in ${portals.ours.sections.length} sections, all on the common layout; ${apps.map((a) => a.variant).join(', ')}`,
      );
      try {
        if (sizeKey === SIZE_KEYS[0]) {
          // the browser's first pages pay for starting its processes: open each app once, unmeasured
          for (const app of apps) await measureRun(browser, app, portalOf(app.variant), 'open');
        }
        for (let run = 1; run <= RUNS; run++) {
          const t = Date.now();
          // a run that fails (a timeout on a busy machine) is reported and left out of the medians
          const attempt = async (cell: Run[], app: AppSpec, portal: BenchPortal, mode: 'full' | 'drag') => {
            try {
              cell.push(await measureRun(browser, app, portal, mode));
            } catch (e) {
              failures += 1;
              console.log(`  ${app.variant} ${sizeKey} run ${run} failed, left out: ${String(e)}`);
            }
          };
          for (const app of apps)
            await attempt(cellOf(app.variant, sizeKey).prod, app, portalOf(app.variant), 'full');
          // the profiling build only counts renders, and none happen during a drag now: one run
          if (apps.includes(OURS) && run === 1)
            await attempt(cellOf('ours', sizeKey).profile, OURS, portals.oursProfile, 'drag');
          console.log(`  run ${run}/${RUNS}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
        }
      } finally {
        await Promise.all(Object.values(portals).map((p) => p.close()));
      }
    }
  } finally {
    await browser.close();
  }

  const results: Results<SizeKey> = {
    ours: {},
    oursDeal: {},
    naive: {},
    floor: {},
    dndkitReact: {},
    pragmatic: {},
  };
  for (const s of SIZE_KEYS) {
    for (const app of appsAt(s)) {
      const v = app.variant;
      const cell = cellOf(v, s);
      const f = Object.fromEntries(
        FIGURE_KEYS.map((k) => [k, medianOf(cell.prod.map((r) => r.figures[k]))]),
      ) as unknown as Figures;
      // a share of runs, not a median
      const drops = cell.prod.map((r) => r.figures.dropCorrect).filter((d): d is number => d !== null);
      f.dropCorrect = drops.length === 0 ? null : drops.reduce((a, d) => a + d, 0) / drops.length;
      // the editor's field renders are counted by its profiling build only
      if (v === 'ours') f.rendersPerMove = medianOf(cell.profile.map((r) => r.figures.rendersPerMove));
      results[v][s] = f;
    }
  }
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  printReport(SIZE_KEYS, RUNS, results, cellOf, (s) => appsAt(s).map((a) => a.variant));

  const total = Date.now() - began;
  if (failures > 0) console.log(`\n${failures} run(s) failed and were left out (see above).`);
  console.log(`\nWrote bench/results.json. Total ${(total / 1000).toFixed(0)} s. At the end: ${load()}.`);
  if (total > TARGET_MS)
    console.log(
      `  Over the 10-minute target by ${((total - TARGET_MS) / 1000).toFixed(0)} s: was the machine busy?`,
    );
}

await main();
