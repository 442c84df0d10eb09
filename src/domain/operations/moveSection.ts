import { clampIndex, insertAt, removeAt } from '../arrays';
import { sectionIndex } from '../layoutQueries';
import type { Layout, SectionId } from '../types';

/**
 * Moves a section so that `index` is its position *after* the move (clamped); returns `layout`
 * itself when the section does not exist or would stay where it is. Every section keeps its identity.
 */
export function moveSection(
  layout: Layout,
  { section, index }: { section: SectionId; index: number },
): Layout {
  const from = sectionIndex(layout, section);
  const moving = layout.sections[from];
  if (!moving) return layout;
  const to = clampIndex(index, layout.sections.length - 1);
  if (to === from) return layout;
  return { ...layout, sections: insertAt(removeAt(layout.sections, from), to, moving) };
}
