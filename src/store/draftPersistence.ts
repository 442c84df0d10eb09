import type { DocumentKey } from './documentKey';
import { discardDraft, saveDraft } from './draftStorage';
import { isDirty, type EditorStore } from './editorStore';
import type { DraftWriteError, DraftWriteResult } from './storageFailures';

export interface PersistDraftsOptions {
  /** Wait this long after the last change before writing (default 400 ms). */
  readonly debounceMs?: number;
  /** Told about every failed write or removal (storage full, storage disabled). */
  readonly onError?: (error: DraftWriteError) => void;
  /** The clock for `savedAt` (tests). */
  readonly now?: () => Date;
  /** The tab whose entry this is (see `draftStorageKey`); '' only for drafts shared by every tab. */
  readonly tabId?: string;
  /** Called before each write of a draft. */
  readonly beforeWrite?: () => void;
}

export interface DraftPersistence {
  /** Writes a pending change now. */
  flush(): void;
  /**
   * Writes the draft now if it is unsaved, pending or not (call on `pagehide` / `visibilitychange`):
   * closing a tab then keeps its changes even if its entry was removed meanwhile.
   */
  keep(): void;
  /** Writes a pending change, then stops listening. */
  stop(): void;
}

/**
 * Keeps the draft of `store` in `storage`: a change of the draft is written `debounceMs` after the
 * last one; as soon as the draft equals the saved layout again (undo, save, reload) the entry is
 * removed at once. Attach it after the user answered the "restore / discard" offer, since the first
 * change overwrites what was stored.
 */
export function persistDrafts(
  store: EditorStore,
  key: DocumentKey,
  portalId: string,
  storage: Storage,
  { debounceMs = 400, onError, now = () => new Date(), tabId = '', beforeWrite }: PersistDraftsOptions = {},
): DraftPersistence {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: number | undefined;
  const report = (result: DraftWriteResult) => {
    if (!result.ok) onError?.({ reason: result.reason, error: result.error });
  };
  const write = () => {
    timer = undefined;
    idle = undefined;
    const state = store.getState();
    if (isDirty(state)) beforeWrite?.();
    report(
      isDirty(state)
        ? saveDraft(storage, {
            portalId,
            key,
            draft: state.draft,
            base: state.saved,
            savedAt: now().toISOString(),
            tabId,
          })
        : discardDraft(storage, portalId, key, tabId),
    );
  };
  const cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    if (idle !== undefined) cancelIdleCallback(idle);
    timer = undefined;
    idle = undefined;
  };
  // After the pause, the write waits for a moment the page is idle (at most a second more), so it
  // does not take a frame from a drop's re-render; `keep` on pagehide writes at once regardless.
  const writeWhenIdle = () => {
    if (typeof requestIdleCallback !== 'function') {
      write();
      return;
    }
    idle = requestIdleCallback(write, { timeout: 1000 });
    timer = undefined;
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.draft === previous.draft && state.saved === previous.saved) return;
    cancel();
    if (isDirty(state)) timer = setTimeout(writeWhenIdle, debounceMs);
    else report(discardDraft(storage, portalId, key, tabId));
  });
  const flush = () => {
    if (timer === undefined && idle === undefined) return;
    cancel();
    write();
  };
  return {
    flush,
    keep() {
      cancel();
      if (isDirty(store.getState())) write();
    },
    stop() {
      flush();
      unsubscribe();
    },
  };
}
