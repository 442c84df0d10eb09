import { useState } from 'react';
import { useStore } from 'zustand';
import type { LoadedLayout } from '../../../api/methods/layoutMapping';
import { useT } from '../../../i18n/i18nStore';
import { documentKeyString, type DocumentKey } from '../../../store/documentKey';
import { isDirty, type EditorStore } from '../../../store/editorStore';
import { withIsolatedSlots } from '../../../ui/bidi';
import { useCardWords } from '../document/cardWords';
import { noticeText } from '../document/noticeText';

export interface DocumentBannersProps {
  readonly docKey: DocumentKey;
  readonly editor: EditorStore;
  readonly loaded: LoadedLayout | null;
  /** Whose personal layout, in words; null for the common one. */
  readonly who: string | null;
  /** A common layout is stored for this card (what a user without a personal one sees). */
  readonly commonStored: boolean;
  /** Where this user's drafts are kept; none for a banner drawn alone (remarks hidden per key only). */
  readonly storageId?: string;
}

/** What the open layout is and whom it applies to, and what the portal's answer said about it. */
export function DocumentBanners({
  docKey,
  editor,
  loaded,
  who,
  commonStored,
  storageId = '',
}: DocumentBannersProps) {
  const savedIsDefault = useStore(editor, (s) => s.savedIsDefault);
  const dirty = useStore(editor, isDirty);
  const t = useT();
  const leads = useCardWords()(docKey.card);
  const remarksKey = `lcs:remarks-hidden:${storageId}:${documentKeyString(docKey)}`;
  const [remarksHidden, setRemarksHidden] = useState(() => readHidden(remarksKey));
  const notices = loaded?.notices ?? [];
  const starts = savedIsDefault
    ? docKey.scope === 'C'
      ? t('pieces.banner.default')
      : t(commonStored ? 'pieces.banner.startsFromCommon' : 'pieces.banner.startsFromDefault', {
          who: who ?? '',
        })
    : null;
  // one banner: what the layout is, where it starts and, folded, what the portal's answer said
  return (
    <div className="banner banner-info doc-banner">
      <span>
        {docKey.scope === 'C' ? (
          <>
            <strong>{t('pieces.banner.common')}</strong>
            {t('pieces.banner.commonRest', { leads })}
          </>
        ) : (
          <>
            <strong>{withIsolatedSlots((s) => t('pieces.banner.personal', s), { who: who ?? '' })}</strong>
            {t('pieces.banner.personalRest', { leads })}
          </>
        )}
      </span>
      {starts ? (
        <span className="doc-starts" role="note">
          {starts}
        </span>
      ) : null}
      {notices.length > 0 && !remarksHidden ? (
        <span className="doc-remarks" role="note">
          <details>
            <summary>{t('finish.remarks.summary', { count: notices.length })}</summary>
            <ul className="notice-list">
              {notices
                .map((n) => noticeText(t, n))
                .map((text) => (
                  <li key={text}>{text}</li>
                ))}
            </ul>
          </details>
          <button
            type="button"
            className="doc-remarks-hide"
            aria-label={t('finish.remarks.dismiss')}
            title={t('finish.remarks.dismiss')}
            onClick={() => {
              writeHidden(remarksKey);
              setRemarksHidden(true);
            }}
          >
            ×
          </button>
        </span>
      ) : null}
      {/* like a document's header: the state of the open layout, above its Save button */}
      <span className="doc-status">{dirty ? t('editor.toolbar.unsaved') : t('editor.toolbar.allSaved')}</span>
    </div>
  );
}

/** Remarks hidden for a document stay hidden in this tab only: a new session shows them again. */
function readHidden(key: string): boolean {
  try {
    return window.sessionStorage.getItem(key) === '1';
  } catch {
    return false;
  }
}

function writeHidden(key: string): void {
  try {
    window.sessionStorage.setItem(key, '1');
  } catch {
    // storage denied: hidden until the page reloads
  }
}
