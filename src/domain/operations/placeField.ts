import { clampIndex, insertAt } from '../arrays';
import { mapSections } from '../layoutEdits';
import { locate, sectionById } from '../layoutQueries';
import { sectionRules } from '../sectionRules';
import type { FieldCode, Layout, Slot } from '../types';

/**
 * Puts a field from the palette on the card at `to` (index clamped into the section) with no flags
 * and no options; returns `layout` itself when the field is blank, already on the card (use
 * `moveField` for that), the section does not exist or is closed to new fields (`sectionRules`).
 */
export function placeField(layout: Layout, { field, to }: { field: FieldCode; to: Slot }): Layout {
  const target = sectionById(layout, to.section);
  if (field.trim() === '' || locate(layout, field) || !target || !sectionRules(target).changeable) {
    return layout;
  }
  return mapSections(layout, (s) =>
    s.id === to.section
      ? {
          ...s,
          elements: insertAt(s.elements, clampIndex(to.index, s.elements.length), { field, optionFlags: 0 }),
        }
      : s,
  );
}
