import { createStore } from 'zustand/vanilla';
import type { Dragged } from './landing';

/**
 * What is being dragged, for the preview only: it changes at pick-up and at the drop. Where the
 * drag would land is not React state (dragController.ts draws it).
 */
export interface DragSession {
  readonly active: Dragged | null;
}

export const createDragSession = () => createStore<DragSession>()(() => ({ active: null }));
export type DragSessionStore = ReturnType<typeof createDragSession>;
