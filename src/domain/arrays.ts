/**
 * Clamps an insertion index into `0..length`; fractions are truncated, `NaN` means "at the end", so a
 * stale or sloppy index from the UI still lands somewhere sensible instead of throwing.
 */
export function clampIndex(index: number, length: number): number {
  if (Number.isNaN(index)) return length;
  return Math.min(Math.max(Math.trunc(index), 0), length);
}

/** Returns a copy of `items` with `item` inserted at `index` (which must already be clamped). */
export function insertAt<T>(items: readonly T[], index: number, item: T): readonly T[] {
  return [...items.slice(0, index), item, ...items.slice(index)];
}

/** Returns a copy of `items` without the item at `index`. */
export function removeAt<T>(items: readonly T[], index: number): readonly T[] {
  return [...items.slice(0, index), ...items.slice(index + 1)];
}
