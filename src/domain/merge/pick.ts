import { deepEqual } from '../deepEqual';
import { longestIncreasingRun } from '../diff';
import type { Section } from '../types';
import type { Side } from './conflicts';
import type { Source } from './views';

export type KeptKeys = Readonly<Record<string, unknown>>;

/** Items of `seq` that changed position against `baseSeq`: new ones and those outside the longest kept run. */
export function movedItems<K>(baseSeq: readonly K[], seq: readonly K[]): Set<K> {
  const at = new Map(baseSeq.map((k, i) => [k, i] as const));
  const moved = new Set(seq.filter((k) => !at.has(k)));
  const stayed = seq.filter((k) => at.has(k));
  const kept = longestIncreasingRun(stayed.map((k) => at.get(k) ?? 0));
  stayed.forEach((k, i) => {
    if (!kept.has(i)) moved.add(k);
  });
  return moved;
}

/**
 * The final order of `items`: the ones whose place comes from `base` in base order, then each one
 * from a side inserted right after its nearest predecessor in that side's order (mine first).
 * Reproduces a side's order exactly when the other side changed nothing.
 */
export function mergeOrder<K>(
  items: ReadonlySet<K>,
  sourceOf: (k: K) => Source,
  seqs: Readonly<Record<Source, readonly K[]>>,
): K[] {
  const result = seqs.base.filter((k) => items.has(k) && sourceOf(k) === 'base');
  const placed = new Set(result);
  for (const side of ['mine', 'theirs'] as const) {
    const seq = seqs[side];
    seq.forEach((k, i) => {
      if (!items.has(k) || placed.has(k) || sourceOf(k) !== side) return;
      let at = 0;
      for (let j = i - 1; j >= 0; j--) {
        const pred = seq[j];
        if (pred !== undefined && placed.has(pred)) {
          at = result.indexOf(pred) + 1;
          break;
        }
      }
      result.splice(at, 0, k);
      placed.add(k);
    });
  }
  for (const k of items) if (!placed.has(k)) result.push(k); // never drop: cannot happen, but cheap
  return result;
}

type Picked<T> = { readonly value: T; readonly conflict: boolean };

/** Three-way pick: same on both sides, or the side that changed; both changed differently is a conflict. */
export function pick<T>(b: unknown, m: T, t: T, choice: Side): Picked<T> {
  if (deepEqual(m, t)) return { value: m, conflict: false };
  if (deepEqual(m, b)) return { value: t, conflict: false };
  if (deepEqual(t, b)) return { value: m, conflict: false };
  return { value: choice === 'mine' ? m : t, conflict: true };
}

const isBitMask = (n: number) => Number.isInteger(n) && n >= 0 && n <= 0x7fffffff;

/** Flags merge bit by bit, so two sides setting different bits both count; odd values fall back to `pick` (mine). */
export function mergeFlags(b: number, m: number, t: number): number {
  if (isBitMask(b) && isBitMask(m) && isBitMask(t)) return (m & t) | ((m | t) & ~b);
  return pick(b, m, t, 'mine').value;
}

/** Whether a side changed a section; kept keys (see `mergeKept`) are nobody's change. */
export const sameSection = (a: Section, b: Section): boolean =>
  a.name === b.name &&
  a.title === b.title &&
  a.elements.length === b.elements.length &&
  a.elements.every((e, i) => {
    const o = b.elements[i];
    return (
      o !== undefined &&
      e.field === o.field &&
      e.optionFlags === o.optionFlags &&
      deepEqual(e.options, o.options)
    );
  });

/**
 * Keys the portal sent that the editor keeps (a section's `data`, a renamed label) merge without
 * conflicts: only the portal's own editor writes them and a REST save drops them (BITRIX24-API.md
 * 1.6), so a side lacking them is the portal's doing, not a choice to ask about. Each key takes
 * the side that changed it, and `theirs` (what the portal holds now) when both differ.
 */
export function mergeKept(
  b: KeptKeys | undefined,
  m: KeptKeys | undefined,
  t: KeptKeys | undefined,
): KeptKeys | undefined {
  const keys = [...new Set([...Object.keys(m ?? {}), ...Object.keys(t ?? {}), ...Object.keys(b ?? {})])];
  const out = new Map<string, unknown>();
  for (const key of keys) {
    const picked = pick(b?.[key], m?.[key], t?.[key], 'theirs');
    if (picked.value !== undefined) out.set(key, picked.value);
  }
  return out.size === 0 ? undefined : Object.fromEntries(out);
}
