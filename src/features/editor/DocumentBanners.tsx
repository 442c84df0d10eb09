import { useStore } from 'zustand';
import type { LoadedLayout } from '../../api/methods/layoutMapping';
import { useT } from '../../i18n/i18nStore';
import type { DocumentKey } from '../../store/documentKey';
import type { EditorStore } from '../../store/editorStore';
import { withIsolatedSlots } from '../../ui/bidi';
import { noticeText } from './noticeText';

export interface DocumentBannersProps {
  readonly docKey: DocumentKey;
  readonly editor: EditorStore;
  readonly loaded: LoadedLayout | null;
  /** Whose personal layout, in words; null for the common one. */
  readonly who: string | null;
  /** A common layout is stored for this lead type (what a user without a personal one sees). */
  readonly commonStored: boolean;
}

/** What the open layout is and whom it applies to, and what the portal's answer said about it. */
export function DocumentBanners({ docKey, editor, loaded, who, commonStored }: DocumentBannersProps) {
  const savedIsDefault = useStore(editor, (s) => s.savedIsDefault);
  const t = useT();
  const leads = t(`pieces.leads.${docKey.leadType}`);
  return (
    <>
      <div className="banner banner-info">
        {docKey.scope === 'C' ? (
          <span>
            <strong>{t('pieces.banner.common')}</strong>
            {t('pieces.banner.commonRest', { leads })}
          </span>
        ) : (
          <span>
            <strong>{withIsolatedSlots((s) => t('pieces.banner.personal', s), { who: who ?? '' })}</strong>
            {t('pieces.banner.personalRest', { leads })}
          </span>
        )}
      </div>
      {savedIsDefault ? (
        <div className="banner banner-warn" role="note">
          {docKey.scope === 'C'
            ? t('pieces.banner.default')
            : t(commonStored ? 'pieces.banner.startsFromCommon' : 'pieces.banner.startsFromDefault', {
                who: who ?? '',
              })}
        </div>
      ) : null}
      {loaded && loaded.notices.length > 0 ? (
        <div className="banner banner-warn" role="note">
          {loaded.notices.length === 1 && loaded.notices[0] ? (
            <span>{noticeText(t, loaded.notices[0])}</span>
          ) : (
            <div>
              <strong>{t('pieces.banner.remarks', { count: loaded.notices.length })}</strong>
              <ul className="notice-list">
                {loaded.notices
                  .map((n) => noticeText(t, n))
                  .map((text) => (
                    <li key={text}>{text}</li>
                  ))}
              </ul>
            </div>
          )}
        </div>
      ) : null}
    </>
  );
}
