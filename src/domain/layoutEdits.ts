import type { CardElement, FieldCode, Layout, Section } from './types';

/**
 * Rebuilds `layout` from `update(section)`; sections the callback returns unchanged keep their
 * identity, and when none changed the very same `layout` is returned.
 */
export function mapSections(layout: Layout, update: (section: Section) => Section): Layout {
  let changed = false;
  const sections = layout.sections.map((s) => {
    const next = update(s);
    if (next !== s) changed = true;
    return next;
  });
  return changed ? { ...layout, sections } : layout;
}

/**
 * Applies `update` to every element of `field` (a layout read from the portal may hold a field
 * twice, 1.6 does not reject duplicates); returns `layout` itself when no element changed.
 */
export function mapElementsOf(
  layout: Layout,
  field: FieldCode,
  update: (element: CardElement) => CardElement,
): Layout {
  return mapSections(layout, (s) => {
    let changed = false;
    const elements = s.elements.map((e) => {
      if (e.field !== field) return e;
      const next = update(e);
      if (next !== e) changed = true;
      return next;
    });
    return changed ? { ...s, elements } : s;
  });
}
