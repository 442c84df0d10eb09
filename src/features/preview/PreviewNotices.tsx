import type { LeadType } from '../../domain/types';

export interface PreviewNoticesProps {
  readonly leadType: LeadType;
  readonly badge: string;
  /** The portal's `IS_RETURN_CUSTOMER` of the shown lead, `null` for the sample. */
  readonly isRepeat: boolean | null;
  readonly problems: readonly string[];
}

/** What the admin should know about the shown lead and the reference lists. */
export function PreviewNotices({ leadType, badge, isRepeat, problems }: PreviewNoticesProps) {
  const mismatch = isRepeat !== null && isRepeat !== (leadType === 'repeat');
  return (
    <>
      {mismatch ? (
        <p className="banner banner-info pv-banner" role="status">
          {isRepeat
            ? `Lead ${badge} is a repeat lead (it has a company or a contact): the portal shows it with the repeat lead card. Here it is shown with the simple lead layout you are editing.`
            : `Lead ${badge} is a simple lead (no company or contact): the portal shows it with the simple lead card. Here it is shown with the repeat lead layout you are editing.`}
        </p>
      ) : null}
      {problems.map((p) => (
        <p key={p} className="banner banner-warn pv-banner" role="status">
          Not loaded: {p} Ids are shown instead of names.
        </p>
      ))}
    </>
  );
}
