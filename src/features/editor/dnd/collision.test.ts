import type { ClientRect, CollisionDetection, DroppableContainer, UniqueIdentifier } from '@dnd-kit/core';
import { describe, expect, it } from 'vitest';
import { createCollisionDetection } from './collision';

type Args = Parameters<CollisionDetection>[0];
const rect = (left: number, top: number, width: number, height: number): ClientRect => ({
  left,
  top,
  width,
  height,
  right: left + width,
  bottom: top + height,
});

// palette on the left; two sections: "a" with TITLE and NAME, "b" empty; section "c" far below
const RECTS: Readonly<Record<string, ClientRect>> = {
  'paletteZone:': rect(0, 0, 200, 800),
  'section:a': rect(300, 0, 400, 200),
  'zone:a': rect(300, 40, 400, 150),
  'element:TITLE': rect(310, 50, 380, 40),
  'element:NAME': rect(310, 100, 380, 40),
  'section:b': rect(300, 250, 400, 120),
  'zone:b': rect(300, 290, 400, 60),
  'section:c': rect(300, 600, 400, 100),
  'zone:c': rect(300, 640, 400, 50),
  'element:POST': rect(310, 645, 380, 40),
};
const FIELDS: Readonly<Record<string, readonly string[]>> = { a: ['TITLE', 'NAME'], b: [], c: ['POST'] };

const detect = createCollisionDetection({
  isEmptySection: (id) => (FIELDS[id] ?? []).length === 0,
  fieldsOf: (id) => FIELDS[id] ?? [],
});

function at(activeId: string, pointer: { x: number; y: number } | null, collisionRect = rect(0, 0, 10, 10)) {
  const ids = Object.keys(RECTS).filter((id) => id !== activeId || id.startsWith('element:'));
  const args = {
    active: { id: activeId },
    collisionRect,
    droppableRects: new Map<UniqueIdentifier, ClientRect>(Object.entries(RECTS)),
    droppableContainers: ids.map(
      (id) => ({ id, rect: { current: RECTS[id] } }) as unknown as DroppableContainer,
    ),
    pointerCoordinates: pointer,
  } as unknown as Args;
  return detect(args).map((c) => c.id);
}

describe('where a dragged field or section would land', () => {
  it('a field under the pointer wins over the zone around it', () => {
    expect(at('palette:POST', { x: 400, y: 110 })).toEqual(['element:NAME']);
    expect(at('element:POST', { x: 400, y: 60 })).toEqual(['element:TITLE']);
  });

  it("in a section's zone but on no field: the zone (the section's end)", () => {
    expect(at('palette:POST', { x: 400, y: 170 })).toEqual(['zone:a']);
    expect(at('palette:POST', { x: 400, y: 300 })).toEqual(['zone:b']);
  });

  it('over the field list: off the card', () => {
    expect(at('element:TITLE', { x: 100, y: 400 })).toEqual(['paletteZone:']);
  });

  it('between sections: the closest field, or the zone of an empty section', () => {
    expect(at('palette:POST', { x: 500, y: 212 })[0]).toBe('element:NAME');
    expect(at('palette:POST', { x: 500, y: 380 })[0]).toBe('zone:b');
    expect(at('palette:POST', { x: 500, y: 590 })[0]).toBe('element:POST');
  });

  it('a keyboard drag (no pointer) goes by the dragged rect', () => {
    expect(at('element:TITLE', null, rect(310, 640, 380, 40))[0]).toBe('element:POST');
  });

  it('a dragged section only looks at sections', () => {
    expect(at('section:a', { x: 400, y: 110 }, rect(300, 560, 400, 100))[0]).toBe('section:c');
  });

  it('a field whose droppable is not enabled is never a target', () => {
    const args = {
      active: { id: 'palette:POST' },
      collisionRect: rect(0, 0, 10, 10),
      droppableRects: new Map<UniqueIdentifier, ClientRect>(Object.entries(RECTS)),
      droppableContainers: ['zone:a', 'element:TITLE'].map(
        (id) => ({ id, rect: { current: RECTS[id] } }) as unknown as DroppableContainer,
      ),
      pointerCoordinates: { x: 400, y: 110 },
    } as unknown as Args;
    expect(detect(args).map((c) => c.id)).toEqual(['zone:a']);
  });
});
