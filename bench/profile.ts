/**
 * `npm run bench:profile`: one scripted drag of the benchmark (measure.ts) in one app at one size,
 * under a CPU profile taken through the DevTools protocol; prints where the time went: self time by
 * function (with its script and line) and by category ("(program)" is the browser's own work:
 * style, layout, paint). What to fix is read from this, not from render counts.
 *
 * Environment: BENCH_APP (default `ours`), BENCH_SIZES (one size, default `600`), BENCH_OURS_DIST
 * or BENCH_DIST (a built app to profile instead of building one), BENCH_PHASE (`drag`, the
 * default, or `load`: from navigation to the probe's "interactive", unthrottled, as measured).
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import playwrightConfig from '../playwright.config';
import { DNDKIT_REACT, FLOOR, NAIVE, OURS, PRAGMATIC, type AppSpec } from './apps';
import { scriptedDrag, VIEWPORT } from './measure';
import { startBenchPortal } from './portal';
import { installProbe } from './probe';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = fileURLToPath(new URL('./dist', import.meta.url));
const APPS: Record<string, { app: AppSpec; dir: string; build: string[] }> = {
  ours: { app: OURS, dir: `${OUT}/ours`, build: ['--outDir', `${OUT}/ours`, '--emptyOutDir'] },
  naive: {
    app: NAIVE,
    dir: `${OUT}/naive`,
    build: ['-c', 'bench/vite.naive.config.ts', '--outDir', `${OUT}/naive`],
  },
  floor: { app: FLOOR, dir: `${OUT}/peers`, build: ['-c', 'bench/vite.peers.config.ts'] },
  dndkitReact: { app: DNDKIT_REACT, dir: `${OUT}/peers`, build: ['-c', 'bench/vite.peers.config.ts'] },
  pragmatic: { app: PRAGMATIC, dir: `${OUT}/peers`, build: ['-c', 'bench/vite.peers.config.ts'] },
};
const SIZES: Record<string, { userFields: number; sections: number }> = {
  '100': { userFields: 100, sections: 10 },
  '600': { userFields: 600, sections: 40 },
  '2000': { userFields: 2000, sections: 128 },
};

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

async function main(): Promise<void> {
  const name = process.env['BENCH_APP'] ?? 'ours';
  const spec = APPS[name];
  const size = SIZES[process.env['BENCH_SIZES'] ?? '600'];
  if (!spec || !size) throw new Error('BENCH_APP or BENCH_SIZES unknown');
  const dir = process.env['BENCH_DIST'] ?? (name === 'ours' ? process.env['BENCH_OURS_DIST'] : undefined);
  if (!dir)
    execFileSync(`${ROOT}node_modules/.bin/vite`, ['build', '--logLevel', 'warn', ...spec.build], {
      cwd: ROOT,
      stdio: 'inherit',
    });
  const portal = await startBenchPortal(size, dir ?? spec.dir);
  const browser = await chromium.launch({ ...playwrightConfig.use?.launchOptions, headless: true });
  try {
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    await page.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
    await page.addInitScript(installProbe, spec.app.probe(portal.fieldCount));
    const cdp = await context.newCDPSession(page);
    const load = process.env['BENCH_PHASE'] === 'load';
    const interactive = () =>
      page.waitForFunction(() => typeof window.__bench?.interactiveAt === 'number', null, {
        timeout: 60_000,
      });
    if (!load) {
      await page.goto(`${portal.url}${spec.app.path}`);
      await interactive();
    }
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
    const trace: {
      name: string;
      dur?: number;
      ph: string;
      ts: number;
      args?: { data?: { type?: string } };
    }[] = [];
    cdp.on('Tracing.dataCollected', (e) => trace.push(...(e.value as unknown as typeof trace)));
    const traced = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.start', { transferMode: 'ReportEvents', categories: 'devtools.timeline' });
    await cdp.send('Profiler.start');
    let dropCorrect: number | null = null;
    if (load) {
      await page.goto(`${portal.url}${spec.app.path}`);
      await interactive();
      const at = await page.evaluate(() => window.__bench?.interactiveAt ?? 0);
      console.log(`navigation -> interactive: ${at.toFixed(0)} ms; requests (start, end ms, what):`);
      const loaded = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((r) => [r.startTime, (r as PerformanceResourceTiming).responseEnd, r.name] as const),
      );
      for (const [start, end, url] of loaded)
        console.log(
          `  ${start.toFixed(0).padStart(6)} ${end.toFixed(0).padStart(6)}  ${url.split('/').pop()}`,
        );
    } else {
      dropCorrect = (await scriptedDrag(page, cdp, spec.app, portal.sections.length)).dropCorrect;
    }
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    await cdp.send('Tracing.end');
    await traced;
    // the browser's own work, by kind (complete events of the timeline, main and compositor threads)
    const kinds = new Map<string, { ms: number; n: number; max: number }>();
    for (const e of trace) {
      if (e.ph !== 'X' || e.dur === undefined) continue;
      if (
        ![
          'UpdateLayoutTree',
          'Layout',
          'Paint',
          'PrePaint',
          'Layerize',
          'HitTest',
          'ScheduleStyleRecalculation',
          'RunTask',
          'FunctionCall',
          'EventDispatch',
          'FireAnimationFrame',
          'Commit',
          'IntersectionObserverController::computeIntersections',
          'UpdateLayer',
          'CompositeLayers',
          'ParseHTML',
          'EvaluateScript',
          'v8.compile',
          'MinorGC',
          'MajorGC',
        ].includes(e.name)
      )
        continue;
      const k = kinds.get(e.name) ?? { ms: 0, n: 0, max: 0 };
      k.ms += e.dur / 1000;
      k.n += 1;
      k.max = Math.max(k.max, e.dur / 1000);
      kinds.set(e.name, k);
    }
    const t0 = Math.min(...trace.filter((e) => e.ts > 0).map((e) => e.ts));
    console.log('Longest tasks (start ms into the drag, ms, what):');
    for (const e of trace
      .filter(
        (x) =>
          x.ph === 'X' &&
          (x.dur ?? 0) > 40_000 &&
          [
            'EventDispatch',
            'FireAnimationFrame',
            'UpdateLayoutTree',
            'Layerize',
            'Layout',
            'FunctionCall',
          ].includes(x.name),
      )
      .sort((a, b) => a.ts - b.ts)
      .slice(0, 30))
      console.log(
        `  ${((e.ts - t0) / 1000).toFixed(0).padStart(6)} ${((e.dur ?? 0) / 1000).toFixed(0).padStart(5)}  ${e.name} ${e.args?.data?.type ?? ''}`,
      );
    console.log('Timeline events (total ms, count, longest ms):');
    for (const [k, v] of [...kinds].sort((a, b) => b[1].ms - a[1].ms))
      console.log(
        `  ${v.ms.toFixed(0).padStart(6)} ms ${String(v.n).padStart(5)}x  max ${v.max.toFixed(0).padStart(5)}  ${k}`,
      );
    writeFileSync(`${OUT}/${load ? 'load' : 'drag'}-${name}.cpuprofile`, JSON.stringify(profile));

    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const self = new Map<string, number>();
    let total = 0;
    profile.samples.forEach((id, i) => {
      const n = byId.get(id);
      const dt = (profile.timeDeltas[i] ?? 0) / 1000;
      if (!n) return;
      const f = n.callFrame;
      const key = f.url
        ? `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`
        : f.functionName;
      self.set(key, (self.get(key) ?? 0) + dt);
      total += dt;
    });
    const busy = total - (self.get('(idle)') ?? 0);
    console.log(
      `${name} ${process.env['BENCH_SIZES'] ?? '600'}: ${total.toFixed(0)} ms profiled, ${busy.toFixed(0)} ms busy;` +
        (dropCorrect === null ? '' : ` drop on the intended slot: ${dropCorrect === 1 ? 'yes' : 'no'}.`) +
        ' Self time, busy share:',
    );
    for (const [k, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
      if (k === '(idle)') continue;
      console.log(`  ${((ms / busy) * 100).toFixed(1).padStart(5)}%  ${ms.toFixed(0).padStart(6)} ms  ${k}`);
    }
    console.log(
      `The profile is in bench/dist/${load ? 'load' : 'drag'}-${name}.cpuprofile (DevTools: Performance, load profile).`,
    );
  } finally {
    await browser.close();
    await portal.close();
  }
}

await main();
