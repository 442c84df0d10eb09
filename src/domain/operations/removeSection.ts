import type { Layout, SectionId } from '../types';

/**
 * Deletes a section; its fields leave the card (back to the palette). Returns `layout` itself when
 * the section does not exist or is the last one: the portal refuses a layout without sections
 * ("There are no data to write.", BITRIX24-API.md 1.6) and fields need a section to be dropped into.
 */
export function removeSection(layout: Layout, { section }: { section: SectionId }): Layout {
  if (layout.sections.length <= 1 || !layout.sections.some((s) => s.id === section)) return layout;
  return { ...layout, sections: layout.sections.filter((s) => s.id !== section) };
}
