import type { FieldCode, Layout } from '../types';
import { mapSections } from '../layoutEdits';

/**
 * Takes a field off the card (back to the palette), every element of it if a portal layout held it
 * twice; returns `layout` itself when the field is not on the card.
 */
export function removeField(layout: Layout, { field }: { field: FieldCode }): Layout {
  return mapSections(layout, (s) =>
    s.elements.some((e) => e.field === field)
      ? { ...s, elements: s.elements.filter((e) => e.field !== field) }
      : s,
  );
}
