import { useStore } from 'zustand';
import type { LoadedLayout } from '../../api/methods/layoutMapping';
import type { DocumentKey } from '../../store/documentKey';
import type { EditorStore } from '../../store/editorStore';

export interface DocumentBannersProps {
  readonly docKey: DocumentKey;
  readonly editor: EditorStore;
  readonly loaded: LoadedLayout | null;
  /** Whose personal layout, in words; null for the common one. */
  readonly who: string | null;
}

/** What the open layout is and whom it applies to, and what the portal's answer said about it. */
export function DocumentBanners({ docKey, editor, loaded, who }: DocumentBannersProps) {
  const savedIsDefault = useStore(editor, (s) => s.savedIsDefault);
  return (
    <>
      <div className="banner banner-info">
        {docKey.scope === 'C' ? (
          <span>
            <strong>Common layout</strong> of {docKey.leadType} leads: everyone whose card is in common view
            sees it.
          </span>
        ) : (
          <span>
            <strong>Personal layout of {who}</strong> for {docKey.leadType} leads. It shows only while that
            user's card is in personal view; saving it here does not switch their view.
          </span>
        )}
      </div>
      {savedIsDefault ? (
        <div className="banner banner-warn" role="note">
          No saved layout: showing the portal default.
        </div>
      ) : null}
      {loaded && loaded.notices.length > 0 ? (
        <div className="banner banner-warn" role="note">
          {loaded.notices.length === 1 ? (
            <span>{loaded.notices[0]}</span>
          ) : (
            <div>
              <strong>Read from the portal with {loaded.notices.length} remarks:</strong>
              <ul className="notice-list">
                {loaded.notices.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            </div>
          )}
        </div>
      ) : null}
    </>
  );
}
