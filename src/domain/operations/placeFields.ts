import { clampIndex } from '../arrays';
import { mapSections } from '../layoutEdits';
import { fieldsOnCard, sectionById } from '../layoutQueries';
import { sectionRules } from '../sectionRules';
import type { CardElement, FieldCode, Layout, Slot } from '../types';

/**
 * Puts several fields from the palette on the card at `to`, in the order given, with no flags and
 * no options (e.g. "add all fields not on the card"). Fields that are blank, already on the card or
 * listed twice are skipped; returns `layout` itself when none is left or the section does not
 * exist or is closed to new fields (`sectionRules`).
 */
export function placeFields(
  layout: Layout,
  { fields, to }: { fields: readonly FieldCode[]; to: Slot },
): Layout {
  const target = sectionById(layout, to.section);
  if (!target || !sectionRules(target).changeable) return layout;
  const taken = fieldsOnCard(layout);
  const added: CardElement[] = [];
  for (const field of fields) {
    if (field.trim() === '' || taken.has(field)) continue;
    taken.add(field);
    added.push({ field, optionFlags: 0 });
  }
  if (added.length === 0) return layout;
  return mapSections(layout, (s) => {
    if (s.id !== to.section) return s;
    const index = clampIndex(to.index, s.elements.length);
    return { ...s, elements: [...s.elements.slice(0, index), ...added, ...s.elements.slice(index)] };
  });
}
