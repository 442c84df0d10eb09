import type { LeadType } from '../../domain/types';
import { useT } from '../../i18n/i18nStore';

export interface PreviewNoticesProps {
  readonly leadType: LeadType;
  readonly badge: string;
  /** The portal's `IS_RETURN_CUSTOMER` of the shown lead, `null` for the sample. */
  readonly isRepeat: boolean | null;
  readonly problems: readonly string[];
}

/** What the admin should know about the shown lead and the reference lists. */
export function PreviewNotices({ leadType, badge, isRepeat, problems }: PreviewNoticesProps) {
  const t = useT();
  const mismatch = isRepeat !== null && isRepeat !== (leadType === 'repeat');
  return (
    <>
      {mismatch ? (
        <p className="banner banner-info pv-banner" role="status">
          {t(isRepeat ? 'preview.notice.repeatAsSimple' : 'preview.notice.simpleAsRepeat', { badge })}
        </p>
      ) : null}
      {problems.map((p) => (
        <p key={p} className="banner banner-warn pv-banner" role="status">
          {t('preview.notice.notLoaded', { problem: p })}
        </p>
      ))}
    </>
  );
}
