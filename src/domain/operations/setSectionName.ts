import { mapSections } from '../layoutEdits';
import { sectionById } from '../layoutQueries';
import { isSectionNameTaken } from '../sectionName';
import type { Layout, SectionId } from '../types';

/**
 * Sets a section's portal name to `name` trimmed; returns `layout` itself when the name is blank,
 * already used by another section, unchanged, or the section does not exist.
 */
export function setSectionName(
  layout: Layout,
  { section, name }: { section: SectionId; name: string },
): Layout {
  const trimmed = name.trim();
  const current = sectionById(layout, section);
  if (!current || trimmed === '' || trimmed === current.name) return layout;
  if (isSectionNameTaken(layout, trimmed, section)) return layout;
  return mapSections(layout, (s) => (s.id === section ? { ...s, name: trimmed } : s));
}
