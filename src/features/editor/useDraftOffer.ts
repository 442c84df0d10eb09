import { useCallback, useEffect, useState } from 'react';
import { mergeLayouts } from '../../domain/merge';
import type { Layout } from '../../domain/types';
import { useT } from '../../i18n/i18nStore';
import { layoutFingerprint, type StoredDraft } from '../../store/draftStorage';
import { showToast } from '../../ui/toastStore';
import { alignSections } from './alignSections';
import type { DocumentEnv } from './documentEnv';
import { forgetDraft, keepDrafts, pendingDraft } from './draftKeeping';

/** A kept draft whose base differs from what the portal holds now, with conflicting changes. */
export interface RestoreConflict {
  readonly base: Layout;
  readonly mine: Layout;
  readonly theirs: Layout;
}

export interface DraftOffer {
  /** A draft from an earlier visit, not answered yet. */
  readonly offer: StoredDraft | null;
  /** Set when restoring needs the user to pick between the draft and newer saved changes. */
  readonly conflict: RestoreConflict | null;
  restore(): void;
  discard(): void;
  /** Ends the restore conflict with the chosen layout as the draft (`null`: keep the saved one). */
  finishRestore(draft: Layout | null): void;
  /** Closes the restore conflict and offers the draft again. */
  cancelRestore(): void;
}

/**
 * Offers back a draft kept in the browser (after a reload, a crash or a closed tab). A draft made
 * from the layout that is still saved comes back as it was; one made from an older saved layout
 * is merged with what was saved since (three-way, with the kept base), asking on conflicts.
 * Restoring is one undoable step. Changes are kept from the moment the offer is answered.
 */
export function useDraftOffer({ editor, docKey, storageId }: DocumentEnv): DraftOffer {
  const [offer, setOffer] = useState(() => pendingDraft(editor, docKey, storageId));
  const [conflict, setConflict] = useState<RestoreConflict | null>(null);
  const t = useT();
  useEffect(() => {
    if (!offer && !conflict) keepDrafts(editor, docKey, storageId);
  }, [offer, conflict, editor, docKey, storageId]);
  const put = useCallback(
    (layout: Layout) => editor.getState().apply({ type: 'replaceLayout', layout }),
    [editor],
  );
  const restore = useCallback(() => {
    if (!offer) return;
    const saved = editor.getState().saved;
    if (offer.baseFingerprint === layoutFingerprint(saved) || !offer.base) {
      put(offer.draft);
      if (offer.baseFingerprint !== layoutFingerprint(saved)) {
        showToast('info', t('pieces.draft.restoredCheckDiff'));
      }
    } else {
      const mine = alignSections(offer.base, offer.draft);
      const theirs = alignSections(offer.base, saved);
      const merge = mergeLayouts(offer.base, mine, theirs);
      if (merge.conflicts.length > 0) {
        setConflict({ base: offer.base, mine, theirs });
        return; // the offer stays until the conflict is answered
      }
      put(merge.merged);
      showToast('info', t('pieces.draft.restoredMerged'));
    }
    setOffer(null);
  }, [offer, editor, put, t]);
  const discard = useCallback(() => {
    forgetDraft(docKey, storageId);
    setOffer(null);
  }, [docKey, storageId]);
  const finishRestore = useCallback(
    (draft: Layout | null) => {
      if (draft) put(draft);
      else forgetDraft(docKey, storageId);
      setConflict(null);
      setOffer(null);
    },
    [put, docKey, storageId],
  );
  const cancelRestore = useCallback(() => setConflict(null), []);
  return { offer, conflict, restore, discard, finishRestore, cancelRestore };
}
