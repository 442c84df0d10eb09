import { sameLayout } from '../../domain/layoutEquals';
import { langStore, translate } from '../../i18n/i18nStore';
import type { DocumentKey } from '../../store/documentKey';
import {
  discardDraft,
  loadDraft,
  persistDrafts,
  saveDraft,
  type DraftPersistence,
  type StoredDraft,
} from '../../store/draftStorage';
import { isDirty, type EditorStore } from '../../store/editorStore';
import { showToast } from '../../ui/toastStore';
import { browserStorage } from './documentEnv';

/**
 * Drafts kept in the browser, per document store: a draft found at opening is offered back once
 * (restore / discard); only after that answer is every change written, because the first write
 * replaces what was stored. Pending writes are flushed when the page is hidden or closed.
 */
const persistences = new WeakMap<EditorStore, DraftPersistence>();
const live = new Set<DraftPersistence>();
const answered = new WeakSet<EditorStore>();
let listening = false;
let warned = false;

function flushAll(): void {
  for (const p of live) p.flush();
}

function listenForPageHide(): void {
  if (listening || typeof window === 'undefined') return;
  listening = true;
  // pagehide covers reload, navigation and closing the tab; hidden covers a killed background tab
  window.addEventListener('pagehide', flushAll);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushAll();
  });
}

/** The draft kept for this document, if it differs from what is saved and was not answered yet. */
export function pendingDraft(store: EditorStore, key: DocumentKey, storageId: string): StoredDraft | null {
  const storage = browserStorage();
  if (!storage || answered.has(store) || persistences.has(store)) return null;
  const stored = loadDraft(storage, storageId, key);
  if (stored && sameLayout(stored.draft, store.getState().saved)) {
    discardDraft(storage, storageId, key); // nothing left to offer: it was saved meanwhile
    return null;
  }
  return stored;
}

/** Starts keeping every change of `store` (once); writes the current draft at once if it is dirty. */
export function keepDrafts(store: EditorStore, key: DocumentKey, storageId: string): void {
  answered.add(store);
  const storage = browserStorage();
  if (!storage || persistences.has(store)) return;
  const persistence = persistDrafts(store, key, storageId, storage, {
    onError: ({ reason }) => {
      if (warned) return;
      warned = true;
      const t = translate(langStore.getState().lang);
      showToast('error', t(reason === 'quota' ? 'pieces.draft.storageFull' : 'pieces.draft.storageDenied'));
    },
  });
  persistences.set(store, persistence);
  live.add(persistence);
  listenForPageHide();
  const state = store.getState();
  if (isDirty(state)) {
    saveDraft(storage, {
      portalId: storageId,
      key,
      draft: state.draft,
      base: state.saved,
      savedAt: new Date().toISOString(),
    });
  }
}

/** Forgets the kept draft of a document (the "discard" answer). */
export function forgetDraft(key: DocumentKey, storageId: string): void {
  const storage = browserStorage();
  if (storage) discardDraft(storage, storageId, key);
}
