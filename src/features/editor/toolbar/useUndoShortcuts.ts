import { useEffect } from 'react';
import type { EditorStore } from '../../../store/editorStore';

/**
 * Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z (or Ctrl+Y) redoes the layout edits of the open document.
 * Inside a text box the browser's own text undo wins.
 */
export function useUndoShortcuts(editor: EditorStore): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const t = e.target;
      if (t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement || t instanceof HTMLSelectElement)
        return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) editor.getState().undo();
      else if ((key === 'z' && e.shiftKey) || key === 'y') editor.getState().redo();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [editor]);
}
