import { cardTypeString } from '../../../domain/cardType';
import type { DocumentKey } from '../../../store/documentKey';
import {
  addVersion,
  parseVersionList,
  recordVersion,
  type NewVersion,
  type StoredVersion,
} from '../../../store/history';
import { browserStorage } from '../document/browserStorage';

/**
 * Versions kept in the app's options on the portal, per document. All options of an app share
 * one `b_option` row on the portal, so the portal copy is shorter than the browser's.
 */
export const PORTAL_HISTORY_LIMIT = 10;

/**
 * The app option holding one document's history: `history_C_simple`, `history_P7_repeat`,
 * `history_C_deal_2` (option names keep to letters, digits and `_`).
 */
export function historyOptionName(key: DocumentKey): string {
  const card = cardTypeString(key.card).replaceAll(':', '_');
  return key.scope === 'C' ? `history_C_${card}` : `history_P${key.userId ?? 0}_${card}`;
}

/**
 * Keeps the layout a save is about to overwrite: in this browser always, and returns the new
 * text of the portal's history option when the re-read brought the old one (`portalHistory`
 * string or `null`), or `null` when there is nothing to send (no app, or nothing new to keep).
 */
export function keepVersion(
  storageId: string,
  key: DocumentKey,
  entry: NewVersion,
  portalHistory: string | null | undefined,
): { readonly option: string; readonly value: string } | null {
  const storage = browserStorage();
  if (storage) recordVersion(storage, { ...entry, portalId: storageId, key });
  if (portalHistory === undefined) return null;
  const { list, added } = addVersion(parseVersionList(portalHistory), entry, PORTAL_HISTORY_LIMIT);
  return added ? { option: historyOptionName(key), value: JSON.stringify(list) } : null;
}

/** The portal's history option text as versions (unreadable text gives none). */
export const portalVersions = (text: unknown): StoredVersion[] =>
  typeof text === 'string' ? parseVersionList(text) : [];
