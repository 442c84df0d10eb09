import { sameLayout } from '../../../domain/layoutEquals';
import { langStore, translate } from '../../../i18n/i18nStore';
import type { DocumentKey } from '../../../store/documentKey';
import { persistDrafts, type DraftPersistence } from '../../../store/draftPersistence';
import { discardDraft, loadDrafts, saveDraft, type StoredDraft } from '../../../store/draftStorage';
import { isDirty, type EditorStore } from '../../../store/editorStore';
import { rememberTabId, thisTabId } from '../../../store/tabIdentity';
import { showToast } from '../../../ui/toastStore';
import { browserStorage } from '../document/browserStorage';

/**
 * Drafts kept in the browser, per document store and browser tab: drafts found at opening (this
 * tab's own after a reload, and those left by closed tabs) are offered back once (restore /
 * discard); only after that answer is every change written, because the first write replaces this
 * tab's entry. Each tab writes and removes only its own entry. Every unsaved draft is written when
 * the page is hidden or closed.
 */
const persistences = new WeakMap<EditorStore, DraftPersistence>();
const live = new Set<DraftPersistence>();
const answered = new WeakSet<EditorStore>();
let listening = false;
let warned = false;

function keepAll(): void {
  for (const p of live) p.keep();
}

function listenForPageHide(): void {
  if (listening || typeof window === 'undefined') return;
  listening = true;
  // pagehide covers reload, navigation and closing the tab; hidden covers a killed background tab
  window.addEventListener('pagehide', keepAll);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') keepAll();
  });
}

/**
 * The drafts kept for this document that differ from what is saved and were not answered yet,
 * newest first: this tab's and those of tabs no longer open (`open`: the ids of open tabs; `null`
 * when the browser cannot tell, then every draft).
 */
export function pendingDrafts(
  store: EditorStore,
  key: DocumentKey,
  storageId: string,
  open: ReadonlySet<string> | null,
): StoredDraft[] {
  const storage = browserStorage();
  if (!storage || answered.has(store) || persistences.has(store)) return [];
  const me = thisTabId();
  const offered: StoredDraft[] = [];
  for (const stored of loadDrafts(storage, storageId, key)) {
    const mine = stored.tabId === me;
    // `null`: the browser cannot tell which tabs are open, so every draft is offered
    if (!mine && open?.has(stored.tabId)) continue;
    if (sameLayout(stored.draft, store.getState().saved)) {
      discardDraft(storage, storageId, key, stored.tabId); // nothing left to offer: it was saved meanwhile
    } else {
      offered.push(stored);
    }
  }
  return offered;
}

/**
 * Starts keeping every change of `store` (once); writes the current draft at once if it is dirty.
 * `adopted`: drafts of other tabs restored into this one; they are removed once this tab's own
 * entry holds them, never before.
 */
export function keepDrafts(
  store: EditorStore,
  key: DocumentKey,
  storageId: string,
  adopted: readonly StoredDraft[] = [],
): void {
  answered.add(store);
  const storage = browserStorage();
  if (!storage || persistences.has(store)) return;
  const tabId = thisTabId();
  const persistence = persistDrafts(store, key, storageId, storage, {
    tabId,
    beforeWrite: rememberTabId,
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
  if (isDirty(state)) rememberTabId();
  const kept = isDirty(state)
    ? saveDraft(storage, {
        portalId: storageId,
        key,
        draft: state.draft,
        base: state.saved,
        savedAt: new Date().toISOString(),
        tabId,
      }).ok
    : true;
  if (!kept) return;
  for (const other of adopted) {
    if (other.tabId !== tabId) discardDraft(storage, storageId, key, other.tabId);
  }
}

/** Forgets one kept draft of a document (the "discard" answer). */
export function forgetDraft(key: DocumentKey, storageId: string, tabId: string): void {
  const storage = browserStorage();
  if (storage) discardDraft(storage, storageId, key, tabId);
}
