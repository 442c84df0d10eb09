import { createContext, useContext } from 'react';
import type { DragController } from './dragController';

/** The workspace's drag controller, for the rows that hand it a removal to focus and announce. */
export const DragControllerContext = createContext<DragController | null>(null);

export const useDragController = (): DragController | null => useContext(DragControllerContext);
