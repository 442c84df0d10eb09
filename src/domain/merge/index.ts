import type { FieldCode, Layout } from '../types';
import {
  orderFieldConflicts,
  type FieldPlace,
  type MergeConflict,
  type MergeResult,
  type Side,
} from './conflicts';
import type { MergeContext } from './context';
import { placeFields } from './placement';
import { mergedSections } from './sections';
import { entitiesOf, viewOf, type Source } from './views';

export type { FieldPlace, MergeConflict, MergeResult, Side } from './conflicts';

/**
 * Three-way merge for a save conflict: `base` is what the draft was loaded from, `mine` the draft,
 * `theirs` what the portal holds now; conflicts take `choices[id]`, else `mine`.
 *
 * Each thing is resolved on its own: a field's placement (section and place in it), its flags (bit
 * by bit), each option; a section's presence, title, portal name and its position. Kept keys (a
 * section's `data`, renamed labels) never conflict (`mergeKept`). A change on one side wins; the same change on both sides is fine; different
 * changes to the same thing are a conflict that takes `mine` until `resolve` flips it.
 *
 * - Sections pair up with `matchSections` against `base`; sections both sides added under the same
 *   portal name are one section.
 * - A field "changed place" on a side when it left its section, arrived, or is outside the longest
 *   run of fields that kept their order (so moving one field is one change, not a shift of all).
 *   Both sides changing a field's place to the same section after the same neighbour agree.
 * - Removing a section on one side while the other changed it (title, name or its
 *   elements) is a `sectionPresence` conflict. Keeping the section brings back the fields that went
 *   with it; keeping the removal sends the fields the merge put into it where the removing side has
 *   them (off the card if it has not got them); if that place is gone too the section stays,
 *   because a field the merge keeps needs somewhere to be.
 * - A field on the card twice keeps its first copy (the editor's invariant). The merged layout never
 *   holds a field twice, and holds every field both sides have on the card.
 * - Section positions where both sides moved the same section differently follow `mine` (no conflict).
 */
export function mergeLayouts(
  base: Layout,
  mine: Layout,
  theirs: Layout,
  choices: Readonly<Record<string, Side>> = {},
): MergeResult {
  const { entities, baseKeys, mineKeys, theirsKeys } = entitiesOf(base, mine, theirs);
  const ctx: MergeContext = {
    views: { base: viewOf(base, baseKeys), mine: viewOf(mine, mineKeys), theirs: viewOf(theirs, theirsKeys) },
    entities,
    choiceOf: (id) => (Object.hasOwn(choices, id) ? (choices[id] ?? 'mine') : 'mine'),
    sectionConflicts: [],
    fieldConflicts: [],
  };
  const placement = placeFields(ctx);
  const { sections, refs } = mergedSections(ctx, placement);

  for (const e of entities.values()) {
    const c = placement.presence.get(e.key);
    const any = e.mine ?? e.theirs ?? e.base;
    if (!c || !any) continue;
    const section = refs.get(e.key) ?? { id: any.id, name: any.name, title: any.title };
    ctx.sectionConflicts.push({
      id: c.id,
      kind: 'sectionPresence',
      section,
      removedBy: c.removedBy,
      choice: c.choice,
    });
  }
  const placeOf = (side: Source, f: FieldCode): FieldPlace | null => {
    const p = ctx.views[side].place.get(f);
    return p
      ? { section: { id: p.section.id, name: p.section.name, title: p.section.title }, index: p.index }
      : null;
  };
  for (const [f, id] of placement.pending) {
    ctx.fieldConflicts.push({
      id,
      kind: 'fieldPlacement',
      field: f,
      base: placeOf('base', f),
      mine: placeOf('mine', f),
      theirs: placeOf('theirs', f),
      choice: ctx.choiceOf(id),
    });
  }

  const merged: Layout =
    sections.length === mine.sections.length && sections.every((s, i) => s === mine.sections[i])
      ? mine
      : { ...mine, sections };
  const conflicts: MergeConflict[] = [
    ...ctx.sectionConflicts,
    ...orderFieldConflicts(ctx.fieldConflicts, placement.fields),
  ];
  return { merged, conflicts, base, mine, theirs, choices };
}

/** The same merge with conflict `conflictId` taking `side`; other choices are kept. */
export function resolve(result: MergeResult, conflictId: string, side: Side): MergeResult {
  return mergeLayouts(result.base, result.mine, result.theirs, { ...result.choices, [conflictId]: side });
}

/**
 * Every conflict takes `side` ("keep mine" / "take theirs" for the lot); repeats while a choice
 * brings up new conflicts (a section kept or dropped changes which fields need a place).
 */
export function resolveAll(result: MergeResult, side: Side): MergeResult {
  let current = result;
  for (let round = 0; round < 8; round++) {
    const open = current.conflicts.filter((c) => c.choice !== side);
    if (open.length === 0) break;
    const choices: Record<string, Side> = { ...current.choices };
    for (const c of open) choices[c.id] = side;
    current = mergeLayouts(current.base, current.mine, current.theirs, choices);
  }
  return current;
}
