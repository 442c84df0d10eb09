import { useDraggable } from '@dnd-kit/core';
import { useLayoutEffect } from 'react';
import type { DragController } from './dragController';
import { DRAG_ID } from './useEditorDnd';

/**
 * The one dnd-kit draggable of the workspace. It renders nothing: it re-renders with dnd-kit's
 * context on every pointer move, and nothing else does.
 */
export function DragSource({ controller }: { readonly controller: DragController }) {
  const { setNodeRef, setActivatorNodeRef, listeners } = useDraggable({ id: DRAG_ID });
  useLayoutEffect(() => {
    controller.bind({ setNodeRef, setActivatorNodeRef, listeners });
  }, [controller, setNodeRef, setActivatorNodeRef, listeners]);
  return null;
}
