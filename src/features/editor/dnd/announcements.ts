import type { Announcements } from '@dnd-kit/core';
import { parseDndId, type DragRef } from './ids';

export interface Namer {
  field(code: string): string;
  section(id: string): string;
  /** 1-based position the field would take, or null when unknown. */
  place(active: DragRef, over: DragRef): { section: string; position: number } | null;
}

/** Screen-reader texts naming the field and where it would land (dnd-kit's defaults say ids). */
export function createAnnouncements(namer: Namer): Announcements {
  const nameOf = (ref: DragRef | null) => {
    if (!ref) return 'item';
    if (ref.kind === 'section' || ref.kind === 'zone') return `section ${namer.section(ref.section)}`;
    if (ref.kind === 'paletteZone') return 'field list';
    return namer.field(ref.field);
  };
  // The drop is announced after the layout changed, so it repeats the place last announced.
  let lastPlace: { overId: string; text: string } | null = null;
  const describe = (activeId: string | number, overId: string | number | undefined, verb: string) => {
    const active = parseDndId(activeId);
    const over = overId === undefined ? null : parseDndId(overId);
    const what = nameOf(active);
    if (!active || !over) return `${what} is not over a drop place.`;
    if (over.kind === 'paletteZone' || over.kind === 'palette')
      return `${what} ${verb} the field list: it will leave the card.`;
    if (active.kind === 'section') return `Section ${namer.section(active.section)} ${verb} ${nameOf(over)}.`;
    if (verb !== 'is over' && lastPlace?.overId === String(overId))
      return `${what} ${verb} ${lastPlace.text}.`;
    const place = namer.place(active, over);
    if (!place) return `${what} ${verb} ${nameOf(over)}.`;
    const text = `section ${place.section}, position ${place.position}`;
    lastPlace = { overId: String(overId), text };
    return `${what} ${verb} ${text}.`;
  };
  return {
    onDragStart: ({ active }) => {
      lastPlace = null;
      return `Picked up ${nameOf(parseDndId(active.id))}.`;
    },
    onDragOver: ({ active, over }) => describe(active.id, over?.id, 'is over'),
    onDragEnd: ({ active, over }) => describe(active.id, over?.id, 'was dropped on'),
    onDragCancel: ({ active }) => `Dragging ${nameOf(parseDndId(active.id))} was cancelled. Nothing changed.`,
  };
}
