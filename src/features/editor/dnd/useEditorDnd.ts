import {
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragMoveEvent,
  type DragStartEvent,
  type DndContextProps,
} from '@dnd-kit/core';
import { useMemo } from 'react';
import { useT } from '../../../i18n/i18nStore';
import type { EditorStore } from '../../../store/editorStore';
import { createAnnouncements } from './announcements';
import { createCollisionDetection } from './collision';
import { parseDndId, type DragRef } from './ids';
import { keyboardCoordinates } from './keyboardCoordinates';
import type { DragSessionStore } from './session';
import { dragActivity } from '../../../store/dragActivity';
import { dropSlot, toIntent } from './toIntent';

type Over = DragMoveEvent['over'];

/** The pointer (or the dragged rect, for keyboard) is past the middle of what it is over. */
function isBelow(event: { active: DragMoveEvent['active']; over: Over }): boolean {
  const rect = event.active.rect.current.translated;
  if (!rect || !event.over) return false;
  return rect.top + rect.height / 2 > event.over.rect.top + event.over.rect.height / 2;
}

/**
 * Thin glue: sensors, collision strategy and handlers that translate dnd-kit events into one
 * layout intent on drop. During the drag only the session store changes.
 */
export function useEditorDnd(
  editor: EditorStore,
  session: DragSessionStore,
  labelOf: (field: string) => string,
): Omit<DndContextProps, 'children'> {
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 5 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: keyboardCoordinates }),
  );
  const t = useT();
  const handlers = useMemo(() => {
    const layout = () => editor.getState().draft;
    const sectionTitle = (id: string) => layout().sections.find((s) => s.id === id)?.title ?? id;
    const place = (active: DragRef, over: DragRef, below = false) => {
      const slot = dropSlot(layout(), active, over, below);
      return slot ? { section: sectionTitle(slot.section), position: slot.index + 1 } : null;
    };
    const track = (event: DragMoveEvent) => {
      const active = parseDndId(event.active.id);
      const over = event.over ? parseDndId(event.over.id) : null;
      if (!active || active.kind === 'section') return;
      const found = over ? dropSlot(layout(), active, over, isBelow(event)) : null;
      // within its own section the sortable animation already shows the place; no drop line
      const sameSection =
        active.kind === 'element' &&
        found !== null &&
        layout().sections.some(
          (s) => s.id === found.section && s.elements.some((e) => e.field === active.field),
        );
      const slot = sameSection ? null : found;
      const overPalette = over?.kind === 'paletteZone';
      const prev = session.getState();
      // only touch the session when the landing place changes: every subscriber re-renders otherwise
      if (
        prev.overPalette === overPalette &&
        prev.target?.section === slot?.section &&
        prev.target?.index === slot?.index
      ) {
        return;
      }
      session.setState({ target: slot, overPalette });
    };
    const end = () => {
      session.setState({ active: null, target: null, overPalette: false });
      dragActivity.setState({ dragging: false });
    };
    return {
      collisionDetection: createCollisionDetection({
        isEmptySection: (id) => layout().sections.find((s) => s.id === id)?.elements.length === 0,
        fieldsOf: (id) =>
          layout()
            .sections.find((s) => s.id === id)
            ?.elements.map((e) => e.field) ?? [],
      }),
      accessibility: {
        announcements: createAnnouncements({ field: labelOf, section: sectionTitle, place }, t),
        screenReaderInstructions: {
          draggable: t('editor.dnd.instructions'),
        },
      },
      onDragStart: (event: DragStartEvent) => {
        dragActivity.setState({ dragging: true });
        session.setState({ active: parseDndId(event.active.id), target: null, overPalette: false });
      },
      onDragMove: track,
      onDragOver: track,
      onDragCancel: end,
      onDragEnd: (event: DragEndEvent) => {
        const intent = toIntent(
          layout(),
          parseDndId(event.active.id),
          event.over ? parseDndId(event.over.id) : null,
          isBelow(event),
        );
        end();
        if (intent) editor.getState().apply(intent);
      },
    };
  }, [editor, session, labelOf, t]);
  return { ...handlers, sensors };
}
