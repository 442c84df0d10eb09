import { isPortalError } from '../../../api/errors';
import { fromPortal, predictStored, type LoadedLayout } from '../../../api/methods/layoutMapping';
import { reReadLayout, writeLayout } from '../../../api/methods/layoutSave';
import { sameLayout } from '../../../domain/layoutEquals';
import type { Layout } from '../../../domain/types';
import { langStore } from '../../../i18n/i18nStore';
import { defaultLayoutOf } from '../../../domain/cards/index';
import { alignSections } from '../safety/alignSections';
import type { DocumentEnv } from '../document/documentContext';
import { historyOptionName, keepVersion } from '../safety/versionKeeping';

/** Someone saved since this document was loaded: the three layouts the conflict dialog shows. */
export interface SaveConflict {
  /** What the draft was made from. */
  readonly base: Layout;
  readonly mine: Layout;
  /** What the portal holds now (its default when nothing is stored). */
  readonly theirs: Layout;
  readonly theirsIsDefault: boolean;
  /** `theirs` as `get` answered; `null`: nothing stored. */
  readonly theirsPortal: Layout | null;
}

export type CheckedSaveResult =
  | { readonly kind: 'conflict'; readonly conflict: SaveConflict; readonly now: LoadedLayout | null }
  | {
      readonly kind: 'saved';
      /** What the editor shows from now on: what the portal holds, with the draft's section ids. */
      readonly shown: Layout;
      /** What `get` will answer. */
      readonly stored: LoadedLayout;
    };

/** Errors of the write itself (not of the re-read): such a write may have been stored all the same. */
const writeFailures = new WeakSet<object>();

/**
 * Whether `e` came from the write and its answer was lost or unreadable (no answer, a time-out, a
 * broken body with HTTP 2xx): the portal may hold the layout although the save failed.
 */
export function writeMayHaveRun(e: unknown): boolean {
  return (
    isPortalError(e) &&
    writeFailures.has(e) &&
    (e.kind === 'network' ||
      e.kind === 'timeout' ||
      e.kind === 'aborted' ||
      (e.kind === 'decode' && e.status >= 200 && e.status < 300))
  );
}

/** Whether the portal still holds what this document last read or wrote. */
const unchanged = (now: LoadedLayout | null, known: Layout | null): boolean =>
  now === null ? known === null : known !== null && sameLayout(now.layout, known);

/**
 * A save in two requests: read the layout again; if someone else saved since it was loaded, stop
 * with a conflict (never overwrite silently); otherwise keep the layout being overwritten
 * (history: this browser, and in an app the portal, inside the same requests), then write `draft`.
 */
export async function checkedSave(
  env: DocumentEnv,
  draft: Layout,
  signal?: AbortSignal,
): Promise<CheckedSaveResult> {
  const { client, docKey: key, editor, cardFields, storageId, me, appContext } = env;
  const { saved, portal } = editor.getState();
  const layoutKey = { scope: key.scope, userId: key.userId, card: key.card };
  const opts = signal ? { signal } : {};
  const now = await reReadLayout(client, layoutKey, appContext ? historyOptionName(key) : null, opts);
  // the same section renamed elsewhere keeps its id, so a conflict shows a rename, not a new section;
  // nothing stored: the default card, titled as the editor opened it (in the interface language)
  const lang = langStore.getState().lang;
  const theirs = alignSections(saved, now.layout?.layout ?? defaultLayoutOf(key.card, cardFields, lang));
  // an earlier save whose answer was lost may have stored this very draft: not someone else's save
  const mineStored =
    now.layout !== null && sameLayout(now.layout.layout, fromPortal(predictStored(draft)).layout);
  if (!unchanged(now.layout, portal) && !mineStored) {
    const conflict = {
      base: saved,
      mine: draft,
      theirs,
      theirsIsDefault: now.layout === null,
      theirsPortal: now.layout?.layout ?? null,
    };
    return { kind: 'conflict', conflict, now: now.layout };
  }
  const at = new Date().toISOString();
  const entry = { layout: theirs, wasDefault: now.layout === null, savedBy: me, at };
  const history = keepVersion(storageId, key, entry, now.portalHistory);
  const written = await writeLayout(client, layoutKey, draft, history, opts).catch((e: unknown) => {
    if (typeof e === 'object' && e !== null) writeFailures.add(e);
    throw e;
  });
  const stored = written.stored.layout;
  // the portal drops renamed labels and stores form values as text: show what it holds
  const shown = sameLayout(stored, draft)
    ? draft
    : { sections: stored.sections.map((s, i) => ({ ...s, id: draft.sections[i]?.id ?? s.id })) };
  return { kind: 'saved', shown, stored: written.stored };
}
