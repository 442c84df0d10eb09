import { matchSections } from '../../../domain/diff';
import type { Layout, Section } from '../../../domain/types';

const fieldsOf = (s: Section) => new Set(s.elements.map((e) => e.field));

function overlap(a: Section, b: Section): number {
  const fa = fieldsOf(a);
  const fb = fieldsOf(b);
  const shared = [...fa].filter((f) => fb.has(f)).length;
  return shared === 0 ? 0 : shared / Math.max(fa.size, fb.size);
}

/**
 * `layout` with its section ids taken from `reference` where a section is plainly the same one
 * under a new portal name: a layout read from the portal has its section *names* as ids, so a
 * section renamed elsewhere (the name follows the title) would otherwise look removed and added
 * again in a diff, and split in two in a merge. Sections that already pair up by id or name keep
 * their ids; of the rest, a section takes the id of an unpaired reference section with the same
 * title, else of the one sharing most fields (at least half). Returns `layout` itself when nothing
 * changes.
 */
export function alignSections(reference: Layout, layout: Layout): Layout {
  const { afterOf, beforeOf } = matchSections(reference, layout);
  const freeRef = reference.sections.filter((_, i) => afterOf[i] === undefined);
  const taken = new Set(layout.sections.map((s) => s.id));
  const ids = layout.sections.map((s) => s.id);
  const claim = (j: number, ref: Section) => {
    freeRef.splice(freeRef.indexOf(ref), 1);
    taken.add(ref.id);
    ids[j] = ref.id;
  };
  const unpaired = layout.sections.map((s, j) => ({ s, j })).filter(({ j }) => beforeOf[j] === undefined);
  for (const { s, j } of unpaired) {
    const ref = freeRef.find((r) => r.title === s.title && !taken.has(r.id));
    if (ref) claim(j, ref);
  }
  for (const { s, j } of unpaired) {
    if (ids[j] !== s.id) continue;
    let best: Section | undefined;
    let score = 0.5;
    for (const r of freeRef) {
      const o = overlap(r, s);
      if (!taken.has(r.id) && o >= score) [best, score] = [r, o];
    }
    if (best) claim(j, best);
  }
  if (ids.every((id, j) => id === layout.sections[j]?.id)) return layout;
  return { sections: layout.sections.map((s, j) => (ids[j] === s.id ? s : { ...s, id: ids[j] ?? s.id })) };
}
