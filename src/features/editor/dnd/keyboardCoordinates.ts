import { KeyboardCode, type KeyboardCoordinateGetter } from '@dnd-kit/core';
import { parseDndId } from './ids';

/**
 * Arrow keys step through drop places in reading order across all sections (the canvas is one
 * column), so a keyboard user can move a field into any section, including an empty one. A
 * dragged section steps through sections only.
 */
export const keyboardCoordinates: KeyboardCoordinateGetter = (event, { active, context }) => {
  const down = event.code === KeyboardCode.Down;
  const up = event.code === KeyboardCode.Up;
  if (!down && !up) return undefined;
  event.preventDefault();
  const { collisionRect, droppableRects, droppableContainers } = context;
  if (!collisionRect) return undefined;
  const activeKind = parseDndId(active)?.kind;
  const wanted = (id: string | number) => {
    const k = parseDndId(id);
    if (!k || String(id) === String(active)) return false;
    if (activeKind === 'section') return k.kind === 'section';
    return k.kind === 'element' || k.kind === 'zone';
  };
  const centreY = collisionRect.top + collisionRect.height / 2;
  const candidates = droppableContainers
    .getEnabled()
    .filter((c) => wanted(c.id))
    .map((c) => ({ id: c.id, rect: droppableRects.get(c.id) }))
    .filter((c): c is { id: string | number; rect: NonNullable<typeof c.rect> } => c.rect !== undefined)
    // a zone counts only where it is empty space: its own top when it has no elements
    .map((c) => ({
      ...c,
      y: parseDndId(c.id)?.kind === 'zone' ? c.rect.top + 12 : c.rect.top + c.rect.height / 2,
    }))
    .filter((c) => (down ? c.y > centreY + 2 : c.y < centreY - 2))
    .sort((a, b) => (down ? a.y - b.y : b.y - a.y));
  const next = candidates[0];
  if (!next) return undefined;
  return { x: next.rect.left + 8, y: next.y - collisionRect.height / 2 };
};
