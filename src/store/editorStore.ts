import { createStore, type StoreApi } from 'zustand/vanilla';
import { applyIntent, type LayoutIntent } from '../domain/intents';
import { sameLayout } from '../domain/layoutEquals';
import type { Layout } from '../domain/types';

const HISTORY_LIMIT = 100;

/**
 * One layout document being edited: what the portal holds (`saved`, or the portal default when
 * `savedIsDefault`), the draft, and undo history. One store per (scope, user, lead type).
 */
export interface EditorState {
  readonly saved: Layout;
  readonly savedIsDefault: boolean;
  readonly draft: Layout;
  readonly past: readonly Layout[];
  readonly future: readonly Layout[];
  apply(intent: LayoutIntent): void;
  undo(): void;
  redo(): void;
  /** After a successful write: the draft is now what the portal holds. */
  markSaved(layout: Layout): void;
  /** Replace both saved and draft, e.g. after a reset on the portal. */
  reload(saved: Layout, savedIsDefault: boolean): void;
}

export type EditorStore = StoreApi<EditorState>;

export const createEditorStore = (saved: Layout, savedIsDefault: boolean): EditorStore =>
  createStore<EditorState>()((set, get) => ({
    saved,
    savedIsDefault,
    draft: saved,
    past: [],
    future: [],
    apply(intent) {
      const { draft, past } = get();
      const next = applyIntent(draft, intent);
      if (next === draft) return; // nothing re-renders, nothing to undo
      set({ draft: next, past: [...past, draft].slice(-HISTORY_LIMIT), future: [] });
    },
    undo() {
      const { draft, past, future } = get();
      const previous = past[past.length - 1];
      if (!previous) return;
      set({ draft: previous, past: past.slice(0, -1), future: [draft, ...future] });
    },
    redo() {
      const { draft, past, future } = get();
      const next = future[0];
      if (!next) return;
      set({ draft: next, past: [...past, draft], future: future.slice(1) });
    },
    markSaved(layout) {
      set({ saved: layout, savedIsDefault: false, draft: layout });
    },
    reload(nextSaved, isDefault) {
      set({ saved: nextSaved, savedIsDefault: isDefault, draft: nextSaved, past: [], future: [] });
    },
  }));

export const isDirty = (s: EditorState): boolean => s.draft !== s.saved && !sameLayout(s.draft, s.saved);
