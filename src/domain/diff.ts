import { deepEqual } from './deepEqual';
import type { CardElement, FieldCode, Layout, SectionId } from './types';

/**
 * A section as a change names it: portal `name` (how sections are matched across documents),
 * `title`, and the editor `id` in the layout it is read from (`after`, or `before` for what is gone).
 */
export interface SectionRef {
  readonly id: SectionId;
  readonly name: string;
  readonly title: string;
}

export type Options = Readonly<Record<string, unknown>> | undefined;

/** One difference between two layouts; `index`, `from` and `to` are 0-based element/section positions. */
export type LayoutChange =
  | { readonly kind: 'sectionAdded'; readonly section: SectionRef; readonly index: number }
  | { readonly kind: 'sectionRemoved'; readonly section: SectionRef }
  | {
      readonly kind: 'sectionRenamed';
      readonly section: SectionRef;
      readonly before: string;
      readonly after: string;
    }
  | {
      readonly kind: 'sectionNameChanged';
      readonly section: SectionRef;
      readonly before: string;
      readonly after: string;
    }
  | {
      readonly kind: 'sectionMoved';
      readonly section: SectionRef;
      readonly from: number;
      readonly to: number;
    }
  | {
      readonly kind: 'fieldAdded';
      readonly field: FieldCode;
      readonly section: SectionRef;
      readonly index: number;
    }
  | { readonly kind: 'fieldRemoved'; readonly field: FieldCode; readonly section: SectionRef }
  | {
      readonly kind: 'fieldMoved';
      readonly field: FieldCode;
      readonly fromSection: SectionRef;
      readonly toSection: SectionRef;
      readonly index: number;
    }
  | {
      readonly kind: 'fieldReordered';
      readonly field: FieldCode;
      readonly section: SectionRef;
      readonly from: number;
      readonly to: number;
    }
  | {
      readonly kind: 'flagsChanged';
      readonly field: FieldCode;
      readonly section: SectionRef;
      readonly before: number;
      readonly after: number;
    }
  | {
      readonly kind: 'optionsChanged';
      readonly field: FieldCode;
      readonly section: SectionRef;
      readonly before: Options;
      readonly after: Options;
    };

/** Which section of `after` each section of `before` became, and back (`undefined`: no partner). */
export interface SectionMatch {
  /** Indexed by position in `before`: the partner's position in `after`. */
  readonly afterOf: readonly (number | undefined)[];
  /** Indexed by position in `after`: the partner's position in `before`. */
  readonly beforeOf: readonly (number | undefined)[];
}

/**
 * Pairs the sections of two layouts: first same id and same portal name, then same portal name
 * (ids differ between documents), then same id (a name changed in the same document); each pass
 * walks `after` in order and takes the first free partner, so duplicate names pair up in order.
 */
export function matchSections(before: Layout, after: Layout): SectionMatch {
  const afterOf: (number | undefined)[] = before.sections.map(() => undefined);
  const beforeOf: (number | undefined)[] = after.sections.map(() => undefined);
  const pass = (same: (b: { id: string; name: string }, a: { id: string; name: string }) => boolean) => {
    after.sections.forEach((a, ai) => {
      if (beforeOf[ai] !== undefined) return;
      const bi = before.sections.findIndex((b, i) => afterOf[i] === undefined && same(b, a));
      if (bi < 0) return;
      afterOf[bi] = ai;
      beforeOf[ai] = bi;
    });
  };
  pass((b, a) => b.id === a.id && b.name === a.name);
  pass((b, a) => b.name === a.name);
  pass((b, a) => b.id === a.id);
  return { afterOf, beforeOf };
}

/**
 * Positions in `seq` that form one longest strictly increasing subsequence: the items that kept
 * their relative order; every other position is the fewest items that must have moved.
 */
export function longestIncreasingRun(seq: readonly number[]): Set<number> {
  const tails: number[] = []; // tails[k]: position of the smallest last value of a run of length k+1
  const previous: number[] = seq.map(() => -1);
  seq.forEach((value, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((seq[tails[mid] ?? 0] ?? 0) < value) lo = mid + 1;
      else hi = mid;
    }
    previous[i] = lo > 0 ? (tails[lo - 1] ?? -1) : -1;
    tails[lo] = i;
  });
  const kept = new Set<number>();
  for (let i = tails[tails.length - 1] ?? -1; i >= 0; i = previous[i] ?? -1) kept.add(i);
  return kept;
}

/** Where one element sits; `key` tells the n-th copy of a field from the first (duplicates are rare but legal on the portal). */
interface Placement {
  readonly key: string;
  readonly section: number;
  readonly index: number;
  readonly element: CardElement;
}

/** Every element of `layout` by key (reading order), and the same placements per section. */
function placements(layout: Layout): { byKey: Map<string, Placement>; bySection: Placement[][] } {
  const seen = new Map<FieldCode, number>();
  const byKey = new Map<string, Placement>();
  const bySection = layout.sections.map((s, section) =>
    s.elements.map((element, index) => {
      const n = seen.get(element.field) ?? 0;
      seen.set(element.field, n + 1);
      const placement = { key: `${element.field}\u0000${n}`, section, index, element };
      byKey.set(placement.key, placement);
      return placement;
    }),
  );
  return { byKey, bySection };
}

const refOf = (layout: Layout, index: number): SectionRef => {
  const s = layout.sections[index];
  return s ? { id: s.id, name: s.name, title: s.title } : { id: '', name: '', title: '' };
};

/**
 * What changed from `before` to `after`, in a fixed order: removed sections (in `before` order);
 * then per section of `after`: added, name, title, moved; then per element of `after` in reading
 * order: added / moved between sections / reordered, flags, options; last,
 * removed fields (in `before` order). A reorder is reported only for the fields outside one longest
 * run that kept its order, so one moved field is one change. Empty exactly when `sameLayout` holds
 * (given sections pair up by name) up to the kept settings (`keptSettingsDiffer`).
 *
 * Keys the portal sent that the editor keeps (a section's `data`, a renamed label) are no one's
 * change: only the portal's own editor writes them and `crm.lead.details.configuration.set` drops
 * them (BITRIX24-API.md 1.6), so after anyone saves once they are "gone" from every later version.
 * They are never listed here; `keptSettingsDiffer` says it once.
 */
export function diffLayouts(before: Layout, after: Layout): LayoutChange[] {
  const { afterOf, beforeOf } = matchSections(before, after);
  const changes: LayoutChange[] = [];

  before.sections.forEach((_, bi) => {
    if (afterOf[bi] === undefined) changes.push({ kind: 'sectionRemoved', section: refOf(before, bi) });
  });

  const pairedAfter = after.sections.map((_, ai) => ai).filter((ai) => beforeOf[ai] !== undefined);
  const keptOrder = longestIncreasingRun(pairedAfter.map((ai) => beforeOf[ai] ?? 0));
  const movedSections = new Set(pairedAfter.filter((_, k) => !keptOrder.has(k)));

  after.sections.forEach((s, ai) => {
    const section = refOf(after, ai);
    const bi = beforeOf[ai];
    const old = bi === undefined ? undefined : before.sections[bi];
    if (bi === undefined || !old) {
      changes.push({ kind: 'sectionAdded', section, index: ai });
      return;
    }
    if (old.name !== s.name) {
      changes.push({ kind: 'sectionNameChanged', section, before: old.name, after: s.name });
    }
    if (old.title !== s.title) {
      changes.push({ kind: 'sectionRenamed', section, before: old.title, after: s.title });
    }
    if (movedSections.has(ai)) changes.push({ kind: 'sectionMoved', section, from: bi, to: ai });
  });

  const was = placements(before).byKey;
  const { byKey: is, bySection } = placements(after);

  // Within each pair of sections, the fields that stayed: report only those out of the longest run.
  const reordered = new Set<string>();
  bySection.forEach((inSection, ai) => {
    const bi = beforeOf[ai];
    if (bi === undefined) return;
    const stayed = inSection.flatMap((p) => {
      const old = was.get(p.key);
      return old && old.section === bi ? [{ key: p.key, from: old.index }] : [];
    });
    const kept = longestIncreasingRun(stayed.map((x) => x.from));
    stayed.forEach((x, k) => {
      if (!kept.has(k)) reordered.add(x.key);
    });
  });

  for (const p of is.values()) {
    const field = p.element.field;
    const section = refOf(after, p.section);
    const old = was.get(p.key);
    if (!old) {
      changes.push({ kind: 'fieldAdded', field, section, index: p.index });
      continue;
    }
    if (afterOf[old.section] !== p.section) {
      changes.push({
        kind: 'fieldMoved',
        field,
        fromSection: refOf(before, old.section),
        toSection: section,
        index: p.index,
      });
    } else if (reordered.has(p.key)) {
      changes.push({ kind: 'fieldReordered', field, section, from: old.index, to: p.index });
    }
    const a = old.element;
    const b = p.element;
    if (a.optionFlags !== b.optionFlags) {
      changes.push({ kind: 'flagsChanged', field, section, before: a.optionFlags, after: b.optionFlags });
    }
    if (!deepEqual(a.options, b.options)) {
      changes.push({ kind: 'optionsChanged', field, section, before: a.options, after: b.options });
    }
  }

  for (const p of was.values()) {
    if (!is.has(p.key)) {
      changes.push({ kind: 'fieldRemoved', field: p.element.field, section: refOf(before, p.section) });
    }
  }
  return changes;
}

/** A section's title for sentences; its portal name when the title is blank. */
export const sectionLabel = (s: SectionRef): string => (s.title.trim() === '' ? s.name : s.title);

/** How many sections and fields differ only in the settings the portal keeps from its own editor. */
export interface KeptSettingsNote {
  readonly sections: number;
  readonly fields: number;
}

/**
 * Sections (paired as `diffLayouts` pairs them) and fields whose kept keys (`extra`: a section's
 * `data`, a renamed label) differ between `before` and `after`; `null` when none do. The portal's
 * REST save drops these keys (BITRIX24-API.md 1.6), so a difference is the portal's doing, said
 * once as a note and never as a change or a conflict.
 */
export function keptSettingsDiffer(before: Layout, after: Layout): KeptSettingsNote | null {
  const { beforeOf } = matchSections(before, after);
  let sections = 0;
  after.sections.forEach((s, ai) => {
    const bi = beforeOf[ai];
    const old = bi === undefined ? undefined : before.sections[bi];
    if (old && !deepEqual(old.extra, s.extra)) sections += 1;
  });
  const was = placements(before).byKey;
  let fields = 0;
  for (const p of placements(after).byKey.values()) {
    const old = was.get(p.key);
    if (old && !deepEqual(old.element.extra, p.element.extra)) fields += 1;
  }
  return sections + fields === 0 ? null : { sections, fields };
}
