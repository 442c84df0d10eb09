import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sameLayout } from '../domain/layoutEquals';
import { common, PORTAL, saved } from '../testing/draftFixtures';
import { memoryStorage } from '../testing/memoryStorage';
import { persistDrafts } from './draftPersistence';
import { loadDraft } from './draftStorage';
import { createEditorStore } from './editorStore';
import { layoutFingerprint } from './layoutFingerprint';
import type { DraftWriteError } from './storageFailures';

describe('persistDrafts', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const setup = (storage = memoryStorage(), onError?: (e: DraftWriteError) => void) => {
    const store = createEditorStore(saved(), false);
    const now = () => new Date('2025-05-12T14:03:00.000Z');
    const persistence = persistDrafts(store, common, PORTAL, storage, {
      debounceMs: 300,
      now,
      ...(onError ? { onError } : {}),
    });
    return { store, storage, persistence };
  };

  it('writes once after a burst of changes, debounced', () => {
    const { store, storage } = setup();
    store.getState().apply({ type: 'removeField', field: 'PHONE' });
    vi.advanceTimersByTime(200);
    store.getState().apply({ type: 'renameSection', section: 'main', title: 'Lead' });
    vi.advanceTimersByTime(299);
    expect(storage.writes).toBe(0);
    vi.advanceTimersByTime(1);
    expect(storage.writes).toBe(1);
    const stored = loadDraft(storage, PORTAL, common);
    expect(stored?.savedAt).toBe('2025-05-12T14:03:00.000Z');
    expect(stored && sameLayout(stored.draft, store.getState().draft)).toBe(true);
  });

  it('removes the entry at once when the draft equals saved again: undo, save', () => {
    const { store, storage } = setup();
    store.getState().apply({ type: 'removeField', field: 'PHONE' });
    vi.advanceTimersByTime(300);
    expect(loadDraft(storage, PORTAL, common)).not.toBeNull();
    store.getState().undo();
    expect(loadDraft(storage, PORTAL, common)).toBeNull();

    store.getState().redo();
    vi.advanceTimersByTime(300);
    expect(loadDraft(storage, PORTAL, common)).not.toBeNull();
    store.getState().markSaved(store.getState().draft);
    expect(loadDraft(storage, PORTAL, common)).toBeNull();
    vi.advanceTimersByTime(1000);
    expect(loadDraft(storage, PORTAL, common)).toBeNull();
  });

  it('does not write a change undone before the debounce ran out', () => {
    const { store, storage } = setup();
    store.getState().apply({ type: 'removeField', field: 'PHONE' });
    store.getState().undo();
    vi.advanceTimersByTime(1000);
    expect(storage.writes).toBe(0);
  });

  it('flush writes the pending change now; stop flushes and stops listening', () => {
    const { store, storage, persistence } = setup();
    store.getState().apply({ type: 'removeField', field: 'PHONE' });
    persistence.flush();
    expect(storage.writes).toBe(1);
    persistence.flush();
    expect(storage.writes).toBe(1);
    store.getState().apply({ type: 'removeField', field: 'TITLE' });
    persistence.stop();
    expect(storage.writes).toBe(2);
    store.getState().apply({ type: 'removeField', field: 'COMMENTS' });
    vi.advanceTimersByTime(1000);
    expect(storage.writes).toBe(2);
  });

  it("a save in one tab removes that tab's entry only; another tab's unsaved draft stays", () => {
    const storage = memoryStorage();
    const tab = (tabId: string) => {
      const store = createEditorStore(saved(), false);
      persistDrafts(store, common, PORTAL, storage, { debounceMs: 300, tabId });
      return store;
    };
    const a = tab('a');
    const b = tab('b');
    b.getState().apply({ type: 'renameSection', section: 'main', title: 'Lead' });
    vi.advanceTimersByTime(300);
    a.getState().apply({ type: 'removeField', field: 'PHONE' });
    vi.advanceTimersByTime(300);
    a.getState().markSaved(a.getState().draft);
    expect(loadDraft(storage, PORTAL, common, 'a')).toBeNull();
    const kept = loadDraft(storage, PORTAL, common, 'b');
    expect(kept && sameLayout(kept.draft, b.getState().draft)).toBe(true);
  });

  it('in a browser, writes after the pause once the page is idle; flush and keep do not wait', () => {
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (fn: () => void) => idle.push(fn));
    vi.stubGlobal('cancelIdleCallback', (handle: number) => {
      idle[handle - 1] = () => undefined;
    });
    try {
      const { store, storage, persistence } = setup();
      store.getState().apply({ type: 'removeField', field: 'PHONE' });
      vi.advanceTimersByTime(300);
      expect(storage.writes).toBe(0); // the page has not been idle yet
      idle.splice(0).forEach((run) => run());
      expect(storage.writes).toBe(1);
      expect(loadDraft(storage, PORTAL, common)).not.toBeNull();

      store.getState().apply({ type: 'renameSection', section: 'main', title: 'Lead' });
      vi.advanceTimersByTime(300);
      persistence.flush(); // e.g. before the page hands the draft to another document
      expect(loadDraft(storage, PORTAL, common)?.draft.sections[0]?.title).toBe('Lead');
      const writes = storage.writes;
      idle.splice(0).forEach((run) => run()); // the flushed write is not done a second time
      expect(storage.writes).toBe(writes);

      store.getState().apply({ type: 'renameSection', section: 'main', title: 'Closing' });
      vi.advanceTimersByTime(300);
      persistence.keep(); // the tab closes before the page was idle
      expect(loadDraft(storage, PORTAL, common)?.draft.sections[0]?.title).toBe('Closing');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('keep writes an unsaved draft now, pending or not, so a closing tab keeps it', () => {
    const { store, storage, persistence } = setup();
    persistence.keep();
    expect(storage.writes).toBe(0); // nothing unsaved, nothing written
    store.getState().apply({ type: 'removeField', field: 'PHONE' });
    persistence.keep();
    expect(loadDraft(storage, PORTAL, common)).not.toBeNull();
    storage.clear(); // e.g. removed by an older version of the app in another tab
    persistence.keep();
    const stored = loadDraft(storage, PORTAL, common);
    expect(stored && sameLayout(stored.draft, store.getState().draft)).toBe(true);
  });

  it('calls beforeWrite before each write of a draft, and not for a removal', () => {
    const storage = memoryStorage();
    const store = createEditorStore(saved(), false);
    const seen: number[] = [];
    persistDrafts(store, common, PORTAL, storage, {
      debounceMs: 300,
      beforeWrite: () => seen.push(storage.writes),
    });
    store.getState().apply({ type: 'removeField', field: 'PHONE' });
    vi.advanceTimersByTime(300);
    store.getState().undo();
    expect(seen).toEqual([0]);
  });

  it('reports a full storage through the callback', () => {
    const errors: DraftWriteError[] = [];
    const { store } = setup(memoryStorage({ quota: 40 }), (e) => errors.push(e));
    store.getState().apply({ type: 'removeField', field: 'PHONE' });
    vi.advanceTimersByTime(300);
    expect(errors.map((e) => e.reason)).toEqual(['quota']);
  });

  it('offers the draft back after a reload: restore makes the new store dirty with the same draft', () => {
    const storage = memoryStorage();
    const before = setup(storage);
    before.store
      .getState()
      .apply({ type: 'moveField', field: 'PHONE', to: { section: 'additional', index: 0 } });
    vi.advanceTimersByTime(300);

    const reloaded = createEditorStore(saved(), false);
    const offer = loadDraft(storage, PORTAL, common);
    expect(offer?.baseFingerprint).toBe(layoutFingerprint(reloaded.getState().saved)); // portal unchanged since
    if (offer) reloaded.getState().apply({ type: 'replaceLayout', layout: offer.draft });
    expect(sameLayout(reloaded.getState().draft, before.store.getState().draft)).toBe(true);
    reloaded.getState().undo(); // restoring is one undoable step
    expect(reloaded.getState().draft).toBe(reloaded.getState().saved);
  });
});
