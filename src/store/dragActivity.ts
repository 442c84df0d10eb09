import { createStore } from 'zustand/vanilla';

/**
 * Whether a drag is under way anywhere in the app. Inside a portal frame, resizing the frame fires
 * `resize`, and dnd-kit cancels a drag on `resize`: the frame keeps its size until the drop.
 */
export const dragActivity = createStore<{ readonly dragging: boolean }>()(() => ({ dragging: false }));
