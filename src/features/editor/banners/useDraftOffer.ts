import { useCallback, useEffect, useRef, useState } from 'react';
import { mergeLayouts } from '../../../domain/merge';
import type { Layout } from '../../../domain/types';
import { useT } from '../../../i18n/i18nStore';
import type { StoredDraft } from '../../../store/draftStorage';
import { isDirty } from '../../../store/editorStore';
import { layoutFingerprint } from '../../../store/layoutFingerprint';
import { openTabs } from '../../../store/tabIdentity';
import { showToast } from '../../../ui/toastStore';
import { alignSections } from '../safety/alignSections';
import type { DocumentEnv } from '../document/documentContext';
import { forgetDraft, keepDrafts, pendingDrafts } from './draftKeeping';

/** A kept draft whose base differs from what the editor holds now, with conflicting changes. */
export interface RestoreConflict {
  readonly base: Layout;
  readonly mine: Layout;
  readonly theirs: Layout;
  /** `theirs` is a draft restored just before (of another tab), not only what was saved. */
  readonly withDrafts: boolean;
}

export interface DraftOffer {
  /** A draft from an earlier visit or a closed tab, not answered yet (the newest first). */
  readonly offer: StoredDraft | null;
  /** How many more drafts of this layout wait after `offer`. */
  readonly more: number;
  /** Set when restoring needs the user to pick between the draft and newer changes. */
  readonly conflict: RestoreConflict | null;
  restore(): void;
  discard(): void;
  /** Ends the restore conflict with the chosen layout as the draft (`null`: keep what the editor has). */
  finishRestore(draft: Layout | null): void;
  /** Closes the restore conflict and offers the draft again. */
  cancelRestore(): void;
}

/**
 * Offers back the drafts kept in the browser (after a reload, a crash, a closed tab, or several
 * closed tabs), one at a time, newest first. A draft made from the layout the editor holds comes
 * back as it was; one made from an older layout is merged with what changed since — newer saves,
 * and drafts restored before it (three-way, with the kept base), asking on conflicts. Restoring is
 * one undoable step. Changes are kept from the moment every offer is answered.
 */
export function useDraftOffer({ editor, docKey, storageId }: DocumentEnv): DraftOffer {
  // drafts wait until this tab has its own id and the browser said which tabs are still open
  const [liveness] = useState(openTabs);
  const [offers, setOffers] = useState(() =>
    liveness ? [] : pendingDrafts(editor, docKey, storageId, null),
  );
  const [ready, setReady] = useState(liveness === null);
  const [conflict, setConflict] = useState<RestoreConflict | null>(null);
  const adopted = useRef<StoredDraft[]>([]);
  const seen = useRef(new Set<string>());
  const t = useT();
  useEffect(() => {
    let current = true;
    void liveness?.then((open) => {
      if (!current) return;
      setOffers((now) => {
        const known = new Set([...now.map((d) => d.tabId), ...seen.current]);
        const later = pendingDrafts(editor, docKey, storageId, open).filter((d) => !known.has(d.tabId));
        return later.length === 0 ? now : [...now, ...later].sort((a, b) => (a.savedAt < b.savedAt ? 1 : -1));
      });
      setReady(true);
    });
    return () => {
      current = false;
    };
  }, [liveness, editor, docKey, storageId]);
  const offer = offers[0] ?? null;
  useEffect(() => {
    if (ready && !offer && !conflict) keepDrafts(editor, docKey, storageId, adopted.current);
  }, [ready, offer, conflict, editor, docKey, storageId]);
  const put = useCallback(
    (layout: Layout) => editor.getState().apply({ type: 'replaceLayout', layout }),
    [editor],
  );
  const answer = useCallback((done: StoredDraft, restored: boolean) => {
    seen.current.add(done.tabId);
    if (restored) adopted.current.push(done);
    setOffers((now) => now.filter((d) => d !== done));
  }, []);
  const restore = useCallback(() => {
    if (!offer) return;
    const state = editor.getState();
    // what the editor holds: the saved layout, or the saved one with drafts restored before
    const withDrafts = isDirty(state);
    const current = state.draft;
    if (offer.baseFingerprint === layoutFingerprint(current) || (!offer.base && !withDrafts)) {
      put(offer.draft);
      if (offer.baseFingerprint !== layoutFingerprint(current)) {
        showToast('info', t('pieces.draft.restoredCheckDiff'));
      }
    } else {
      const base = offer.base ?? state.saved;
      const mine = alignSections(base, offer.draft);
      const theirs = alignSections(base, current);
      const merge = mergeLayouts(base, mine, theirs);
      if (merge.conflicts.length > 0) {
        setConflict({ base, mine, theirs, withDrafts });
        return; // the offer stays until the conflict is answered
      }
      put(merge.merged);
      showToast('info', t(withDrafts ? 'pieces.draft.restoredMergedDrafts' : 'pieces.draft.restoredMerged'));
    }
    answer(offer, true);
  }, [offer, editor, put, t, answer]);
  const discard = useCallback(() => {
    if (!offer) return;
    forgetDraft(docKey, storageId, offer.tabId);
    answer(offer, false);
  }, [offer, docKey, storageId, answer]);
  const finishRestore = useCallback(
    (draft: Layout | null) => {
      if (!offer) return;
      if (draft) put(draft);
      else forgetDraft(docKey, storageId, offer.tabId);
      setConflict(null);
      answer(offer, draft !== null);
    },
    [offer, put, docKey, storageId, answer],
  );
  const cancelRestore = useCallback(() => setConflict(null), []);
  return {
    offer,
    more: Math.max(0, offers.length - 1),
    conflict,
    restore,
    discard,
    finishRestore,
    cancelRestore,
  };
}
