import { closestCenter, type Collision, type CollisionDetection, type UniqueIdentifier } from '@dnd-kit/core';
import { parseDndId, toDndId, type DragRef } from './ids';

/** What the strategy needs of the layout, read at each move (the draft changes between drags). */
export interface CollisionLayout {
  readonly isEmptySection: (id: string) => boolean;
  /** The fields of a section in order, to test only the section under the pointer. */
  readonly fieldsOf: (id: string) => readonly string[];
}

/**
 * Why a custom strategy: the canvas nests three kinds of droppables (sections, the element zone
 * of each section, elements) and the palette is one more. A dragged section only looks at
 * sections. A dragged field looks at what is under the pointer, preferring an element to the
 * zone around it (so the drop lands at that element's place, not at the section end). Over no
 * place at all (between sections, below the last one, or a keyboard drag without a pointer) the
 * closest element, or the zone of an empty section, wins: a drop on the canvas is never lost.
 *
 * Sections first: the pointer is tested against the palette and the sections' zones (a few dozen
 * rects), then against the fields of the one section it is in, instead of every field of the card
 * on every move (650 rects at 600 user fields).
 */
export function createCollisionDetection({ isEmptySection, fieldsOf }: CollisionLayout): CollisionDetection {
  // ids are stable strings: parse each once
  const parsed = new Map<UniqueIdentifier, DragRef | null>();
  const kindOf = (id: UniqueIdentifier): DragRef | null => {
    let ref = parsed.get(id);
    if (ref === undefined) {
      ref = parseDndId(id);
      parsed.set(id, ref);
    }
    return ref;
  };
  return (args) => {
    const active = kindOf(args.active.id);
    if (active?.kind === 'section') {
      return closestCenter({
        ...args,
        droppableContainers: args.droppableContainers.filter((c) => kindOf(c.id)?.kind === 'section'),
      });
    }
    if (args.pointerCoordinates) {
      const { x, y } = args.pointerCoordinates;
      const under = (id: UniqueIdentifier): boolean => {
        const r = args.droppableRects.get(id);
        return r !== undefined && x >= r.left && x <= r.left + r.width && y >= r.top && y <= r.top + r.height;
      };
      const enabled = new Set<UniqueIdentifier>();
      let zone: { readonly id: UniqueIdentifier; readonly section: string } | null = null;
      for (const c of args.droppableContainers) {
        enabled.add(c.id);
        const ref = kindOf(c.id);
        if (ref?.kind === 'paletteZone' && under(c.id)) return [{ id: c.id } satisfies Collision];
        if (zone === null && ref?.kind === 'zone' && under(c.id)) zone = { id: c.id, section: ref.section };
      }
      if (zone) {
        for (const field of fieldsOf(zone.section)) {
          const id = toDndId({ kind: 'element', field });
          if (enabled.has(id) && under(id)) return [{ id }];
        }
        return [{ id: zone.id }];
      }
    }
    // Between sections, below the last one, or with no pointer at all (keyboard): the closest
    // place wins, measured from the pointer when there is one.
    const { x, y } = args.pointerCoordinates ?? { x: NaN, y: NaN };
    const atPointer = Number.isNaN(x)
      ? args.collisionRect
      : { top: y, bottom: y, left: x, right: x, width: 0, height: 0 };
    return closestCenter({
      ...args,
      collisionRect: atPointer,
      droppableContainers: args.droppableContainers.filter((c) => {
        const ref = kindOf(c.id);
        return ref?.kind === 'element' || (ref?.kind === 'zone' && isEmptySection(ref.section));
      }),
    });
  };
}
