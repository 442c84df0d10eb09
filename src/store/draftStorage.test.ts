import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { aLayout, anElement } from '../testing/builders';
import { memoryStorage } from '../testing/memoryStorage';
import { sameLayout } from '../domain/layoutEquals';
import { toPortal } from '../api/methods/layoutMapping';
import type { DocumentKey } from './documentKey';
import {
  discardDraft,
  draftStorageKey,
  layoutFingerprint,
  listDrafts,
  loadDraft,
  loadDrafts,
  parseDocumentKeyString,
  persistDrafts,
  saveDraft,
  type DraftWriteError,
} from './draftStorage';
import { createEditorStore } from './editorStore';
import type { Layout } from '../domain/types';

const PORTAL = 'acme.bitrix24.com';
const common: DocumentKey = { scope: 'C', userId: null, card: { entity: 'lead', leadType: 'simple' } };
const personal: DocumentKey = { scope: 'P', userId: 7, card: { entity: 'lead', leadType: 'repeat' } };

const saved = () =>
  aLayout()
    .section('main', ['TITLE', 'PHONE'], { title: 'About the lead' })
    .section('additional', ['COMMENTS'], { title: 'More' })
    .build();
const edited = () =>
  aLayout()
    .section('main', ['TITLE'], { title: 'About the lead' })
    .section('additional', [anElement('PHONE').alwaysShown().withExtra({ title: 'Mobile' }), 'COMMENTS'], {
      title: 'More',
    })
    .build();

describe('draft storage keys', () => {
  it('are per portal, document and tab', () => {
    expect(draftStorageKey(PORTAL, common, 'k3x9')).toBe('lcs:draft:v1:acme.bitrix24.com:C:simple@k3x9');
    expect(draftStorageKey(PORTAL, common)).toBe('lcs:draft:v1:acme.bitrix24.com:C:simple');
    expect(draftStorageKey(PORTAL, personal)).toBe('lcs:draft:v1:acme.bitrix24.com:P:7:repeat');
    expect(draftStorageKey('https://b24.example:8443', common)).toBe(
      'lcs:draft:v1:https%3A%2F%2Fb24.example%3A8443:C:simple',
    );
  });

  it('read back into document keys', () => {
    expect(parseDocumentKeyString('C:simple')).toEqual(common);
    expect(parseDocumentKeyString('P:7:repeat')).toEqual(personal);
    expect(parseDocumentKeyString('P:x:repeat')).toBeNull();
    expect(parseDocumentKeyString('C:other')).toBeNull();
  });
});

describe('layoutFingerprint', () => {
  it('is equal for layouts the portal would store alike and differs otherwise', () => {
    const otherIds = aLayout()
      .section('main', ['TITLE', 'PHONE'], { title: 'About the lead', id: 'x' })
      .section('additional', ['COMMENTS'], { title: 'More', id: 'y' })
      .build();
    expect(layoutFingerprint(saved())).toMatch(/^[0-9a-f]{14}$/);
    expect(layoutFingerprint(otherIds)).toBe(layoutFingerprint(saved()));
    expect(layoutFingerprint(edited())).not.toBe(layoutFingerprint(saved()));
    const a = aLayout()
      .section('m', [anElement('P').withOptions({ a: 1, b: 2 })])
      .build();
    const b = aLayout()
      .section('m', [anElement('P').withOptions({ b: 2, a: 1 })])
      .build();
    expect(layoutFingerprint(a)).toBe(layoutFingerprint(b));
  });
});

describe('saveDraft / loadDraft / discardDraft / listDrafts', () => {
  it('stores the draft in the portal payload shape and reads it back', () => {
    const storage = memoryStorage();
    const at = '2025-05-12T14:03:00.000Z';
    expect(
      saveDraft(storage, { portalId: PORTAL, key: common, draft: edited(), base: saved(), savedAt: at }),
    ).toEqual({
      ok: true,
    });
    expect(JSON.parse(storage.getItem(draftStorageKey(PORTAL, common)) ?? '')).toEqual({
      savedAt: at,
      baseFingerprint: layoutFingerprint(saved()),
      base: toPortal(saved()),
      draft: [
        { type: 'section', name: 'main', title: 'About the lead', elements: [{ name: 'TITLE' }] },
        {
          type: 'section',
          name: 'additional',
          title: 'More',
          elements: [{ name: 'PHONE', optionFlags: 1, title: 'Mobile' }, { name: 'COMMENTS' }],
        },
      ],
    });
    const loaded = loadDraft(storage, PORTAL, common);
    expect(loaded).toMatchObject({ savedAt: at, baseFingerprint: layoutFingerprint(saved()) });
    expect(loaded && sameLayout(loaded.draft, edited())).toBe(true);
    expect(loaded?.base && sameLayout(loaded.base, saved())).toBe(true);
    expect(loadDraft(storage, PORTAL, personal)).toBeNull();
    expect(loadDraft(storage, 'other.bitrix24.com', common)).toBeNull();

    expect(discardDraft(storage, PORTAL, common)).toEqual({ ok: true });
    expect(loadDraft(storage, PORTAL, common)).toBeNull();
  });

  it('writes each draft of one saved layout with that base, and a new base once it changes', () => {
    const storage = memoryStorage();
    const base = saved();
    const key = draftStorageKey(PORTAL, common);
    const write = (draft: Layout, from: Layout) =>
      saveDraft(storage, { portalId: PORTAL, key: common, draft, base: from, savedAt: 'x' });
    const stored = () => storage.getItem(key) ?? '';
    const expected = (draft: Layout, from: Layout) =>
      JSON.stringify({
        savedAt: 'x',
        baseFingerprint: layoutFingerprint(from),
        base: toPortal(from),
        draft: toPortal(draft),
      });
    write(edited(), base);
    expect(stored()).toBe(expected(edited(), base));
    const further = aLayout().section('main', ['COMMENTS'], { title: 'Other' }).build();
    write(further, base);
    expect(stored()).toBe(expected(further, base));
    // the portal's layout changed (a save): the next entry carries the new base, not the old one
    write(further, edited());
    expect(stored()).toBe(expected(further, edited()));
    expect(loadDraft(storage, PORTAL, common)?.baseFingerprint).toBe(layoutFingerprint(edited()));
  });

  it('returns null for corrupt or foreign data and never throws', () => {
    const storage = memoryStorage();
    const put = (value: string) => storage.setItem(draftStorageKey(PORTAL, common), value);
    for (const value of [
      '{not json',
      '"a string"',
      JSON.stringify({ savedAt: 'x', baseFingerprint: 'y', draft: [] }),
      JSON.stringify({ savedAt: 'x', baseFingerprint: 'y', draft: [{ title: 'no name' }] }),
      JSON.stringify({ draft: [{ name: 'main', elements: [] }] }),
    ]) {
      put(value);
      expect(loadDraft(storage, PORTAL, common)).toBeNull();
    }
    expect(loadDraft(memoryStorage({ broken: true }), PORTAL, common)).toBeNull();
    expect(listDrafts(memoryStorage({ broken: true }), PORTAL)).toEqual([]);
  });

  it('lists the readable drafts of one portal, newest first', () => {
    const storage = memoryStorage();
    const save = (portalId: string, key: DocumentKey, savedAt: string) =>
      saveDraft(storage, { portalId, key, draft: edited(), base: saved(), savedAt });
    save(PORTAL, common, '2025-05-12T10:00:00.000Z');
    save(PORTAL, personal, '2025-05-12T11:00:00.000Z');
    save('other.bitrix24.com', common, '2025-05-12T12:00:00.000Z');
    storage.setItem(`lcs:draft:v1:${PORTAL}:C:repeat`, '{broken');
    storage.setItem(`lcs:draft:v1:${PORTAL}:nonsense`, '{}');
    storage.setItem('something-else', '1');
    const fingerprint = layoutFingerprint(saved());
    expect(listDrafts(storage, PORTAL)).toEqual([
      { key: personal, tabId: '', savedAt: '2025-05-12T11:00:00.000Z', baseFingerprint: fingerprint },
      { key: common, tabId: '', savedAt: '2025-05-12T10:00:00.000Z', baseFingerprint: fingerprint },
    ]);
  });

  it("keeps one entry per tab: a tab replaces and removes only its own, and every tab's is listed", () => {
    const storage = memoryStorage();
    const renamed = aLayout()
      .section('main', ['TITLE', 'PHONE'], { title: 'Lead' })
      .section('additional', ['COMMENTS'], { title: 'More' })
      .build();
    const save = (tabId: string, draft: ReturnType<typeof saved>, savedAt: string) =>
      saveDraft(storage, { portalId: PORTAL, key: common, draft, base: saved(), savedAt, tabId });
    save('a', edited(), '2025-05-12T10:00:00.000Z');
    save('b', renamed, '2025-05-12T11:00:00.000Z');
    saveDraft(storage, {
      portalId: PORTAL,
      key: personal,
      draft: edited(),
      base: saved(),
      savedAt: '2025-05-12T12:00:00.000Z',
      tabId: 'a',
    });
    const drafts = loadDrafts(storage, PORTAL, common);
    expect(drafts.map((d) => [d.tabId, d.savedAt])).toEqual([
      ['b', '2025-05-12T11:00:00.000Z'],
      ['a', '2025-05-12T10:00:00.000Z'],
    ]);
    expect(drafts[0] && sameLayout(drafts[0].draft, renamed)).toBe(true);
    expect(loadDraft(storage, PORTAL, common)).toBeNull(); // no entry shared by every tab

    expect(discardDraft(storage, PORTAL, common, 'a')).toEqual({ ok: true });
    expect(loadDrafts(storage, PORTAL, common).map((d) => d.tabId)).toEqual(['b']);
    expect(loadDraft(storage, PORTAL, personal, 'a')).not.toBeNull();
    expect(listDrafts(storage, PORTAL).map((d) => [d.key, d.tabId])).toEqual([
      [personal, 'a'],
      [common, 'b'],
    ]);
  });

  it('reads a draft written before tabs had their own entries as a draft of no tab', () => {
    const storage = memoryStorage();
    saveDraft(storage, { portalId: PORTAL, key: common, draft: edited(), base: saved(), savedAt: 'x' });
    expect(loadDrafts(storage, PORTAL, common).map((d) => d.tabId)).toEqual(['']);
  });

  it('reports a full storage as quota and a disabled one as unavailable', () => {
    const input = { portalId: PORTAL, key: common, draft: edited(), base: saved(), savedAt: 'now' };
    expect(saveDraft(memoryStorage({ quota: 50 }), input)).toMatchObject({ ok: false, reason: 'quota' });
    expect(saveDraft(memoryStorage({ broken: true }), input)).toMatchObject({
      ok: false,
      reason: 'unavailable',
    });
    expect(discardDraft(memoryStorage({ broken: true }), PORTAL, common)).toMatchObject({ ok: false });
  });
});

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
