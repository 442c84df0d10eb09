import { z } from 'zod';
import { fromPortal, toPortal, type LayoutNotice } from '../api/methods/layoutMapping';
import { PortalLayoutSchema } from '../api/schemas/layout';
import { deepEqual } from '../domain/deepEqual';
import type { Layout } from '../domain/types';
import { documentKeyString, type DocumentKey } from './documentKey';
import { isQuotaError } from './storageFailures';

/** Versions kept per document; the oldest goes first. */
export const HISTORY_LIMIT = 30;

const HISTORY_PREFIX = 'lcs:history:v1:';

/**
 * Layout history (issue 6): before each save, the layout being overwritten is kept, newest first,
 * at most `HISTORY_LIMIT` per document. In the browser one JSON list per document lives under
 * `lcs:history:v1:{portalId}:{documentKeyString}`; `parseVersionList` / `addVersion` are the same
 * rules on plain data, for a copy in the app's storage on the portal.
 */
export const historyStorageKey = (portalId: string, key: DocumentKey): string =>
  `${HISTORY_PREFIX}${encodeURIComponent(portalId)}:${documentKeyString(key)}`;

/** The Bitrix24 user who saved. */
export interface SavedBy {
  readonly id: number;
  readonly name: string;
}

const StoredVersionSchema = z.object({
  id: z.string(),
  at: z.string(),
  savedBy: z.object({ id: z.number(), name: z.string() }),
  wasDefault: z.boolean().optional(),
  sections: PortalLayoutSchema,
});

/** One kept version as stored: the overwritten layout in the portal payload shape. */
export type StoredVersion = z.infer<typeof StoredVersionSchema>;

/** A version for the list: `at` and `savedBy` tell which save replaced this layout. */
export interface VersionSummary {
  readonly id: string;
  /** ISO 8601 time of the save that replaced this layout. */
  readonly at: string;
  /** Who made that save. */
  readonly savedBy: SavedBy;
  /** Nothing was stored then: this is the portal's built-in layout (restoring it could also be a reset). */
  readonly wasDefault: boolean;
  readonly sectionCount: number;
  readonly fieldCount: number;
}

/** A kept version with its layout, to preview or restore as a draft. */
export interface Version extends VersionSummary {
  readonly layout: Layout;
  /** What `fromPortal` read differently (normally none). */
  readonly notices: readonly LayoutNotice[];
}

/** The versions in `text` (a stored list), newest first; unreadable text gives none, unreadable entries are skipped. */
export function parseVersionList(text: string | null): StoredVersion[] {
  if (text === null) return [];
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((entry) => {
    const parsed = StoredVersionSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

/** What `addVersion` / `recordVersion` keep: the layout a save is about to overwrite. */
export interface NewVersion {
  /** The layout being overwritten. */
  readonly layout: Layout;
  readonly savedBy: SavedBy;
  /** ISO 8601 time of the save. */
  readonly at: string;
  readonly wasDefault?: boolean;
}

/**
 * `list` with `entry` in front, the oldest dropped beyond `limit`; `added` is false (and `list`
 * returned as is) when the newest version already holds the same layout, e.g. a save retried after
 * a network error. Ids are the save time, with `#2`, `#3`... when two saves share a millisecond.
 */
export function addVersion(
  list: readonly StoredVersion[],
  entry: NewVersion,
  limit: number = HISTORY_LIMIT,
): { readonly list: readonly StoredVersion[]; readonly version: StoredVersion; readonly added: boolean } {
  const sections = toPortal(entry.layout);
  const wasDefault = entry.wasDefault ?? false;
  const newest = list[0];
  if (newest && (newest.wasDefault ?? false) === wasDefault && deepEqual(newest.sections, sections)) {
    return { list, version: newest, added: false };
  }
  let id = entry.at;
  for (let n = 2; list.some((v) => v.id === id); n++) id = `${entry.at}#${n}`;
  const version: StoredVersion = {
    id,
    at: entry.at,
    savedBy: { id: entry.savedBy.id, name: entry.savedBy.name },
    ...(wasDefault ? { wasDefault } : {}),
    sections,
  };
  return { list: [version, ...list].slice(0, Math.max(limit, 1)), version, added: true };
}

/** What the version list shows of a kept version. */
export function summaryOf(v: StoredVersion): VersionSummary {
  return {
    id: v.id,
    at: v.at,
    savedBy: v.savedBy,
    wasDefault: v.wasDefault ?? false,
    sectionCount: v.sections.length,
    fieldCount: v.sections.reduce((n, s) => n + (s.elements?.length ?? 0), 0),
  };
}

function readList(storage: Storage, storageKey: string): StoredVersion[] {
  try {
    return parseVersionList(storage.getItem(storageKey));
  } catch {
    return [];
  }
}

/** The outcome of `recordVersion`; storage errors are returned, never thrown. */
export type RecordVersionResult =
  | {
      readonly ok: true;
      readonly version: VersionSummary;
      /** False when the newest version already held this layout. */
      readonly added: boolean;
      /** Old versions dropped beyond the limit or to make room in a full storage. */
      readonly dropped: number;
    }
  | { readonly ok: false; readonly reason: 'quota' | 'unavailable'; readonly error: unknown };

/**
 * Keeps `layout` (what the save is about to overwrite) as the newest version of the document;
 * when the browser's storage is full the oldest versions are dropped until it fits. Never throws.
 */
export function recordVersion(
  storage: Storage,
  input: NewVersion & { readonly portalId: string; readonly key: DocumentKey },
): RecordVersionResult {
  const storageKey = historyStorageKey(input.portalId, input.key);
  const before = readList(storage, storageKey);
  const { list, version, added } = addVersion(before, input);
  if (!added) return { ok: true, version: summaryOf(version), added, dropped: 0 };
  let kept = list;
  for (;;) {
    try {
      storage.setItem(storageKey, JSON.stringify(kept));
      return { ok: true, version: summaryOf(version), added, dropped: before.length + 1 - kept.length };
    } catch (error) {
      if (!isQuotaError(error) || kept.length <= 1) {
        return { ok: false, reason: isQuotaError(error) ? 'quota' : 'unavailable', error };
      }
      kept = kept.slice(0, -1);
    }
  }
}

/** The kept versions of one document, newest first; never throws. */
export function listVersions(storage: Storage, portalId: string, key: DocumentKey): VersionSummary[] {
  return readList(storage, historyStorageKey(portalId, key)).map(summaryOf);
}

/** One kept version with its layout (to preview, or restore as a draft), or `null`. */
export function getVersion(storage: Storage, portalId: string, key: DocumentKey, id: string): Version | null {
  const found = readList(storage, historyStorageKey(portalId, key)).find((v) => v.id === id);
  if (!found) return null;
  const { layout, notices } = fromPortal(found.sections);
  return { ...summaryOf(found), layout, notices };
}
