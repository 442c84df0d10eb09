import { z } from 'zod';
import { fromPortal, toPortal, type LayoutNotice } from '../api/methods/layoutMapping';
import { PortalLayoutSchema } from '../api/schemas/layout';
import { parseCardType } from '../domain/cardType';
import type { Layout } from '../domain/types';
import { documentKeyString, type DocumentKey } from './documentKey';
import { layoutFingerprint } from './layoutFingerprint';
import { writeFailure, type DraftWriteResult } from './storageFailures';

const DRAFT_PREFIX = 'lcs:draft:v1:';
/** Between the document and the tab in a key: neither a document key nor a tab id contains it. */
const TAB_MARK = '@';

/**
 * Drafts kept in the browser (issue 6), one entry per portal, document and browser tab:
 * `lcs:draft:v1:{portalId}:{documentKeyString}@{tabId}` -> `{savedAt, baseFingerprint, base, draft}`.
 * Tabs of one browser share `localStorage`, so each tab writes and deletes only its own entry: a
 * save in one tab cannot remove another tab's unsaved work. An entry without `@{tabId}` was written
 * before drafts were kept per tab (`tabId` ''); it is read like any other tab's draft. The draft
 * and its base (the saved layout it was made from, for a three-way merge when the portal
 * changed in the meantime) are stored in the portal payload shape (`toPortal`) and read back with `fromPortal`, so a stored
 * draft outlives changes to the editor's own types. `portalId` is URI-encoded in the key (a URL
 * would otherwise bring its own colons); include the signed-in user in it if two people share a browser.
 */
export const draftStorageKey = (portalId: string, key: DocumentKey, tabId = ''): string =>
  `${DRAFT_PREFIX}${encodeURIComponent(portalId)}:${documentKeyString(key)}${tabId === '' ? '' : TAB_MARK + tabId}`;

const StoredDraftSchema = z.object({
  savedAt: z.string(),
  baseFingerprint: z.string(),
  base: PortalLayoutSchema.optional(),
  draft: PortalLayoutSchema.min(1),
});

/** A draft read back from the browser. */
export interface StoredDraft {
  /** The tab that wrote it ('' for drafts written before drafts were kept per tab). */
  readonly tabId: string;
  /** ISO 8601 time of the last write. */
  readonly savedAt: string;
  /** `layoutFingerprint` of the saved layout the draft was made from: differs when the portal changed since. */
  readonly baseFingerprint: string;
  /** The saved layout the draft was made from (absent in drafts written before it was kept). */
  readonly base?: Layout;
  readonly draft: Layout;
  /** What `fromPortal` read differently (normally none). */
  readonly notices: readonly LayoutNotice[];
}

// The saved layout is never changed in place (every edit makes a new one): it is serialised once
// per base, not on every draft write.
const baseJsons = new WeakMap<Layout, string>();

function baseJson(base: Layout): string {
  let json = baseJsons.get(base);
  if (json === undefined) {
    json = JSON.stringify(toPortal(base));
    baseJsons.set(base, json);
  }
  return json;
}

export interface SaveDraftInput {
  readonly portalId: string;
  readonly key: DocumentKey;
  readonly draft: Layout;
  /** The saved layout the draft was made from (its fingerprint is kept). */
  readonly base: Layout;
  /** ISO 8601. */
  readonly savedAt: string;
  /** The tab writing it (see `draftStorageKey`). */
  readonly tabId?: string;
}

/** Writes the draft of one document in one tab, replacing that tab's previous one; never throws. */
export function saveDraft(storage: Storage, input: SaveDraftInput): DraftWriteResult {
  // `JSON.stringify({savedAt, baseFingerprint, base, draft})`, the base's part made once per base
  const value =
    `{"savedAt":${JSON.stringify(input.savedAt)},"baseFingerprint":${JSON.stringify(layoutFingerprint(input.base))}` +
    `,"base":${baseJson(input.base)},"draft":${JSON.stringify(toPortal(input.draft))}}`;
  try {
    storage.setItem(draftStorageKey(input.portalId, input.key, input.tabId), value);
    return { ok: true };
  } catch (error) {
    return writeFailure(error);
  }
}

function readDraft(storage: Storage, storageKey: string, tabId: string): StoredDraft | null {
  try {
    const text = storage.getItem(storageKey);
    if (text === null) return null;
    const parsed = StoredDraftSchema.safeParse(JSON.parse(text));
    if (!parsed.success) return null;
    const { layout, notices } = fromPortal(parsed.data.draft);
    if (layout.sections.length === 0) return null;
    const base = parsed.data.base && fromPortal(parsed.data.base).layout;
    return {
      tabId,
      savedAt: parsed.data.savedAt,
      baseFingerprint: parsed.data.baseFingerprint,
      ...(base ? { base } : {}),
      draft: layout,
      notices,
    };
  } catch {
    return null; // unreadable storage, broken JSON: as good as no draft
  }
}

/** The stored draft of one document in one tab, or `null` when there is none or it cannot be read (never throws). */
export function loadDraft(
  storage: Storage,
  portalId: string,
  key: DocumentKey,
  tabId = '',
): StoredDraft | null {
  return readDraft(storage, draftStorageKey(portalId, key, tabId), tabId);
}

/** Forgets the draft of one document in one tab; never throws. */
export function discardDraft(
  storage: Storage,
  portalId: string,
  key: DocumentKey,
  tabId = '',
): DraftWriteResult {
  try {
    storage.removeItem(draftStorageKey(portalId, key, tabId));
    return { ok: true };
  } catch (error) {
    return writeFailure(error);
  }
}

/** The inverse of `documentKeyString` (`C:simple`, `P:7:repeat`, `C:deal:2`), or `null`. */
export function parseDocumentKeyString(text: string): DocumentKey | null {
  const common = /^C:([\w:]+)$/.exec(text);
  const personal = /^P:(\d+):([\w:]+)$/.exec(text);
  const cardText = common?.[1] ?? personal?.[2];
  const card = cardText === undefined ? null : parseCardType(cardText);
  if (!card) return null;
  return personal ? { scope: 'P', userId: Number(personal[1]), card } : { scope: 'C', userId: null, card };
}

/** One stored draft in `listDrafts`. */
export interface DraftEntry {
  readonly key: DocumentKey;
  readonly tabId: string;
  readonly savedAt: string;
  readonly baseFingerprint: string;
}

const newestFirst = (a: { savedAt: string }, b: { savedAt: string }): number =>
  a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0;

/** Every readable draft of `portalId`, of every tab, newest first; never throws. */
function readAll(storage: Storage, portalId: string): { key: DocumentKey; draft: StoredDraft }[] {
  const prefix = `${DRAFT_PREFIX}${encodeURIComponent(portalId)}:`;
  const found: { key: DocumentKey; draft: StoredDraft }[] = [];
  try {
    for (let i = 0; i < storage.length; i++) {
      const storageKey = storage.key(i);
      if (storageKey === null || !storageKey.startsWith(prefix)) continue;
      const [docText = '', tabId = ''] = storageKey.slice(prefix.length).split(TAB_MARK);
      const key = parseDocumentKeyString(docText);
      const draft = key && readDraft(storage, storageKey, tabId);
      if (key && draft) found.push({ key, draft });
    }
  } catch {
    // storage became unreadable midway: what was read so far
  }
  return found.sort((a, b) => newestFirst(a.draft, b.draft));
}

/** Every readable draft of `portalId`, newest first (to offer them back after a reload); never throws. */
export function listDrafts(storage: Storage, portalId: string): DraftEntry[] {
  return readAll(storage, portalId).map(({ key, draft }) => ({
    key,
    tabId: draft.tabId,
    savedAt: draft.savedAt,
    baseFingerprint: draft.baseFingerprint,
  }));
}

/** The drafts of one document kept by every tab, newest first; never throws. */
export function loadDrafts(storage: Storage, portalId: string, key: DocumentKey): StoredDraft[] {
  const wanted = documentKeyString(key);
  return readAll(storage, portalId)
    .filter((d) => documentKeyString(d.key) === wanted)
    .map((d) => d.draft);
}
