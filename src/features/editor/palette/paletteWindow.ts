import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

/**
 * Below this many rows the palette is rendered whole. Above it only the rows in and near the
 * list's scrolled view are mounted: on a portal of 600 user fields the 650 rows were a third of
 * the page's elements, and every one of them was created, styled and laid out before the editor
 * could be used and re-layerized during a drag.
 */
export const WINDOW_FROM = 120;
/** Rows mounted beyond each edge of the view, and the step the window moves by (fewer renders). */
const OVERSCAN = 12;
const STEP = 8;
/**
 * A row's pitch until one is measured: the two-line row of styles.css as Chromium lays it out. It
 * is measured on the first scroll, not at mount: reading a row's place then forced a layout of
 * the whole page in the middle of the first commit (200 ms of the 600-field opening).
 */
const ROW_PX_GUESS = 45;

export interface PaletteWindow {
  /** First and one past the last row mounted; the whole list when not windowed. */
  readonly start: number;
  readonly end: number;
  /** The room held for the rows not mounted above and below (two empty rows of the list). */
  readonly padTop: number;
  readonly padBottom: number;
  readonly windowed: boolean;
}

type Reveal = (code: string) => boolean;
let revealer: Reveal | null = null;

/**
 * Mounts the palette's row for `code` (scrolling the list to it) when the list is windowed, so a
 * caller can find and focus it at once. False when no palette is mounted or it has no such row.
 */
export function revealInPalette(code: string): boolean {
  return revealer ? revealer(code) : false;
}

interface Range {
  readonly start: number;
  readonly end: number;
  /** The row pitch the range was computed with (measured, else the guess). */
  readonly pitch: number;
}

/**
 * Which of `codes` (the rows shown, in order) the list in `listRef` mounts. The row the keyboard
 * focus is on (`focused`) always stays mounted, so scrolling the list with the wheel never drops
 * the focus or a keyboard drag that started there.
 */
export function usePaletteWindow(
  listRef: RefObject<HTMLUListElement | null>,
  codes: readonly string[],
  focused: string | null,
): PaletteWindow {
  const count = codes.length;
  const windowed = count > WINDOW_FROM;
  const pitch = useRef(ROW_PX_GUESS);
  const [range, setRange] = useState<Range>({
    start: 0,
    end: OVERSCAN * 3,
    pitch: ROW_PX_GUESS,
  });

  const rangeFor = useCallback((list: HTMLElement, total: number): Range => {
    const p = pitch.current;
    const first = Math.max(0, Math.floor(list.scrollTop / p) - OVERSCAN);
    const start = Math.floor(first / STEP) * STEP;
    const seen = Math.ceil((list.clientHeight || 800) / p);
    const end = Math.min(total, Math.ceil((start + seen + OVERSCAN * 2) / STEP) * STEP);
    return { start: Math.min(start, Math.max(0, total - 1)), end, pitch: p };
  }, []);

  const update = useCallback(() => {
    const list = listRef.current;
    if (!list) return;
    const next = rangeFor(list, count);
    setRange((r) => (r.start === next.start && r.end === next.end && r.pitch === next.pitch ? r : next));
  }, [listRef, rangeFor, count]);

  const measure = useCallback(() => {
    const rows = listRef.current?.querySelectorAll<HTMLElement>(':scope > .palette-item');
    const a = rows?.[0];
    const b = rows?.[1];
    if (a && b && b.offsetTop > a.offsetTop) pitch.current = b.offsetTop - a.offsetTop;
  }, [listRef]);

  // a new search or filter: the range is fitted in the next frame, when the layout is due anyway
  const counted = useRef(count);
  useEffect(() => {
    if (!windowed || counted.current === count) return;
    counted.current = count;
    const frame = requestAnimationFrame(update);
    return () => cancelAnimationFrame(frame);
  }, [windowed, count, update]);

  useEffect(() => {
    const list = listRef.current;
    if (!windowed || !list) return;
    let frame = 0;
    const onScroll = () => {
      if (frame === 0)
        frame = requestAnimationFrame(() => {
          frame = 0;
          measure();
          update();
        });
    };
    list.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      list.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
    };
  }, [listRef, windowed, update, measure]);

  useEffect(() => {
    const reveal: Reveal = (code) => {
      const list = listRef.current;
      const index = codes.indexOf(code);
      if (!list || index < 0) return false;
      if (!windowed) return true;
      measure();
      list.scrollTop = Math.max(0, index * pitch.current - list.clientHeight / 2);
      flushSync(() => setRange(rangeFor(list, count)));
      return true;
    };
    revealer = reveal;
    return () => {
      if (revealer === reveal) revealer = null;
    };
  }, [listRef, codes, windowed, rangeFor, count, measure]);

  if (!windowed) return { start: 0, end: count, padTop: 0, padBottom: 0, windowed: false };
  let { start, end } = range;
  end = Math.min(end, count);
  // a search shortened the list below the scrolled place: its start shows until the next frame
  if (start >= end) start = Math.max(0, end - OVERSCAN * 3);
  const f = focused === null ? -1 : codes.indexOf(focused);
  if (f >= 0 && f < start) start = f;
  if (f >= end) end = f + 1;
  const p = range.pitch;
  return { start, end, padTop: start * p, padBottom: (count - end) * p, windowed: true };
}
