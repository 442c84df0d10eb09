import type { FieldCode, Layout } from '../../../domain/types';
import type { DragRef } from './ids';

/**
 * Where the keyboard focus goes when `field` leaves the card, so it does not fall to the page: the
 * next field of its section, the previous one when it was the last, the section when it is left
 * empty. Null when the field is not on the card.
 */
export function focusAfterRemoval(layout: Layout, field: FieldCode): DragRef | null {
  for (const s of layout.sections) {
    const index = s.elements.findIndex((e) => e.field === field);
    if (index < 0) continue;
    // a portal layout may hold a field twice: every copy leaves, so skip them all
    const rest = s.elements.filter((e) => e.field !== field);
    const next = rest[index] ?? rest[index - 1];
    return next ? { kind: 'element', field: next.field } : { kind: 'section', section: s.id };
  }
  return null;
}
