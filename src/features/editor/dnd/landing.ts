import type { LayoutIntent } from '../../../domain/intents';
import type { Layout } from '../../../domain/types';
import { contains, insertionIndex, sectionIndexAt, type Box, type Geometry } from './geometry';
import type { DragRef } from './ids';

/**
 * Where a drag would land, the one answer the drop line, the announcement and the drop all read.
 * `index` is the index after the drop (the domain's convention): the dragged field or section has
 * left its old place.
 */
export type Landing =
  | { readonly kind: 'field'; readonly section: string; readonly index: number }
  | { readonly kind: 'offCard' }
  | { readonly kind: 'section'; readonly index: number }
  // a section's entry in the outline: the end of that section, wherever it is on the page
  | { readonly kind: 'sectionEnd'; readonly section: string };

export type Dragged = Extract<DragRef, { kind: 'palette' | 'element' | 'section' }>;

export interface Point {
  readonly x: number;
  readonly y: number;
}

const fieldOf = (d: Dragged): string | null => (d.kind === 'section' ? null : d.field);

/**
 * Where a drop at `p` (page coordinates) lands. A field over the field list leaves the card (one
 * from the list stays where it is: null); anywhere else it goes into the section at that height,
 * the nearest one between sections, before the first field whose middle is below the pointer. A
 * section goes before the first other section whose middle is below the pointer.
 */
export function landingAt(geo: Geometry, dragged: Dragged, p: Point): Landing | null {
  if (dragged.kind === 'section') {
    const others = geo.sections.filter((s) => s.id !== dragged.section);
    const index = others.filter((s) => (s.box.top + s.box.bottom) / 2 < p.y).length;
    return { kind: 'section', index };
  }
  if (geo.palette && contains(geo.palette, p.x, p.y))
    return dragged.kind === 'element' ? { kind: 'offCard' } : null;
  const entry = geo.outline?.find((o) => contains(o.box, p.x, p.y));
  if (entry) return { kind: 'sectionEnd', section: entry.id };
  const i = sectionIndexAt(geo.sections, p.y);
  const section = geo.sections[i];
  if (!section) return null;
  return {
    kind: 'field',
    section: section.id,
    index: insertionIndex(geo.rows(section.id), p.y, fieldOf(dragged)),
  };
}

/** Where the dragged thing is now, as a landing: dropping there changes nothing. */
export function homeOf(layout: Layout, dragged: Dragged): Landing | null {
  if (dragged.kind === 'section') {
    const index = layout.sections.findIndex((s) => s.id === dragged.section);
    return index < 0 ? null : { kind: 'section', index };
  }
  if (dragged.kind === 'palette') return null;
  for (const s of layout.sections) {
    const index = s.elements.findIndex((e) => e.field === dragged.field);
    if (index >= 0) return { kind: 'field', section: s.id, index };
  }
  return null;
}

/**
 * Where a keyboard drag of a field from the field list starts: position 1 of the section the user
 * is looking at, the one across the middle of the visible part of the page (`view`, page
 * coordinates), else the nearest one to it. Null for a card without sections.
 */
export function landingInView(
  geo: Geometry,
  view: { readonly top: number; readonly bottom: number },
): Landing | null {
  const middle = (view.top + view.bottom) / 2;
  const away = (b: Box) => (middle < b.top ? b.top - middle : middle > b.bottom ? middle - b.bottom : 0);
  let best: (typeof geo.sections)[number] | undefined;
  for (const s of geo.sections) if (!best || away(s.box) < away(best.box)) best = s;
  return best ? { kind: 'field', section: best.id, index: 0 } : null;
}

/** Every place a field can be dropped, in reading order: each section's gaps, top to bottom. */
function fieldSlots(layout: Layout, field: string | null): { section: string; index: number }[] {
  return layout.sections.flatMap((s) => {
    const others = s.elements.filter((e) => e.field !== field).length;
    return Array.from({ length: others + 1 }, (_, index) => ({ section: s.id, index }));
  });
}

/**
 * One arrow-key step of a keyboard drag from `current`. From no place (a field of the list just
 * picked up) the first step goes to the first place below (`dir` 1) or above (-1) the height
 * `fromY`, found by the sections' boxes; past either end the step stays at the end.
 */
export function stepLanding(
  layout: Layout,
  geo: Geometry,
  dragged: Dragged,
  current: Landing | null,
  dir: 1 | -1,
  fromY: number,
): Landing | null {
  if (dragged.kind === 'section') {
    const count = layout.sections.length;
    if (count === 0) return null;
    const at = current?.kind === 'section' ? current.index : 0;
    return { kind: 'section', index: Math.max(0, Math.min(count - 1, at + dir)) };
  }
  const slots = fieldSlots(layout, fieldOf(dragged));
  if (slots.length === 0) return null;
  let next: number;
  const at =
    current?.kind === 'field'
      ? slots.findIndex((s) => s.section === current.section && s.index === current.index)
      : -1;
  if (at >= 0) next = at + dir;
  else {
    const sections = slots.map((s) => s.section);
    if (dir === 1) {
      const below = geo.sections.find((b) => b.box.top > fromY);
      next = below ? sections.indexOf(below.id) : slots.length - 1;
    } else {
      const above = [...geo.sections].reverse().find((b) => b.box.bottom < fromY);
      next = above ? sections.lastIndexOf(above.id) : 0;
    }
  }
  const slot = slots[Math.max(0, Math.min(slots.length - 1, next))];
  return slot ? { kind: 'field', ...slot } : null;
}

export const sameLanding = (a: Landing | null, b: Landing | null): boolean =>
  a === b ||
  (a !== null &&
    b !== null &&
    a.kind === b.kind &&
    (a.kind !== 'field' || (b.kind === 'field' && a.section === b.section && a.index === b.index)) &&
    (a.kind !== 'section' || (b.kind === 'section' && a.index === b.index)) &&
    (a.kind !== 'sectionEnd' || (b.kind === 'sectionEnd' && a.section === b.section)));

/** The index a field takes at the end of `section` (after it left its own place there). */
export function endIndexOf(layout: Layout, section: string, field: string | null): number {
  const s = layout.sections.find((x) => x.id === section);
  return s ? s.elements.filter((e) => e.field !== field).length : 0;
}

/** The one intent a drop commits, or null when it changes nothing. */
export function landingToIntent(
  layout: Layout,
  dragged: Dragged,
  landing: Landing | null,
): LayoutIntent | null {
  if (!landing || sameLanding(landing, homeOf(layout, dragged))) return null;
  if (dragged.kind === 'section')
    return landing.kind === 'section'
      ? { type: 'moveSection', section: dragged.section, index: landing.index }
      : null;
  if (landing.kind === 'offCard')
    return dragged.kind === 'element' ? { type: 'removeField', field: dragged.field } : null;
  if (landing.kind === 'section') return null;
  const to =
    landing.kind === 'sectionEnd'
      ? { section: landing.section, index: endIndexOf(layout, landing.section, dragged.field) }
      : { section: landing.section, index: landing.index };
  return dragged.kind === 'palette'
    ? { type: 'placeField', field: dragged.field, to }
    : { type: 'moveField', field: dragged.field, to };
}

/** What an announcement names: the section title and the 1-based position, or the section it is over. */
export type Place =
  | { readonly kind: 'field'; readonly section: string; readonly position: number }
  | { readonly kind: 'offCard' }
  | { readonly kind: 'section'; readonly over: string };

export function placeOf(layout: Layout, landing: Landing | null, dragged?: Dragged): Place | null {
  if (!landing) return null;
  if (landing.kind === 'offCard') return landing;
  if (landing.kind === 'section') {
    const over = layout.sections[landing.index];
    return over ? { kind: 'section', over: over.id } : null;
  }
  if (landing.kind === 'sectionEnd') {
    const field = dragged ? fieldOf(dragged) : null;
    return {
      kind: 'field',
      section: landing.section,
      position: endIndexOf(layout, landing.section, field) + 1,
    };
  }
  return { kind: 'field', section: landing.section, position: landing.index + 1 };
}

/** The drop line: a horizontal bar, in page coordinates, where the landing is. */
export interface Line {
  readonly top: number;
  readonly left: number;
  readonly width: number;
}

const GAP = 3;
const LIST_PADDING = 12;

export function lineFor(geo: Geometry, dragged: Dragged, landing: Landing | null): Line | null {
  if (!landing || landing.kind === 'offCard' || landing.kind === 'sectionEnd') return null;
  const bar = (top: number, box: Box, inset = 0): Line => ({
    top,
    left: box.left + inset,
    width: box.right - box.left - 2 * inset,
  });
  if (landing.kind === 'section') {
    const others = geo.sections.filter((s) => dragged.kind !== 'section' || s.id !== dragged.section);
    const before = others[landing.index];
    const after = others[landing.index - 1];
    if (before) return bar(before.box.top - 2 * GAP, before.box);
    return after ? bar(after.box.bottom + GAP, after.box) : null;
  }
  const rows = geo.rows(landing.section).filter((r) => r.field !== fieldOf(dragged));
  const zone = geo.zone(landing.section);
  const section = geo.sections.find((s) => s.id === landing.section);
  const box = zone ?? section?.box;
  if (!box) return null;
  const before = rows[landing.index];
  const after = rows[landing.index - 1];
  // inside the section's list, as wide as its fields (the list's padding)
  const inset = zone ? LIST_PADDING : 0;
  if (before) return bar(before.top - GAP, box, inset);
  if (after) return bar(after.bottom + 1, box, inset);
  return bar(box.top + GAP, box, inset);
}
