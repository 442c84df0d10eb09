/** The printed report: the table with ratios, what the figures rest on, definitions, budgets. */
import { FIGURE_KEYS, medianOf, round, type Figures, type Run } from './figures';
import { THROTTLE, VIEWPORT } from './measure';

export type Results<S extends string> = Record<'ours' | 'naive', Partial<Record<S, Figures>>>;
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
  cellOf: (v: 'ours' | 'naive', s: S) => Cell,
): void {
  const w0 = 40;
  const w = 11;
  const line = (label: string, values: string[]) =>
    console.log(label.padEnd(w0) + values.map((v) => v.padStart(w)).join(''));
  const cols = sizes.flatMap((s) => [`ours ${s}`, `naive ${s}`, 'ratio']);
  console.log(
    `\nMedians of ${runs} runs; Chromium ${VIEWPORT.width}x${VIEWPORT.height}; 1-3 and 7 unthrottled,` +
      ` 4-6 with the CPU throttled ${THROTTLE}x; ratio = ours / naive.`,
  );
  line('figure', cols);
  line(
    '-'.repeat(w0 - 2),
    cols.map(() => '-'.repeat(w - 2)),
  );
  for (const k of FIGURE_KEYS) {
    line(
      LABELS[k],
      sizes.flatMap((s) => {
        const o = results.ours[s]?.[k] ?? null;
        const n = results.naive[s]?.[k] ?? null;
        return [fmt(o), fmt(n), ratio(o, n)];
      }),
    );
  }

  console.log('\nWhat the figures rest on (medians of the runs):');
  for (const v of ['ours', 'naive'] as const) {
    for (const s of sizes) {
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
  const worst = (k: keyof Figures) => {
    const v = sizes.map((s) => o[s]?.[k] ?? null).filter((x): x is number => x !== null);
    return v.length === 0 ? null : Math.max(...v);
  };
  const at = (s: string, k: keyof Figures) => (sizes.includes(s as S) ? (o[s as S]?.[k] ?? null) : null);
  verdict('1 request to open the editor', worst('requestsOpen'), 1);
  verdict('at most 2 requests to save a layout', worst('requestsSave'), 2);
  verdict(
    'drag p95 frame interval <= 16.7 ms at 600 fields, 4x throttle',
    at('600', 'dragFrameP95Ms'),
    16.7,
    ' ms',
  );
  verdict(
    'no long task over 50 ms after the drag started, 600 fields',
    at('600', 'longTasksOver50ms'),
    0,
    ' tasks',
  );
  verdict('at most 3 field renders per pointer move (worst size)', worst('rendersPerMove'), 3);
  const r1 = at('100', 'rendersPerMove');
  const r6 = at('600', 'rendersPerMove');
  if (r1 !== null && r6 !== null) {
    const same = Math.abs(r6 - r1) <= 0.5;
    console.log(
      `  the same renders per move at 100 and 600 fields: ${same ? 'met' : 'MISSED'} (${fmt(r1)} and ${fmt(r6)}` +
        `${same ? '' : `: x${(r6 / Math.max(r1, 0.01)).toFixed(1)} at 600, it grows with the number of fields`})`,
    );
  }
  verdict(
    'pointer-down to preview <= 50 ms, 4x throttle (worst size)',
    worst('pointerToPreviewMs'),
    50,
    ' ms',
  );
  verdict('interactive <= 1 s with 600 fields on localhost', at('600', 'interactiveMs'), 1000, ' ms');
  verdict('editor JavaScript <= 150 KB gzip', worst('editorJsGzipKB'), 150, ' KB');
}
