import { useCallback, useState } from 'react';

export type PreviewMode = 'view' | 'edit';
export type PreviewWidth = 'wide' | 'narrow';

/** How the preview shows the card: the toolbar changes it, the stage draws by it. */
export interface PreviewView {
  readonly mode: PreviewMode;
  readonly width: PreviewWidth;
  /** The saved layout beside the draft (view mode only). */
  readonly compare: boolean;
  /** The preview fills the window. */
  readonly expanded: boolean;
}

export type ChangeView = (change: Partial<PreviewView>) => void;

const FIRST_VIEW: PreviewView = { mode: 'view', width: 'wide', compare: false, expanded: false };

/** The preview's view, opened as a wide card in view mode, and one way to change any part of it. */
export function usePreviewView(): readonly [PreviewView, ChangeView] {
  const [view, setView] = useState(FIRST_VIEW);
  const change = useCallback<ChangeView>((c) => setView((v) => ({ ...v, ...c })), []);
  return [view, change];
}
