import { clampIndex, insertAt } from '../arrays';
import { sectionById, sectionNames } from '../layoutQueries';
import { deriveSectionName } from '../sectionName';
import type { Layout, SectionId } from '../types';

/**
 * Adds an empty section with editor id `section` at `index` (clamped; default: last), titled
 * `title` as typed and named by `deriveSectionName` so the name is unique; returns `layout` itself
 * when a section with that id exists. Existing sections keep their identity.
 */
export function addSection(
  layout: Layout,
  { section, title, index }: { section: SectionId; title: string; index?: number },
): Layout {
  if (sectionById(layout, section)) return layout;
  const name = deriveSectionName(title, sectionNames(layout));
  const at = clampIndex(index ?? layout.sections.length, layout.sections.length);
  return { ...layout, sections: insertAt(layout.sections, at, { id: section, name, title, elements: [] }) };
}
