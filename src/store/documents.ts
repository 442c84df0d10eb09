import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { Layout } from '../domain/types';
import { documentKeyString, type DocumentKey } from './documentKey';
import { createEditorStore, isDirty, type EditorState, type EditorStore } from './editorStore';

/**
 * Every document opened in this session, so switching lead type or scope never loses a draft.
 * `dirtyKeys` is kept in its own small store so tabs can show an unsaved mark without
 * subscribing to every document.
 */
export interface DocumentRegistry {
  get(key: DocumentKey): EditorStore | undefined;
  open(key: DocumentKey, saved: Layout, savedIsDefault: boolean): EditorStore;
  readonly dirty: ReturnType<typeof createDirtyStore>;
}

const createDirtyStore = () =>
  createStore<{ keys: ReadonlySet<string> }>()(() => ({ keys: new Set<string>() }));

export function createDocumentRegistry(): DocumentRegistry {
  const stores = new Map<string, EditorStore>();
  const dirty = createDirtyStore();
  const track = (id: string, s: EditorState) => {
    const was = dirty.getState().keys.has(id);
    const is = isDirty(s);
    if (was === is) return;
    const keys = new Set(dirty.getState().keys);
    if (is) keys.add(id);
    else keys.delete(id);
    dirty.setState({ keys });
  };
  return {
    dirty,
    get: (key) => stores.get(documentKeyString(key)),
    open(key, saved, savedIsDefault) {
      const id = documentKeyString(key);
      const existing = stores.get(id);
      if (existing) return existing;
      const store = createEditorStore(saved, savedIsDefault);
      store.subscribe((s) => track(id, s));
      stores.set(id, store);
      return store;
    },
  };
}

export const DocumentRegistryContext = createContext<DocumentRegistry | null>(null);

export function useDocumentRegistry(): DocumentRegistry {
  const registry = useContext(DocumentRegistryContext);
  if (!registry) throw new Error('useDocumentRegistry needs <DocumentRegistryContext.Provider>');
  return registry;
}

export function useIsDirty(key: DocumentKey): boolean {
  const registry = useDocumentRegistry();
  return useStore(registry.dirty, (s) => s.keys.has(documentKeyString(key)));
}
