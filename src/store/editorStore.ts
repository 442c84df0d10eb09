import { createStore, type StoreApi } from 'zustand/vanilla';
import { applyIntent, applyIntents, type LayoutIntent } from '../domain/intents';
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
  /**
   * The layout as the portal answered (or will answer) `get` when this document last read or
   * wrote it; `null`: nothing stored. A save reads the layout again and compares it with this to
   * find out whether someone else saved in between.
   */
  readonly portal: Layout | null;
  readonly draft: Layout;
  readonly past: readonly Layout[];
  readonly future: readonly Layout[];
  apply(intent: LayoutIntent): void;
  /** Several intents as ONE undo step (e.g. a rename that also renames the portal name). */
  applyAll(intents: readonly LayoutIntent[]): void;
  undo(): void;
  redo(): void;
  /** After a successful write: the draft is now what the portal holds (`portal`: as `get` returns it). */
  markSaved(layout: Layout, portal?: Layout): void;
  /** Replace both saved and draft, e.g. after a reset on the portal. */
  reload(saved: Layout, savedIsDefault: boolean): void;
  /**
   * Someone else saved: `saved`/`portal` become what the portal holds now and the draft becomes
   * `draft` (yours, theirs or a merge), as one undoable step.
   */
  rebase(saved: Layout, savedIsDefault: boolean, portal: Layout | null, draft: Layout): void;
}

export type EditorStore = StoreApi<EditorState>;

export const createEditorStore = (saved: Layout, savedIsDefault: boolean): EditorStore =>
  createStore<EditorState>()((set, get) => ({
    saved,
    savedIsDefault,
    portal: savedIsDefault ? null : saved,
    draft: saved,
    past: [],
    future: [],
    apply(intent) {
      const { draft, past } = get();
      const next = applyIntent(draft, intent);
      if (next === draft) return; // nothing re-renders, nothing to undo
      set({ draft: next, past: [...past, draft].slice(-HISTORY_LIMIT), future: [] });
    },
    applyAll(intents) {
      const { draft, past } = get();
      const next = applyIntents(draft, intents);
      if (next === draft) return;
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
    markSaved(layout, portal = layout) {
      set({ saved: layout, savedIsDefault: false, portal, draft: layout });
    },
    reload(nextSaved, isDefault) {
      set({
        saved: nextSaved,
        savedIsDefault: isDefault,
        portal: isDefault ? null : nextSaved,
        draft: nextSaved,
        past: [],
        future: [],
      });
    },
    rebase(nextSaved, isDefault, portal, draft) {
      const { draft: current, past } = get();
      const moved = draft === current ? {} : { past: [...past, current].slice(-HISTORY_LIMIT), future: [] };
      set({ saved: nextSaved, savedIsDefault: isDefault, portal, draft, ...moved });
    },
  }));

export const isDirty = (s: EditorState): boolean => s.draft !== s.saved && !sameLayout(s.draft, s.saved);
