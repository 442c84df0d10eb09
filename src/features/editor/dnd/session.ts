import { createStore } from 'zustand/vanilla';
import type { DragRef } from './ids';

/**
 * The drag in progress, apart from the layout: only the drop indicator and the preview read it,
 * and the layout changes once, on drop.
 */
export interface DragSession {
  readonly active: DragRef | null;
  /** Where the dragged field would land: the section and index after the drop. */
  readonly target: { readonly section: string; readonly index: number } | null;
  readonly overPalette: boolean;
}

export const createDragSession = () =>
  createStore<DragSession>()(() => ({ active: null, target: null, overPalette: false }));
export type DragSessionStore = ReturnType<typeof createDragSession>;
