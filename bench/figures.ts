/** The figures of issues 7 and 14, what each run records besides, and the statistics over runs. */

/** One run's figures, or the medians of several; `null` where a figure was not measured. */
export interface Figures {
  requestsOpen: number | null;
  requestsSave: number | null;
  interactiveMs: number | null;
  editorJsGzipKB: number | null;
  dragFrameMedianMs: number | null;
  dragFrameP95Ms: number | null;
  dragFrameMaxMs: number | null;
  longTasksOver50ms: number | null;
  rendersPerMove: number | null;
  pointerToPreviewMs: number | null;
  heapMB: number | null;
  /** Elements in the document once the app is interactive. */
  domElements: number | null;
  /** Share of runs whose drop put the field on the intended slot (0-1); per run 0 or 1. */
  dropCorrect: number | null;
}

export const FIGURE_KEYS = [
  'requestsOpen',
  'requestsSave',
  'interactiveMs',
  'editorJsGzipKB',
  'dragFrameMedianMs',
  'dragFrameP95Ms',
  'dragFrameMaxMs',
  'longTasksOver50ms',
  'rendersPerMove',
  'pointerToPreviewMs',
  'heapMB',
  'domElements',
  'dropCorrect',
] as const satisfies readonly (keyof Figures)[];

/** What a run also records, to explain its figures. */
export interface Detail {
  movesDispatched: number;
  movesSeen: number;
  frames: number;
  /** Field component renders between pointer-down and pointer-up, by kind. */
  renders: Record<string, number>;
  longTasksInDrag: number;
  longTasksAtDrop: number;
  longestTaskMs: number;
  previewUnthrottledMs: number | null;
}

export interface Run {
  figures: Figures;
  detail: Detail;
}

export const emptyRun = (): Run => ({
  figures: Object.fromEntries(FIGURE_KEYS.map((k) => [k, null])) as unknown as Figures,
  detail: {
    movesDispatched: 0,
    movesSeen: 0,
    frames: 0,
    renders: {},
    longTasksInDrag: 0,
    longTasksAtDrop: 0,
    longestTaskMs: 0,
    previewUnthrottledMs: null,
  },
});

export const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Linear interpolation between the closest ranks; NaN for no values. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return (s[lo] ?? 0) + ((s[hi] ?? 0) - (s[lo] ?? 0)) * (pos - lo);
}

export const median = (values: readonly number[]) => quantile(values, 0.5);

/** Median of the measured values; null when none was measured. */
export function medianOf(values: readonly (number | null)[]): number | null {
  const v = values.filter((x): x is number => x !== null && Number.isFinite(x));
  return v.length === 0 ? null : median(v);
}
