// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import type { Layout } from '../../../domain/types';
import type { DocumentKey } from '../../../store/documentKey';
import { loadDrafts, saveDraft } from '../../../store/draftStorage';
import { createEditorStore } from '../../../store/editorStore';
import { thisTabId } from '../../../store/tabIdentity';
import { aLayout } from '../../../testing/builders';
import { keepDrafts, pendingDrafts } from './draftKeeping';

const KEY: DocumentKey = { scope: 'C', userId: null, card: { entity: 'lead', leadType: 'simple' } };
const STORAGE = 'test~user1';
const SAVED = aLayout().section('main', ['TITLE', 'PHONE'], { title: 'Main' }).build();
const EDITED = aLayout().section('main', ['TITLE'], { title: 'Main' }).build();

const keepFor = (tabId: string, draft: Layout = EDITED, savedAt = '2025-05-12T10:00:00.000Z') =>
  saveDraft(localStorage, { portalId: STORAGE, key: KEY, draft, base: SAVED, savedAt, tabId });
const tabsOf = (drafts: readonly { tabId: string }[]) => drafts.map((d) => d.tabId).sort();

beforeEach(() => localStorage.clear());

describe('pendingDrafts', () => {
  it("offers this tab's draft and those of closed tabs, never one of a tab still open", () => {
    keepFor(thisTabId());
    keepFor('opentab');
    keepFor('closedtab');
    keepFor(''); // written before drafts were kept per tab
    const store = () => createEditorStore(SAVED, false);
    expect(tabsOf(pendingDrafts(store(), KEY, STORAGE, new Set(['opentab'])))).toEqual(
      ['', 'closedtab', thisTabId()].sort(),
    );
    // a browser that cannot tell: every draft
    expect(tabsOf(pendingDrafts(store(), KEY, STORAGE, null))).toEqual(
      ['', 'closedtab', 'opentab', thisTabId()].sort(),
    );
  });

  it("removes a closed tab's draft that is what the portal holds now, and leaves an open tab's alone", () => {
    keepFor('opentab', SAVED);
    keepFor('closedtab', SAVED);
    expect(pendingDrafts(createEditorStore(SAVED, false), KEY, STORAGE, new Set(['opentab']))).toEqual([]);
    expect(tabsOf(loadDrafts(localStorage, STORAGE, KEY))).toEqual(['opentab']);
  });
});

describe('keepDrafts', () => {
  it('removes adopted drafts of other tabs only once this tab holds them', () => {
    keepFor('closedtab');
    const [adopted] = pendingDrafts(createEditorStore(SAVED, false), KEY, STORAGE, new Set());
    const store = createEditorStore(SAVED, false);
    if (adopted) store.getState().apply({ type: 'replaceLayout', layout: adopted.draft });
    keepDrafts(store, KEY, STORAGE, adopted ? [adopted] : []);
    expect(tabsOf(loadDrafts(localStorage, STORAGE, KEY))).toEqual([thisTabId()]);
  });
});
