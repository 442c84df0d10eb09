import type { Layout, SectionId } from './types';

/** One line of the card's outline: a section and how many fields it holds. */
export interface OutlineEntry {
  readonly id: SectionId;
  readonly title: string;
  readonly count: number;
}

const SEP = '\u0000';
const PART = '\u0001';

/**
 * The outline as one string, so a component can subscribe to it by value: it changes only when a
 * section is added, moved, renamed or gains or loses fields, not when a field moves within one.
 */
export const outlineKey = (layout: Layout): string =>
  layout.sections.map((s) => [s.id, s.title, s.elements.length].join(PART)).join(SEP);

export function outlineOf(key: string): OutlineEntry[] {
  if (key === '') return [];
  return key.split(SEP).map((line) => {
    const [id = '', title = '', count = '0'] = line.split(PART);
    return { id, title, count: Number(count) };
  });
}

/** "Collapse all" folds every section; once all are folded the same button unfolds them. */
export const allCollapsed = (ids: readonly SectionId[], collapsed: ReadonlySet<SectionId>): boolean =>
  ids.length > 0 && ids.every((id) => collapsed.has(id));
