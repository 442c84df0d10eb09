import { useCallback, useEffect, useState } from 'react';
import { sameLayout } from '../../../domain/layoutEquals';
import type { Layout } from '../../../domain/types';
import { documentKeyString } from '../../../store/documentKey';
import { isDirty } from '../../../store/editorStore';
import { thisTabId } from '../../../store/tabIdentity';
import { onSavedElsewhere } from '../../../store/tabNews';
import { alignSections } from '../safety/alignSections';
import type { DocumentEnv } from '../document/documentContext';

/** Another tab saved the layout this tab edits. */
export interface OtherTabSave {
  /** ISO 8601. */
  readonly at: string;
  /** `shown`: this tab had no unsaved changes and shows the new layout; `unsaved`: the user chooses. */
  readonly kind: 'shown' | 'unsaved';
  /** What the draft here was made from, and what the other tab saved (section ids aligned). */
  readonly base: Layout;
  readonly theirs: Layout;
}

export interface OtherTabSaves {
  readonly news: OtherTabSave | null;
  /** Ends the news with `draft` on top of the other tab's save (mine, theirs or a merge), undoable. */
  settle(draft: Layout): void;
  dismiss(): void;
}

/**
 * Listens for saves of this document in other tabs of this browser. A tab without unsaved changes
 * takes the saved layout at once; one with unsaved changes keeps them and is told, with the
 * conflict dialog's choices. The news ends when answered, or when this tab reads or writes the
 * portal's layout itself (a save of its own, a reset).
 */
export function useOtherTabSaves({ editor, docKey, storageId }: DocumentEnv): OtherTabSaves {
  const [news, setNews] = useState<(OtherTabSave & { readonly stored: Layout }) | null>(null);
  const doc = documentKeyString(docKey);
  useEffect(
    () =>
      onSavedElsewhere((message) => {
        if (message.storageId !== storageId || message.doc !== doc || message.tabId === thisTabId()) return;
        const state = editor.getState();
        if (state.portal && sameLayout(state.portal, message.layout)) return;
        const theirs = alignSections(state.saved, message.layout);
        const base = { at: message.at, base: state.saved, theirs, stored: message.layout };
        if (isDirty(state)) {
          setNews({ ...base, kind: 'unsaved' });
        } else {
          state.rebase(theirs, false, message.layout, theirs);
          setNews({ ...base, kind: 'shown' });
        }
      }),
    [editor, doc, storageId],
  );
  useEffect(
    () =>
      editor.subscribe((state, previous) => {
        if (state.portal !== previous.portal) {
          setNews((now) => (now && state.portal === now.stored ? now : null));
        }
      }),
    [editor],
  );
  const settle = useCallback(
    (draft: Layout) => {
      if (news) editor.getState().rebase(news.theirs, false, news.stored, draft);
      setNews(null);
    },
    [editor, news],
  );
  const dismiss = useCallback(() => setNews(null), []);
  return { news, settle, dismiss };
}
