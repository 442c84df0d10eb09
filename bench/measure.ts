/**
 * One measured run: open an app in a fresh browser context, read the load figures, drag one field
 * across three sections with the CPU throttled, save. Definitions are in the comments of each step
 * and printed under the table (report.ts).
 */
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser, CDPSession, Page } from '@playwright/test';
import type { AppSpec } from './apps';
import { emptyRun, median, quantile, round, type Run } from './figures';
import type { BenchPortal } from './portal';
import { installProbe, type BenchProbe } from './probe';

/**
 * Tall enough that the drag across three sections (about 950 px) stays out of dnd-kit's auto-scroll
 * bands (the outer 20% of the viewport): the pointer path is the same in every run and app.
 */
const OUT = fileURLToPath(new URL('./dist', import.meta.url));

export const VIEWPORT = { width: 1440, height: 2000 };
export const THROTTLE = 4;
export const DRAG_MS = 3000;
const MOVE_EVERY_MS = 16;

/** `full`: every figure; `drag`: the drag only (the profiling build, counting renders); `open`: warm-up. */
export type RunMode = 'full' | 'drag' | 'open';

const DEBUG = process.env['BENCH_DEBUG'] === '1';
let stepAt = Date.now();
function step(name: string): void {
  if (DEBUG) console.log(`    ${name}: ${Date.now() - stepAt} ms`);
  stepAt = Date.now();
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const probeOf = (page: Page): Promise<BenchProbe> =>
  page.evaluate(() => {
    const p = window.__bench;
    if (!p) throw new Error('bench probe missing');
    return p;
  });

const recording = (page: Page, on: boolean) =>
  page.evaluate((start) => {
    const w = window as unknown as { __benchStart(): void; __benchStop(): void };
    if (start) w.__benchStart();
    else w.__benchStop();
  }, on);

async function waitFrames(page: Page, n = 2): Promise<void> {
  await page.evaluate(
    (count) =>
      new Promise<void>((resolve) => {
        const next = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => next(left - 1)));
        next(count);
      }),
    n,
  );
}

/** The codes of a section's fields, in order, as the page shows them. */
async function codesIn(page: Page, app: AppSpec, section: number): Promise<string[]> {
  const [attr, prefix] = app.codeAttr;
  return app
    .section(page, section)
    .locator(app.itemSelector)
    .evaluateAll(
      (els, [a, p]) => els.map((el) => (el.getAttribute(a ?? '') ?? '').slice((p ?? '').length)),
      [attr, prefix],
    );
}

/**
 * The scripted drag: the last field of section k is picked up and, over 3 s with the pointer held
 * down, moved through section k+1 onto the upper part of the second field of section k+2 (k = the
 * middle of the card), with the CPU throttled 4x, then dropped: the intended slot is before that
 * field. One `mouse.move` every 16 ms, fewer when the page cannot keep up (each move waits for the
 * renderer to take the input). Whether the drop landed there is read from the page afterwards.
 */
export async function scriptedDrag(page: Page, cdp: CDPSession, app: AppSpec, sectionCount: number) {
  const k = Math.max(0, Math.floor(sectionCount / 2) - 1);
  const from = app.section(page, k).locator(app.itemSelector).last();
  const to = app
    .section(page, k + 2)
    .locator(app.itemSelector)
    .nth(1);
  await from.evaluate(
    (el, y) => window.scrollBy(0, el.getBoundingClientRect().top - y),
    VIEWPORT.height * 0.25,
  );
  await waitFrames(page);
  const a = await from.boundingBox();
  const b = await to.boundingBox();
  if (!a || !b) throw new Error('drag: field not visible');
  const x0 = a.x + app.grabX;
  const y0 = a.y + a.height / 2;
  const y1 = b.y + b.height * 0.3;
  const [attr, prefix] = app.codeAttr;
  const dragged = ((await from.getAttribute(attr)) ?? '').slice(prefix.length);
  if (y1 > VIEWPORT.height * 0.8 || y0 < VIEWPORT.height * 0.2)
    throw new Error(`drag path ${y0}..${y1} reaches the auto-scroll band`);

  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  await sleep(200);
  await page.evaluate(() => {
    window.__lcsRenders = {};
    if (window.__bench) window.__bench.longTasks = [];
  });
  await recording(page, true);
  const m = page.mouse;
  await m.move(x0, y0);
  await m.down();
  let moves = 0;
  // past the 5 px activation distance of the editor's mouse sensor (the naive one starts on down)
  for (const dy of [4, 8]) {
    await m.move(x0, y0 + dy);
    moves += 1;
  }
  const start = Date.now();
  for (;;) {
    const tick = Date.now();
    const f = Math.min(1, (tick - start) / DRAG_MS);
    await m.move(x0 + 24 * Math.sin(f * Math.PI * 4), y0 + 8 + (y1 - y0 - 8) * f);
    moves += 1;
    if (f >= 1) break;
    await sleep(Math.max(0, MOVE_EVERY_MS - (Date.now() - tick)));
  }
  step('  drag moves');
  await m.up();
  await sleep(600); // the drop: commit, re-render; long tasks get reported
  await recording(page, false);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const landed = await codesIn(page, app, k + 2).catch(() => []);
  return { probe: await probeOf(page), movesDispatched: moves, dropCorrect: landed[1] === dragged ? 1 : 0 };
}

/** Pointer-down to preview without throttling, for reference: a short drag, cancelled with Escape. */
async function unthrottledPreview(page: Page, app: AppSpec): Promise<number | null> {
  const item = app.section(page, 0).locator(app.itemSelector).first();
  await item.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await waitFrames(page);
  const a = await item.boundingBox();
  if (!a) return null;
  await recording(page, true);
  const m = page.mouse;
  const x = a.x + app.grabX;
  const y = a.y + a.height / 2;
  await m.move(x, y);
  await m.down();
  await m.move(x, y + 4);
  await m.move(x, y + 8);
  await page
    .waitForFunction(() => typeof window.__bench?.previewAt === 'number', null, { timeout: 5_000 })
    .catch(() => undefined);
  await page.keyboard.press('Escape');
  await m.up();
  await recording(page, false);
  const p = await probeOf(page);
  return p.previewAt !== null && p.downAt !== null ? p.previewAt - p.downAt : null;
}

export async function measureRun(
  browser: Browser,
  app: AppSpec,
  portal: BenchPortal,
  mode: RunMode,
): Promise<Run> {
  await portal.restore();
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    // tsx compiles with esbuild's keepNames: serialised functions call a `__name` helper the page lacks
    await page.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
    await page.addInitScript(installProbe, app.probe(portal.fieldCount));
    let restRequests = 0;
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/rest/')) restRequests += 1;
    });
    // 3: every script the page loads, gzipped here (the emulator serves them uncompressed)
    const scripts: Promise<number>[] = [];
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script')
        scripts.push(
          r.body().then(
            (body) => gzipSync(body).length,
            () => 0,
          ),
        );
    });
    const cdp = await context.newCDPSession(page);

    // 1a, 2: open; "interactive" is decided in the page (probe.ts)
    await page.goto(`${portal.url}${app.path}`, { timeout: 30_000 });
    await page.waitForFunction(() => typeof window.__bench?.interactiveAt === 'number', null, {
      timeout: 30_000,
    });
    if (mode === 'full') await sleep(500); // what is requested right after the first render counts too
    step('open');
    const opened = await probeOf(page);
    const requestsOpen = restRequests;
    const jsGzip = (await Promise.all(scripts)).reduce((s, n) => s + n, 0);
    if (mode === 'open') return emptyRun();

    // 7: heap after load, after a forced garbage collection
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const domElements = await page.evaluate(() => document.getElementsByTagName('*').length);
    step('heap');

    // 4-6: the throttled drag
    const drag = await scriptedDrag(page, cdp, app, portal.sections.length);
    step('drag');
    const { probe } = drag;
    const downAt = probe.downAt ?? 0;
    const upAt = probe.upAt ?? Infinity;
    const frames = probe.frames.filter((t) => t >= downAt && t <= upAt);
    const intervals = frames.slice(1).map((t, i) => t - (frames[i] ?? t));
    const long = probe.longTasks.filter((t) => t.start + t.duration > downAt && t.duration > 50);
    const renders = Object.values(probe.rendersAtUp).reduce((s, n) => s + n, 0);

    // 1b: save the dropped change with the app's own Save button
    let requestsSave: number | null = null;
    let previewUnthrottledMs: number | null = null;
    if (mode === 'full' && app.save) {
      const before = restRequests;
      await app.save(page);
      await sleep(300);
      requestsSave = restRequests - before;
      step('save');
    }
    if (mode === 'full') {
      previewUnthrottledMs = await unthrottledPreview(page, app);
      step('preview');
    }

    return {
      figures: {
        requestsOpen,
        requestsSave,
        interactiveMs: round(opened.interactiveAt ?? NaN, 0),
        editorJsGzipKB: round(jsGzip / 1024, 1),
        dragFrameMedianMs: round(median(intervals)),
        dragFrameP95Ms: round(quantile(intervals, 0.95)),
        dragFrameMaxMs: round(Math.max(...intervals)),
        longTasksOver50ms: long.length,
        rendersPerMove: probe.movesSeen > 0 ? round(renders / probe.movesSeen, 2) : null,
        pointerToPreviewMs:
          probe.previewAt !== null && probe.downAt !== null ? round(probe.previewAt - probe.downAt) : null,
        heapMB: round(heap.usedSize / 2 ** 20, 1),
        domElements,
        dropCorrect: drag.dropCorrect,
      },
      detail: {
        movesDispatched: drag.movesDispatched,
        movesSeen: probe.movesSeen,
        frames: frames.length,
        renders: probe.rendersAtUp,
        longTasksInDrag: long.filter((t) => t.start < upAt).length,
        longTasksAtDrop: long.filter((t) => t.start >= upAt).length,
        longestTaskMs: round(Math.max(0, ...long.map((t) => t.duration)), 0),
        previewUnthrottledMs: previewUnthrottledMs === null ? null : round(previewUnthrottledMs),
      },
    };
  } catch (e) {
    // what the page showed when a step failed, next to the builds
    const shot = `${OUT}/failure-${app.variant}.png`;
    await context
      .pages()[0]
      ?.screenshot({ path: shot, timeout: 5_000 })
      .catch(() => undefined);
    throw new Error(`${app.variant} (${mode}) failed; the page is in ${shot}`, { cause: e });
  } finally {
    await context.close();
  }
}
