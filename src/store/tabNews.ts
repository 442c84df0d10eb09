import { z } from 'zod';
import { fromPortal, toPortal } from '../api/methods/layoutMapping';
import { PortalLayoutSchema } from '../api/schemas/layout';
import type { Layout } from '../domain/types';
import { documentKeyString, type DocumentKey } from './documentKey';

const CHANNEL = 'lcs:saves:v1';

const SavedMessageSchema = z.object({
  type: z.literal('saved'),
  storageId: z.string(),
  doc: z.string(),
  tabId: z.string(),
  at: z.string(),
  layout: PortalLayoutSchema.min(1),
});

/** Another tab of this browser saved a layout. */
export interface SavedElsewhere {
  readonly storageId: string;
  /** `documentKeyString` of the layout saved. */
  readonly doc: string;
  readonly tabId: string;
  /** ISO 8601. */
  readonly at: string;
  /** What the portal holds now, as `get` answers. */
  readonly layout: Layout;
}

/** Node and every browser the app supports have it; a missing one means tabs are not told. */
function openChannel(): BroadcastChannel | null {
  try {
    return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
  } catch {
    return null;
  }
}

let sender: BroadcastChannel | null | undefined;

export interface SavedAnnouncement {
  readonly storageId: string;
  readonly key: DocumentKey;
  readonly tabId: string;
  /** What `get` answers after the save. */
  readonly stored: Layout;
  readonly at?: string;
}

/** Tells the other tabs of this browser that this tab saved a layout (they may be editing it too). */
export function announceSaved({ storageId, key, tabId, stored, at }: SavedAnnouncement): void {
  sender ??= openChannel();
  sender?.postMessage({
    type: 'saved',
    storageId,
    doc: documentKeyString(key),
    tabId,
    at: at ?? new Date().toISOString(),
    layout: toPortal(stored),
  });
}

/**
 * Calls `listener` for every save another tab announces (messages of a wrong shape are ignored);
 * returns the unsubscribe.
 */
export function onSavedElsewhere(listener: (news: SavedElsewhere) => void): () => void {
  const channel = openChannel();
  if (!channel) return () => {};
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const parsed = SavedMessageSchema.safeParse(event.data);
    if (!parsed.success) return;
    const { layout } = fromPortal(parsed.data.layout);
    if (layout.sections.length === 0) return;
    const { storageId, doc, tabId, at } = parsed.data;
    listener({ storageId, doc, tabId, at, layout });
  };
  return () => channel.close();
}
