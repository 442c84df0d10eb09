import { z } from 'zod';
import { parseWebhookUrl } from '../../api/auth';

/**
 * Where a checked webhook is kept: `sessionStorage` (this browser tab only, gone when the tab
 * closes) unless the user ticked "remember on this device" (`localStorage`). The URL contains the
 * secret, so it is stored nowhere else: not in the page URL, not in logs, not in error texts.
 */
export interface SavedWebhook {
  /** `https://PORTAL/rest/USER/SECRET/` as `parseWebhookUrl` normalised it. */
  readonly url: string;
  /** Who `profile` said the webhook signs in as. */
  readonly userName: string;
  /** Kept in `localStorage` (survives the tab). */
  readonly remembered: boolean;
}

export interface WebhookStorages {
  readonly session: Storage | null;
  readonly local: Storage | null;
}

const KEY = 'lcs:webhook';
const StoredSchema = z.object({ v: z.literal(1), url: z.string(), userName: z.string() });

function storageOf(get: () => Storage): Storage | null {
  try {
    return get();
  } catch {
    // Storage can be switched off (privacy settings, sandboxed frames): then nothing is kept.
    return null;
  }
}

export const browserStorages = (): WebhookStorages => ({
  session: storageOf(() => window.sessionStorage),
  local: storageOf(() => window.localStorage),
});

function read(storage: Storage | null): { url: string; userName: string } | null {
  if (!storage) return null;
  let raw: string | null;
  try {
    raw = storage.getItem(KEY);
  } catch {
    return null;
  }
  if (raw === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  const parsed = StoredSchema.safeParse(value);
  if (!parsed.success || !parseWebhookUrl(parsed.data.url).ok) return null;
  return { url: parsed.data.url, userName: parsed.data.userName };
}

function remove(storage: Storage | null): void {
  try {
    storage?.removeItem(KEY);
  } catch {
    // nothing stored, nothing to remove
  }
}

/** The webhook of this tab, else the one remembered on this device; null when none is valid. */
export function loadSavedWebhook(storages: WebhookStorages): SavedWebhook | null {
  const inTab = read(storages.session);
  if (inTab) return { ...inTab, remembered: false };
  const onDevice = read(storages.local);
  return onDevice ? { ...onDevice, remembered: true } : null;
}

/** Keeps the webhook for this tab, or on this device when `remember`; clears the other place. */
export function saveWebhook(
  storages: WebhookStorages,
  webhook: { readonly url: string; readonly userName: string },
  remember: boolean,
): SavedWebhook {
  const value = JSON.stringify({ v: 1, url: webhook.url, userName: webhook.userName });
  const [keep, drop] = remember ? [storages.local, storages.session] : [storages.session, storages.local];
  remove(drop);
  try {
    keep?.setItem(KEY, value);
  } catch {
    // Full or blocked storage: the connection still works until the page is closed.
  }
  return { url: webhook.url, userName: webhook.userName, remembered: remember };
}

/** Removes the webhook from this tab and from this device. */
export function forgetWebhook(storages: WebhookStorages): void {
  remove(storages.session);
  remove(storages.local);
}
