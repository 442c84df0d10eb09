import {
  KeyboardCode,
  MouseSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type CollisionDetection,
  type DndContextProps,
  type KeyboardCoordinateGetter,
} from '@dnd-kit/core';
import { useLayoutEffect, useMemo, useState } from 'react';
import { useT } from '../../../i18n/i18nStore';
import type { EditorStore } from '../../../store/editorStore';
import { DragController } from './dragController';
import { FrameKeyboardSensor } from './keyboardSensor';

/** The id of the one draggable: a press points it at the pressed row (DragController.press). */
export const DRAG_ID = 'drag';

/** Nothing collides: where a drag lands is decided by DragController from its own geometry. */
const noCollisions: CollisionDetection = () => [];

/**
 * dnd-kit's context props for the workspace: sensors, keyboard steps, announcements and handlers,
 * all handed to one DragController; `controller` wires the workspace and the draggable to it.
 */
export function useEditorDnd(
  editor: EditorStore,
  labelOf: (field: string) => string,
  /** The selected fields a drag of `field` carries along (see DragPorts.group). */
  group?: (field: string) => readonly string[],
): { readonly props: Omit<DndContextProps, 'children'>; readonly controller: DragController } {
  const t = useT();
  const [controller] = useState(
    () =>
      new DragController({
        layout: () => editor.getState().draft,
        apply: (intent) => editor.getState().apply(intent),
        applyAll: (intents) => editor.getState().applyAll(intents),
        ...(group ? { group } : {}),
      }),
  );
  useLayoutEffect(() => {
    controller.setWords({
      t,
      namer: {
        field: labelOf,
        section: (id) => editor.getState().draft.sections.find((s) => s.id === id)?.title ?? id,
      },
    });
  }, [controller, t, labelOf, editor]);
  const keyboardCoordinates = useMemo<KeyboardCoordinateGetter>(
    () =>
      (event, { currentCoordinates }) => {
        const side = event.code === KeyboardCode.Right ? 1 : event.code === KeyboardCode.Left ? -1 : 0;
        if (side !== 0) {
          event.preventDefault();
          return controller.keyOutline(side, currentCoordinates);
        }
        const dir = event.code === KeyboardCode.Down ? 1 : event.code === KeyboardCode.Up ? -1 : 0;
        if (dir === 0) return undefined;
        event.preventDefault();
        return controller.keyStep(dir, currentCoordinates);
      },
    [controller],
  );
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 5 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 6 } }),
    useSensor(FrameKeyboardSensor, { coordinateGetter: keyboardCoordinates }),
  );
  const props = useMemo(
    (): Omit<DndContextProps, 'children'> => ({
      collisionDetection: noCollisions,
      // dnd-kit's auto-scroll reads every scroll container's geometry on each move; the controller
      // scrolls the window near its edges instead
      autoScroll: false,
      accessibility: {
        announcements: {
          onDragStart: () => controller.pickUpWords(),
          onDragOver: () => undefined,
          onDragEnd: () => controller.finalWords,
          onDragCancel: () => controller.finalWords,
        },
        screenReaderInstructions: { draggable: t('editor.dnd.instructions') },
      },
      onDragStart: (event) => controller.start(event.activatorEvent),
      onDragEnd: () => controller.drop(),
      onDragCancel: () => controller.cancel(),
    }),
    [controller, t],
  );
  return { props: { ...props, sensors }, controller };
}
