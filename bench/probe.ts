/**
 * What runs inside the benchmarked page (installed with `page.addInitScript` before the app's own
 * scripts): the "interactive" moment, long tasks, animation frames and mouse moves while recording,
 * and pointer-down to drag preview. Everything lands on `window.__bench`; times are
 * `performance.now()` (milliseconds since navigation start).
 */

import type {} from '../src/ui/renderCounter'; // window.__lcsRenders

export interface ProbeConfig {
  /** One of these per field on the canvas. */
  readonly itemSelector: string;
  readonly expectedItems: number;
  /** Must be present too (e.g. the palette list); null when the app has nothing else. */
  readonly alsoSelector: string | null;
  /** The first match must take keyboard focus. */
  readonly focusSelector: string;
  /** The drag preview (inside dnd-kit's DragOverlay). */
  readonly previewSelector: string;
}

export interface BenchProbe {
  interactiveAt: number | null;
  recording: boolean;
  frames: number[];
  longTasks: { start: number; duration: number }[];
  movesSeen: number;
  downAt: number | null;
  upAt: number | null;
  previewAt: number | null;
  /** `window.__lcsRenders` as it was when the pointer went up (before the drop re-renders). */
  rendersAtUp: Record<string, number>;
}

declare global {
  interface Window {
    __bench?: BenchProbe;
  }
}

/** Serialised by Playwright into the page: self-contained, no imports. */
export function installProbe(config: ProbeConfig): void {
  const probe: BenchProbe = {
    interactiveAt: null,
    recording: false,
    frames: [],
    longTasks: [],
    movesSeen: 0,
    downAt: null,
    upAt: null,
    previewAt: null,
    rendersAtUp: {},
  };
  window.__bench = probe;

  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });

  // Interactive: the DOM holds every field of the canvas (and the palette), and a drag handle takes
  // focus; the time is taken in the next animation frame, i.e. when that DOM is about to be painted.
  const ready = (): boolean => {
    if (document.querySelectorAll(config.itemSelector).length < config.expectedItems) return false;
    if (config.alsoSelector && !document.querySelector(config.alsoSelector)) return false;
    const handle = document.querySelector<HTMLElement>(config.focusSelector);
    if (!handle) return false;
    handle.focus({ preventScroll: true });
    const focused = document.activeElement === handle;
    handle.blur();
    return focused;
  };
  const loadWatch = new MutationObserver(() => {
    if (!ready()) return;
    loadWatch.disconnect();
    requestAnimationFrame(() => {
      probe.interactiveAt = performance.now();
    });
  });
  loadWatch.observe(document, { childList: true, subtree: true });

  const frame = (t: number): void => {
    if (!probe.recording) return;
    probe.frames.push(t);
    requestAnimationFrame(frame);
  };
  const startRecording = (): void => {
    probe.recording = true;
    probe.frames = [];
    probe.movesSeen = 0;
    requestAnimationFrame(frame);
  };
  const stopRecording = (): void => {
    probe.recording = false;
  };
  Object.assign(window, { __benchStart: startRecording, __benchStop: stopRecording });

  // a native drag (the pragmatic peer) sends dragover instead of mousemove, and drop or dragend
  // instead of mouseup
  for (const type of ['mousemove', 'dragover']) {
    window.addEventListener(
      type,
      () => {
        if (probe.recording) probe.movesSeen += 1;
      },
      { capture: true, passive: true },
    );
  }
  // Pointer-down to preview: from the mousedown event's time stamp to the first animation frame
  // after the preview element entered the DOM (the frame that paints it).
  window.addEventListener(
    'mousedown',
    (e) => {
      if (!probe.recording) return;
      probe.downAt = e.timeStamp;
      probe.upAt = null;
      probe.previewAt = null;
      const previewWatch = new MutationObserver(() => {
        if (!document.querySelector(config.previewSelector)) return;
        previewWatch.disconnect();
        requestAnimationFrame(() => {
          probe.previewAt = performance.now();
        });
      });
      previewWatch.observe(document.body, { childList: true, subtree: true });
    },
    { capture: true, passive: true },
  );
  for (const type of ['mouseup', 'drop', 'dragend']) {
    window.addEventListener(
      type,
      (e) => {
        if (!probe.recording || probe.upAt !== null) return;
        probe.upAt = e.timeStamp;
        probe.rendersAtUp = { ...window.__lcsRenders };
      },
      { capture: true, passive: true },
    );
  }
}
