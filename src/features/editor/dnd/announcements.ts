import type { Announcements } from '@dnd-kit/core';
import type { Translate } from '../../../i18n/i18nStore';
import { parseDndId, type DragRef } from './ids';

export interface Namer {
  field(code: string): string;
  section(id: string): string;
  /** 1-based position the field would take, or null when unknown. */
  place(active: DragRef, over: DragRef): { section: string; position: number } | null;
}

/**
 * Screen-reader texts naming the field and where it would land (dnd-kit's defaults say ids), in
 * the interface language of `t`. Field labels and section titles are the portal's, never translated.
 */
export function createAnnouncements(namer: Namer, t: Translate): Announcements {
  const nameOf = (ref: DragRef | null) => {
    if (!ref) return t('editor.dnd.item');
    if (ref.kind === 'section' || ref.kind === 'zone')
      return t('editor.dnd.section', { name: namer.section(ref.section) });
    if (ref.kind === 'paletteZone') return t('editor.dnd.fieldList');
    return namer.field(ref.field);
  };
  // The drop is announced after the layout changed, so it repeats the place last announced.
  let lastPlace: { overId: string; text: string } | null = null;
  const describe = (activeId: string | number, overId: string | number | undefined, dropped: boolean) => {
    const active = parseDndId(activeId);
    const over = overId === undefined ? null : parseDndId(overId);
    const what = nameOf(active);
    if (!active || !over) return t('editor.dnd.notOver', { what });
    if (over.kind === 'paletteZone' || over.kind === 'palette')
      return t(dropped ? 'editor.dnd.droppedOnList' : 'editor.dnd.overList', { what });
    if (active.kind === 'section')
      return t(dropped ? 'editor.dnd.sectionDropped' : 'editor.dnd.sectionOver', {
        name: namer.section(active.section),
        target: nameOf(over),
      });
    const verb = dropped ? 'editor.dnd.dropped' : 'editor.dnd.over';
    if (dropped && lastPlace?.overId === String(overId)) return t(verb, { what, target: lastPlace.text });
    const place = namer.place(active, over);
    if (!place) return t(verb, { what, target: nameOf(over) });
    // the position as digits as they are: a list place, not a quantity to group
    const text = t('editor.dnd.place', { section: place.section, position: String(place.position) });
    lastPlace = { overId: String(overId), text };
    return t(verb, { what, target: text });
  };
  return {
    onDragStart: ({ active }) => {
      lastPlace = null;
      return t('editor.dnd.pickedUp', { what: nameOf(parseDndId(active.id)) });
    },
    onDragOver: ({ active, over }) => describe(active.id, over?.id, false),
    onDragEnd: ({ active, over }) => describe(active.id, over?.id, true),
    onDragCancel: ({ active }) => t('editor.dnd.cancelled', { what: nameOf(parseDndId(active.id)) }),
  };
}
