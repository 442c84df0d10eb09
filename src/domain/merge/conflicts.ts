import type { SectionRef } from '../diff';
import type { FieldCode, Layout } from '../types';

/** Which side a conflict takes: the draft (`mine`) or the portal's current layout (`theirs`). */
export type Side = 'mine' | 'theirs';

/** Where a side has a field: its section (that side's id, name, title) and 0-based position. */
export interface FieldPlace {
  readonly section: SectionRef;
  readonly index: number;
}

interface ConflictCommon {
  /** Stable for the same three inputs: pass it to `resolve`. */
  readonly id: string;
  readonly choice: Side;
}

/** One thing both sides changed differently; `base`/`mine`/`theirs` are its three values (`undefined`: absent). */
export type MergeConflict = ConflictCommon &
  (
    | {
        readonly kind: 'fieldPlacement';
        readonly field: FieldCode;
        readonly base: FieldPlace | null;
        readonly mine: FieldPlace | null;
        readonly theirs: FieldPlace | null;
      }
    | {
        readonly kind: 'fieldOption';
        readonly field: FieldCode;
        readonly key: string;
        readonly base: unknown;
        readonly mine: unknown;
        readonly theirs: unknown;
      }
    | {
        readonly kind: 'sectionTitle' | 'sectionName';
        readonly section: SectionRef;
        readonly base: string | undefined;
        readonly mine: string;
        readonly theirs: string;
      }
    | { readonly kind: 'sectionPresence'; readonly section: SectionRef; readonly removedBy: Side }
  );

/** A merge and its inputs, so `resolve` can redo it with another choice. */
export interface MergeResult {
  readonly merged: Layout;
  readonly conflicts: readonly MergeConflict[];
  readonly base: Layout;
  readonly mine: Layout;
  readonly theirs: Layout;
  /** The choices made so far by conflict id; a conflict not listed takes `mine`. */
  readonly choices: Readonly<Record<string, Side>>;
}

/** Field conflicts in the order fields were read (mine, theirs, base), placement first. */
export function orderFieldConflicts(
  conflicts: readonly MergeConflict[],
  fields: readonly FieldCode[],
): MergeConflict[] {
  const rank = new Map(fields.map((f, i) => [f, i] as const));
  const fieldOf = (c: MergeConflict) => ('field' in c ? c.field : '');
  const kindRank = (c: MergeConflict) => (c.kind === 'fieldPlacement' ? 0 : c.kind === 'fieldOption' ? 1 : 2);
  return conflicts
    .map((c, n) => ({ c, n }))
    .sort(
      (x, y) =>
        (rank.get(fieldOf(x.c)) ?? 0) - (rank.get(fieldOf(y.c)) ?? 0) ||
        kindRank(x.c) - kindRank(y.c) ||
        x.n - y.n,
    )
    .map(({ c }) => c);
}
