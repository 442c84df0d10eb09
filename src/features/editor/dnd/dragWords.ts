import type { FieldCode, Layout } from '../../../domain/types';
import type { Translate } from '../../../i18n/i18nStore';
import { describePlace, whatOf, type Namer } from './announcements';
import { placeOf, type Dragged, type Landing, type Place } from './landing';

/** How announcements name things, in the current interface language (set after each render). */
export interface DragWords {
  readonly t: Translate;
  readonly namer: Namer;
}

/** While a group is dragged, "5 fields" stands for the field that was picked up. */
export function namerFor(w: DragWords | null, group: readonly FieldCode[] | null): Namer | null {
  if (!w || !group) return w?.namer ?? null;
  const many = w.t('bigcards.dnd.fields', { count: group.length });
  return { field: () => many, section: w.namer.section };
}

/** Where the drag would land, or did land (`dropped`); a group dropped on a field says it moved. */
export function describeDrag(
  w: DragWords | null,
  dragged: Dragged,
  place: Place | null,
  dropped: boolean,
  group: readonly FieldCode[] | null = null,
): string {
  const namer = namerFor(w, group);
  if (!w || !namer) return '';
  const { t } = w;
  if (group && dropped && place?.kind === 'field')
    return t('bigcards.dnd.movedTo', {
      what: whatOf(namer, t, dragged),
      target: t('editor.dnd.place', {
        section: namer.section(place.section),
        position: String(place.position),
      }),
    });
  return describePlace(namer, t, dragged, place, dropped);
}

/** What is said when the drag comes over a new landing; over an outline entry, "into section X". */
export function overWords(
  w: DragWords | null,
  layout: Layout,
  dragged: Dragged,
  landing: Landing | null,
  group: readonly FieldCode[] | null,
): string {
  const namer = namerFor(w, group);
  if (landing?.kind === 'sectionEnd' && w && namer)
    return w.t('bigcards.dnd.overOutline', {
      what: whatOf(namer, w.t, dragged),
      section: namer.section(landing.section),
    });
  return describeDrag(w, dragged, placeOf(layout, landing, dragged), false, group);
}

/** What the pick-up says, with the place where a keyboard drag from the field list starts. */
export function pickUpWords(
  w: DragWords | null,
  layout: Layout,
  active: {
    readonly dragged: Dragged;
    readonly keyboard: boolean;
    readonly group: readonly FieldCode[] | null;
    readonly landing: Landing | null;
  } | null,
): string {
  if (!w) return '';
  const namer = namerFor(w, active?.group ?? null) ?? w.namer;
  const picked = w.t('editor.dnd.pickedUp', { what: whatOf(namer, w.t, active?.dragged ?? null) });
  if (!active?.keyboard || active.dragged.kind !== 'palette' || !active.landing) return picked;
  return `${picked} ${describeDrag(w, active.dragged, placeOf(layout, active.landing), false)}`;
}

export function cancelWords(w: DragWords | null, dragged: Dragged): string {
  return w ? w.t('editor.dnd.cancelled', { what: whatOf(w.namer, w.t, dragged) }) : '';
}

export function removedWords(w: DragWords | null, field: FieldCode): string | null {
  return w ? w.t('editor.dnd.removed', { what: w.namer.field(field) }) : null;
}

/** Writes into dnd-kit's live region directly: React renders it only at pick-up and drop. */
export function say(liveRegion: HTMLElement | null, text: string): void {
  const region = liveRegion?.querySelector('[role="status"]');
  if (region) region.textContent = text;
}
