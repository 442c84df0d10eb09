import type { Translate } from '../../../i18n/i18nStore';
import type { Dragged, Place } from './landing';

export interface Namer {
  field(code: string): string;
  section(id: string): string;
}

/**
 * Screen-reader texts naming what is dragged and where it would land, in the interface language of
 * `t`: the place comes from the same landing the drop commits. Field labels and section titles are
 * the portal's, never translated.
 */
export function whatOf(namer: Namer, t: Translate, dragged: Dragged | null): string {
  if (!dragged) return t('editor.dnd.item');
  if (dragged.kind === 'section') return t('editor.dnd.section', { name: namer.section(dragged.section) });
  return namer.field(dragged.field);
}

export function describePlace(
  namer: Namer,
  t: Translate,
  dragged: Dragged,
  place: Place | null,
  dropped: boolean,
): string {
  const what = whatOf(namer, t, dragged);
  if (!place) return t('editor.dnd.notOver', { what });
  if (place.kind === 'offCard')
    return t(dropped ? 'editor.dnd.droppedOnList' : 'editor.dnd.overList', { what });
  if (place.kind === 'section') {
    const name = dragged.kind === 'section' ? namer.section(dragged.section) : what;
    return t(dropped ? 'editor.dnd.sectionDropped' : 'editor.dnd.sectionOver', {
      name,
      target: t('editor.dnd.section', { name: namer.section(place.over) }),
    });
  }
  // the position as digits as they are: a list place, not a quantity to group
  const target = t('editor.dnd.place', {
    section: namer.section(place.section),
    position: String(place.position),
  });
  return t(dropped ? 'editor.dnd.dropped' : 'editor.dnd.over', { what, target });
}
