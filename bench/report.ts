/** The printed report: the table with ratios, what the figures rest on, definitions, budgets. */
import { FIGURE_KEYS, medianOf, round, type Figures, type Run } from './figures';
import type { Variant } from './apps';
import { THROTTLE, VIEWPORT } from './measure';

export type Results<S extends string> = Record<Variant, Partial<Record<S, Figures>>>;
const PEERS = ['naive', 'floor', 'dndkitReact', 'pragmatic'] as const satisfies readonly Variant[];
export interface Cell {
  /** Runs of the production build (the naive reference: its only build). */
  readonly prod: Run[];
  /** The editor's profiling build: field render counts. */
  readonly profile: Run[];
}

const LABELS: Record<keyof Figures, string> = {
  requestsOpen: '1a HTTP requests to open the editor',
  requestsSave: '1b HTTP requests to save one layout',
  interactiveMs: '2  navigation -> interactive, ms',
  editorJsGzipKB: '3  JavaScript loaded, KB gzip',
  dragFrameMedianMs: '4a drag: frame interval median, ms',
  dragFrameP95Ms: '4b drag: frame interval p95, ms',
  dragFrameMaxMs: '4c drag: frame interval max, ms',
  longTasksOver50ms: '4d drag: long tasks > 50 ms',
  rendersPerMove: '5  field renders per pointer move',
  pointerToPreviewMs: '6  pointer-down -> preview, ms',
  heapMB: '7  JS heap after load + GC, MB',
  domElements: '8  DOM elements after load',
  dropCorrect: '9  drops on the intended slot (share)',
};

const DEFINITIONS = [
  '1a /rest/ requests from navigation until 500 ms after interactive; 1b /rest/ requests from the click on',
  '   Save (after the dragged field was dropped) until the app shows the save succeeded, plus 300 ms.',
  '2  From navigation start to the first animation frame in which the DOM holds every field of the card',
  '   (and, for the editor, the palette list) and the first drag handle accepts keyboard focus.',
  '3  Every script the page loaded, gzipped (zlib, level 6); the emulator serves them uncompressed.',
  `4  The scripted drag (${THROTTLE}x CPU throttling through the DevTools protocol): the last field of the`,
  '   middle section is held for 3 s and moved through the next section onto the second field of the one',
  '   after; frame intervals between requestAnimationFrame callbacks from pointer-down to pointer-up; long',
  '   tasks (PerformanceObserver "longtask") ending after pointer-down, the drop and 600 ms after it included.',
  "5  Renders of ElementChip and PaletteItem (the editor's profiling build, vite --mode profile) or of the",
  "   reference's Item, from pointer-down to pointer-up, divided by the mousemove events the page received.",
  '6  From the mousedown event to the first animation frame after the drag preview entered the DOM, with',
  '   two 4 px moves right after the press (the editor starts a drag after 5 px), throttled as in 4.',
  '7  Runtime.getHeapUsage after HeapProfiler.collectGarbage, once the app is interactive.',
  "8  document.getElementsByTagName('*').length once the app is interactive.",
  '9  After the drop of 4, whether the dragged field is the second of its target section (released on the',
  "   upper part of that section's second field): the share of runs where it is (1: every run).",
  'naive: dnd-kit 6 MultipleContainers story; floor: plain DOM, an overlay moved by transform, the place',
  'decided at release; dndkitReact: @dnd-kit/react 0.5 multiple-lists sortable; pragmatic: pragmatic-drag-',
  "and-drop list with closest-edge hitboxes, the browser's native drag driven by Playwright's mouse.",
];

const fmt = (n: number | null | undefined) =>
  n === null || n === undefined ? 'n/a' : Number.isInteger(n) ? String(n) : n.toFixed(1);

function ratio(a: number | null, b: number | null): string {
  if (a === null || b === null) return 'n/a';
  if (b === 0) return a === 0 ? 'x1.00' : 'inf';
  return `x${(a / b).toFixed(2)}`;
}

export function printReport<S extends string>(
  sizes: readonly S[],
  runs: number,
  results: Results<S>,
  cellOf: (v: Variant, s: S) => Cell,
  variantsAt: (s: S) => readonly Variant[],
): void {
  const w0 = 40;
  const w = 11;
  const line = (label: string, values: string[]) =>
    console.log(label.padEnd(w0) + values.map((v) => v.padStart(w)).join(''));
  console.log(
    `\nMedians of ${runs} runs; Chromium ${VIEWPORT.width}x${VIEWPORT.height}; 1-3, 7, 8 unthrottled,` +
      ` 4-6 with the CPU throttled ${THROTTLE}x; ours/X = ours divided by X.`,
  );
  for (const s of sizes) {
    const vs = variantsAt(s);
    const peers = PEERS.filter((p) => vs.includes(p));
    const cols = [...vs.map((v) => v), ...peers.map((p) => `ours/${p}`)];
    console.log(`\n${s} fields`);
    line('figure', cols);
    line(
      '-'.repeat(w0 - 2),
      cols.map(() => '-'.repeat(w - 2)),
    );
    for (const k of FIGURE_KEYS) {
      const o = results.ours[s]?.[k] ?? null;
      line(LABELS[k], [
        ...vs.map((v) => fmt(results[v][s]?.[k] ?? null)),
        ...peers.map((p) => ratio(o, results[p][s]?.[k] ?? null)),
      ]);
    }
  }

  console.log('\nWhat the figures rest on (medians of the runs):');
  for (const s of sizes) {
    for (const v of variantsAt(s)) {
      const cell = cellOf(v, s);
      const counted = v === 'ours' ? cell.profile : cell.prod;
      const d = (f: (r: Run) => number | null, of = cell.prod) => fmt(medianOf(of.map(f)));
      const renders = (kind: string) => d((r) => r.detail.renders[kind] ?? 0, counted);
      console.log(
        `  ${v} ${s}: ${d((r) => r.detail.movesDispatched)} pointer moves dispatched, ${d((r) => r.detail.movesSeen)} received,` +
          ` ${d((r) => r.detail.frames)} frames; long tasks ${d((r) => r.detail.longTasksInDrag)} during the drag` +
          ` + ${d((r) => r.detail.longTasksAtDrop)} at the drop, longest ${d((r) => r.detail.longestTaskMs)} ms;` +
          ` field renders in the drag: ${renders('element')} on the card + ${renders('palette')} in the palette` +
          ` over ${d((r) => r.detail.movesSeen, counted)} moves; unthrottled pointer-down -> preview ${d((r) => r.detail.previewUnthrottledMs)} ms`,
      );
    }
  }

  console.log('\nDefinitions:');
  for (const d of DEFINITIONS) console.log(`  ${d}`);

  console.log('\nBudgets (the editor):');
  const o = results.ours;
  const verdict = (name: string, value: number | null, limit: number, unit = '') => {
    if (value === null) return console.log(`  ${name}: not measured`);
    const over = value - limit;
    const text =
      over <= 0
        ? `met (${fmt(value)}${unit})`
        : `MISSED by ${fmt(round(over, 1))}${unit} (${fmt(value)}${unit}${limit > 0 ? `, x${(value / limit).toFixed(1)} the budget` : ''})`;
    console.log(`  ${name}: ${text}`);
  };
  const at = (s: string, k: keyof Figures) => (sizes.includes(s as S) ? (o[s as S]?.[k] ?? null) : null);
  const worst = (k: keyof Figures) => {
    const v = sizes.map((s) => o[s]?.[k] ?? null).filter((x): x is number => x !== null);
    return v.length === 0 ? null : Math.max(...v);
  };
  verdict('1 request to open the editor', worst('requestsOpen'), 1);
  verdict('at most 2 requests to save a layout', worst('requestsSave'), 2);
  verdict('600 fields, 4x: drag p95 frame interval <= 16.7 ms', at('600', 'dragFrameP95Ms'), 16.7, ' ms');
  verdict('600 fields, 4x: drag max frame interval <= 100 ms', at('600', 'dragFrameMaxMs'), 100, ' ms');
  verdict(
    '600 fields, 4x: no long task over 50 ms after pick-up',
    at('600', 'longTasksOver50ms'),
    0,
    ' tasks',
  );
  verdict('600 fields, 4x: pointer-down to preview <= 120 ms', at('600', 'pointerToPreviewMs'), 120, ' ms');
  const drop = at('600', 'dropCorrect');
  console.log(
    `  600 fields: every drop on the intended slot: ${drop === null ? 'not measured' : drop >= 1 ? 'met (1.0)' : `MISSED (${fmt(drop)})`}`,
  );
  for (const k of ['dragFrameP95Ms', 'dragFrameMaxMs', 'longTasksOver50ms', 'pointerToPreviewMs'] as const) {
    const mine = at('600', k);
    const beaten = PEERS.filter((p) => {
      const theirs = sizes.includes('600' as S) ? (results[p]['600' as S]?.[k] ?? null) : null;
      return mine !== null && theirs !== null && theirs < mine;
    });
    if (mine === null) continue;
    console.log(
      `  600 fields: ours at or below every peer on ${LABELS[k].slice(3).trim()}: ${
        beaten.length === 0
          ? 'met'
          : `MISSED (${beaten.map((p) => `${p} ${fmt(results[p]['600' as S]?.[k] ?? null)}`).join(', ')} against ours ${fmt(mine)})`
      }`,
    );
  }
  const deal = sizes.includes('600' as S) ? results.oursDeal['600' as S] : undefined;
  if (deal) {
    const lead = o['600' as S];
    const pairs = (
      ['dragFrameP95Ms', 'dragFrameMaxMs', 'longTasksOver50ms', 'pointerToPreviewMs'] as const
    ).map((k) => `${LABELS[k].slice(3).trim()} ${fmt(deal[k])} (lead ${fmt(lead?.[k] ?? null)})`);
    console.log(`  600 fields, a deal pipeline's card: ${pairs.join('; ')}; drops ${fmt(deal.dropCorrect)}`);
  }
  verdict('2000 fields, 4x: drag p95 frame interval <= 33 ms', at('2000', 'dragFrameP95Ms'), 33, ' ms');
  verdict('600 fields: navigation -> interactive <= 600 ms', at('600', 'interactiveMs'), 600, ' ms');
  verdict('JavaScript loaded <= 120 KB gzip', worst('editorJsGzipKB'), 120, ' KB');
}
