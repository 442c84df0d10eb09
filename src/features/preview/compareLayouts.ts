import type { FieldCode, Layout, Section } from '../../domain/types';
import { isAlwaysShown } from './visibility';

/** How a field differs between the saved layout and the draft. */
export type FieldMark = 'added' | 'removed' | 'moved' | 'alwaysShowOn' | 'alwaysShowOff';

/** One difference, for the summary; sections are named by their titles in the draft (saved for removed ones). */
export type LayoutDifference =
  | { readonly kind: 'added'; readonly field: FieldCode; readonly section: string }
  | { readonly kind: 'removed'; readonly field: FieldCode; readonly section: string }
  | { readonly kind: 'moved'; readonly field: FieldCode; readonly from: string; readonly to: string }
  | { readonly kind: 'alwaysShow'; readonly field: FieldCode; readonly value: boolean }
  | { readonly kind: 'sectionAdded'; readonly section: string }
  | { readonly kind: 'sectionRemoved'; readonly section: string }
  | { readonly kind: 'sectionMoved'; readonly section: string }
  | { readonly kind: 'sectionRenamed'; readonly from: string; readonly to: string };

export interface LayoutComparison {
  readonly differences: readonly LayoutDifference[];
  /** Marks per field code (a field can be moved and flag-changed at once). */
  readonly marks: ReadonlyMap<FieldCode, readonly FieldMark[]>;
  /** Portal names of sections that are new in the draft. */
  readonly newSections: ReadonlySet<string>;
  /** Portal names of sections the draft no longer has. */
  readonly removedSections: ReadonlySet<string>;
}

/**
 * Indexes of `seq` that are NOT part of one longest increasing subsequence: the fewest items that
 * must have moved to turn the saved order into the draft order (so inserting one field does not
 * mark every field after it as moved).
 */
export function outOfOrder(seq: readonly number[]): Set<number> {
  const tails: number[] = [];
  const prev: number[] = seq.map(() => -1);
  for (let i = 0; i < seq.length; i++) {
    const v = seq[i] ?? 0;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((seq[tails[mid] ?? 0] ?? 0) < v) lo = mid + 1;
      else hi = mid;
    }
    prev[i] = lo > 0 ? (tails[lo - 1] ?? -1) : -1;
    tails[lo] = i;
  }
  const keep = new Set<number>();
  for (let i = tails[tails.length - 1] ?? -1; i >= 0; i = prev[i] ?? -1) keep.add(i);
  return new Set(seq.map((_, i) => i).filter((i) => !keep.has(i)));
}

interface Place {
  readonly section: Section;
  readonly index: number;
  readonly always: boolean;
}

function places(layout: Layout): Map<FieldCode, Place> {
  const out = new Map<FieldCode, Place>();
  for (const section of layout.sections) {
    section.elements.forEach((e, index) => {
      if (!out.has(e.field)) out.set(e.field, { section, index, always: isAlwaysShown(e) });
    });
  }
  return out;
}

/**
 * What the draft changes against the saved layout: fields added, removed, moved (to another
 * section, or out of their relative order within one) and "Always show" switched; sections added,
 * removed, reordered or renamed. Sections are matched by their portal `name`.
 */
export function compareLayouts(saved: Layout, draft: Layout): LayoutComparison {
  const before = places(saved);
  const after = places(draft);
  const differences: LayoutDifference[] = [];
  const marks = new Map<FieldCode, FieldMark[]>();
  const mark = (field: FieldCode, m: FieldMark) => marks.set(field, [...(marks.get(field) ?? []), m]);

  const savedNames = new Map(saved.sections.map((s) => [s.name, s]));
  const draftNames = new Set(draft.sections.map((s) => s.name));
  const newSections = new Set(draft.sections.filter((s) => !savedNames.has(s.name)).map((s) => s.name));
  const removedSections = new Set(saved.sections.filter((s) => !draftNames.has(s.name)).map((s) => s.name));
  for (const s of saved.sections)
    if (removedSections.has(s.name)) differences.push({ kind: 'sectionRemoved', section: s.title });
  const common = draft.sections.filter((s) => savedNames.has(s.name));
  const sectionOrder = common.map((s) => saved.sections.findIndex((x) => x.name === s.name));
  const movedSections = outOfOrder(sectionOrder);
  draft.sections.forEach((s) => {
    const old = savedNames.get(s.name);
    if (!old) differences.push({ kind: 'sectionAdded', section: s.title });
    else if (old.title !== s.title)
      differences.push({ kind: 'sectionRenamed', from: old.title, to: s.title });
  });
  common.forEach((s, i) => {
    if (movedSections.has(i)) differences.push({ kind: 'sectionMoved', section: s.title });
  });

  for (const section of draft.sections) {
    const stayed = section.elements.filter((e) => before.get(e.field)?.section.name === section.name);
    const reordered = outOfOrder(stayed.map((e) => before.get(e.field)?.index ?? 0));
    const movedWithin = new Set(stayed.filter((_, i) => reordered.has(i)).map((e) => e.field));
    for (const e of section.elements) {
      const was = before.get(e.field);
      const now = after.get(e.field);
      if (now?.section !== section) continue; // a duplicate placement: the first one counts
      if (!was) {
        mark(e.field, 'added');
        differences.push({ kind: 'added', field: e.field, section: section.title });
        continue;
      }
      if (was.section.name !== section.name || movedWithin.has(e.field)) {
        mark(e.field, 'moved');
        differences.push({ kind: 'moved', field: e.field, from: was.section.title, to: section.title });
      }
      if (was.always !== now.always) {
        mark(e.field, now.always ? 'alwaysShowOn' : 'alwaysShowOff');
        differences.push({ kind: 'alwaysShow', field: e.field, value: now.always });
      }
    }
  }
  for (const [field, was] of before) {
    if (after.has(field)) continue;
    mark(field, 'removed');
    differences.push({ kind: 'removed', field, section: was.section.title });
  }
  return { differences, marks, newSections, removedSections };
}
