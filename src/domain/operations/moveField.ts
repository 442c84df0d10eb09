import { clampIndex, insertAt, removeAt } from '../arrays';
import { mapSections } from '../layoutEdits';
import { locate, sectionById } from '../layoutQueries';
import { sectionRules } from '../sectionRules';
import type { FieldCode, Layout, Slot } from '../types';

/**
 * Moves a placed field, element and all; `to.index` is its index *after* the move (clamped into the
 * target section). Returns `layout` itself when the field is not on the card, the section does not
 * exist, is closed to new fields (`sectionRules`; reordering inside it stays allowed) or the field
 * would end where it is; sections not involved keep their identity.
 */
export function moveField(layout: Layout, { field, to }: { field: FieldCode; to: Slot }): Layout {
  const from = locate(layout, field);
  const target = sectionById(layout, to.section);
  if (!from || !target) return layout;
  const sameSection = from.section === to.section;
  if (!sameSection && !sectionRules(target).changeable) return layout;
  // Within one section the element leaves first, so the last valid final index is length - 1.
  const index = clampIndex(to.index, target.elements.length - (sameSection ? 1 : 0));
  if (sameSection && index === from.index) return layout;
  return mapSections(layout, (s) => {
    let elements = s.elements;
    if (s.id === from.section) elements = removeAt(elements, from.index);
    if (s.id === to.section) elements = insertAt(elements, index, from.element);
    return elements === s.elements ? s : { ...s, elements };
  });
}
