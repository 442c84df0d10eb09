import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  emptySelection,
  extendTo,
  pruneSelection,
  toggleField,
  type FieldSelection,
} from '../domain/fieldSelection';
import type { FieldCode, Layout, SectionId } from '../domain/types';
import type { EditorStore } from './editorStore';

/**
 * How one document's card is looked at, not what it holds: the fields selected to move together
 * and the sections folded away. Not part of the draft, so it is never undone, saved or sent; the
 * folded sections are kept for the document in this tab (sessionStorage).
 */
export interface CardViewState {
  readonly selection: FieldSelection;
  readonly collapsed: ReadonlySet<SectionId>;
  toggle(field: FieldCode): void;
  extend(layout: Layout, field: FieldCode): void;
  clear(): void;
  prune(layout: Layout): void;
  setCollapsed(sections: readonly SectionId[], collapsed: boolean): void;
}

export type CardViewStore = StoreApi<CardViewState>;

const storageKey = (key: string) => `lcs:collapsed:${key}`;

function readCollapsed(key: string | null): ReadonlySet<SectionId> {
  if (key === null) return new Set();
  try {
    const raw: unknown = JSON.parse(window.sessionStorage.getItem(storageKey(key)) ?? '[]');
    return new Set(Array.isArray(raw) ? raw.filter((x): x is string => typeof x === 'string') : []);
  } catch {
    return new Set();
  }
}

function writeCollapsed(key: string | null, collapsed: ReadonlySet<SectionId>): void {
  if (key === null) return;
  try {
    window.sessionStorage.setItem(storageKey(key), JSON.stringify([...collapsed]));
  } catch {
    // storage denied: folded until the page reloads
  }
}

/** `key`: the document's key string (null: nothing is remembered). */
export const createCardViewStore = (key: string | null): CardViewStore =>
  createStore<CardViewState>()((set, get) => ({
    selection: emptySelection,
    collapsed: readCollapsed(key),
    toggle: (field) => set({ selection: toggleField(get().selection, field) }),
    extend: (layout, field) => set({ selection: extendTo(layout, get().selection, field) }),
    clear: () => {
      if (get().selection.fields.size > 0) set({ selection: emptySelection });
    },
    prune: (layout) => {
      const next = pruneSelection(layout, get().selection);
      if (next !== get().selection) set({ selection: next });
    },
    setCollapsed(sections, collapsed) {
      const next = new Set(get().collapsed);
      for (const s of sections) {
        if (collapsed) next.add(s);
        else next.delete(s);
      }
      writeCollapsed(key, next);
      set({ collapsed: next });
    },
  }));

const byKey = new Map<string, CardViewStore>();
const byEditor = new WeakMap<EditorStore, CardViewStore>();

/**
 * The view of the document `editor` edits: one per document key for the whole session, so
 * switching tabs keeps what was folded (`key` null: remembered nowhere). The first call for an
 * editor binds it; later ones, from any component under its workspace, get the same view.
 */
export function cardViewFor(editor: EditorStore, key: string | null = null): CardViewStore {
  let view = byEditor.get(editor);
  if (view) return view;
  view = key === null ? undefined : byKey.get(key);
  if (!view) {
    view = createCardViewStore(key);
    if (key !== null) byKey.set(key, view);
  }
  byEditor.set(editor, view);
  return view;
}
