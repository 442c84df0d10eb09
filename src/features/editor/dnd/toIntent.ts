import type { LayoutIntent } from '../../../domain/intents';
import type { Layout, Slot } from '../../../domain/types';
import type { DragRef } from './ids';

/**
 * Where a dragged field lands. Over an element: before it, or after it when the pointer is past
 * its middle. Over a section's zone or header: at the end of that section. `index` is the index
 * the field will have after the move (domain convention), so a move down within one section
 * accounts for the field leaving its old place.
 */
export function dropSlot(layout: Layout, active: DragRef, over: DragRef | null, below: boolean): Slot | null {
  if (!over) return null;
  if (over.kind === 'zone' || over.kind === 'section') {
    const section = layout.sections.find((s) => s.id === over.section);
    if (!section) return null;
    const inside = active.kind === 'element' && section.elements.some((e) => e.field === active.field);
    return { section: section.id, index: section.elements.length - (inside ? 1 : 0) };
  }
  if (over.kind !== 'element') return null;
  for (const section of layout.sections) {
    const overIndex = section.elements.findIndex((e) => e.field === over.field);
    if (overIndex < 0) continue;
    const from = active.kind === 'element' ? section.elements.findIndex((e) => e.field === active.field) : -1;
    if (from >= 0) {
      // same section: sortable semantics, the field takes the place of the one it is over
      return { section: section.id, index: overIndex };
    }
    return { section: section.id, index: overIndex + (below ? 1 : 0) };
  }
  return null;
}

/** The one intent a drop commits, or null when the drop changes nothing. */
export function toIntent(
  layout: Layout,
  active: DragRef | null,
  over: DragRef | null,
  below: boolean,
): LayoutIntent | null {
  if (!active || !over) return null;
  if (active.kind === 'section') {
    const target = over.kind === 'section' || over.kind === 'zone' ? over.section : null;
    const index = layout.sections.findIndex((s) => s.id === target);
    if (index < 0 || target === active.section) return null;
    return { type: 'moveSection', section: active.section, index };
  }
  if (active.kind === 'element' && (over.kind === 'paletteZone' || over.kind === 'palette')) {
    return { type: 'removeField', field: active.field };
  }
  if (active.kind !== 'element' && active.kind !== 'palette') return null;
  const to = dropSlot(layout, active, over, below);
  if (!to) return null;
  return active.kind === 'palette'
    ? { type: 'placeField', field: active.field, to }
    : { type: 'moveField', field: active.field, to };
}
