import { closestCenter, pointerWithin, type CollisionDetection } from '@dnd-kit/core';
import { parseDndId } from './ids';

/**
 * Why a custom strategy: the canvas nests three kinds of droppables (sections, the element zone
 * of each section, elements) and the palette is one more. A dragged section only looks at
 * sections. A dragged field looks at what is under the pointer, preferring an element to the
 * zone around it (so the drop lands at that element's place, not at the section end). Over no
 * place at all (between sections, below the last one, or a keyboard drag without a pointer) the
 * closest element, or the zone of an empty section, wins: a drop on the canvas is never lost.
 */
export function createCollisionDetection(isEmptySection: (id: string) => boolean): CollisionDetection {
  return (args) => {
    const active = parseDndId(args.active.id);
    const kindOf = (id: string | number) => parseDndId(id);
    if (active?.kind === 'section') {
      return closestCenter({
        ...args,
        droppableContainers: args.droppableContainers.filter((c) => kindOf(c.id)?.kind === 'section'),
      });
    }
    const fieldTargets = args.droppableContainers.filter((c) => {
      const k = kindOf(c.id)?.kind;
      return k === 'element' || k === 'zone' || k === 'paletteZone';
    });
    if (args.pointerCoordinates) {
      const hits = pointerWithin({ ...args, droppableContainers: fieldTargets });
      const element = hits.find((h) => kindOf(h.id)?.kind === 'element');
      if (element) return [element];
      if (hits[0]) return [hits[0]];
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
      droppableContainers: fieldTargets.filter((c) => {
        const ref = kindOf(c.id);
        return ref?.kind === 'element' || (ref?.kind === 'zone' && isEmptySection(ref.section));
      }),
    });
  };
}
