import { describe, expect, it } from 'vitest';
import { toPortal } from '../api/methods/layoutMapping';
import type { Layout } from '../domain/types';
import { sameLayout } from '../domain/layoutEquals';
import { aLayout } from '../testing/builders';
import { common, edited, personal, PORTAL, saved } from '../testing/draftFixtures';
import { memoryStorage } from '../testing/memoryStorage';
import type { DocumentKey } from './documentKey';
import {
  discardDraft,
  draftStorageKey,
  listDrafts,
  loadDraft,
  loadDrafts,
  parseDocumentKeyString,
  saveDraft,
} from './draftStorage';
import { layoutFingerprint } from './layoutFingerprint';

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
