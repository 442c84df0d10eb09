import { sectionById } from '../layoutQueries';
import { sectionRules } from '../sectionRules';
import type { Layout, SectionId } from '../types';

/**
 * Deletes a section; its fields leave the card (back to the palette). Returns `layout` itself when
 * the section does not exist, is the last one (the portal refuses a layout without sections, "There
 * are no data to write.", BITRIX24-API.md 1.6, and fields need a section to be dropped into), or
 * the portal protects it (`sectionRules`: its editor offers no Delete there).
 */
export function removeSection(layout: Layout, { section }: { section: SectionId }): Layout {
  const target = sectionById(layout, section);
  if (layout.sections.length <= 1 || !target || !sectionRules(target).removable) return layout;
  return { ...layout, sections: layout.sections.filter((s) => s.id !== section) };
}
