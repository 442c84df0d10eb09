import { mapSections } from '../layoutEdits';
import type { Layout, SectionId } from '../types';

/**
 * Sets a section's title exactly as typed (a blank title is kept and reported by validation); the
 * portal name does not change. Returns `layout` itself when the section does not exist or already
 * has that title.
 */
export function renameSection(
  layout: Layout,
  { section, title }: { section: SectionId; title: string },
): Layout {
  return mapSections(layout, (s) => (s.id === section && s.title !== title ? { ...s, title } : s));
}
