import { useT } from '../../i18n/i18nStore';
import type { MessageKey } from '../../i18n/messages/en';
import type { FieldMark } from './compareLayouts';

const TEXT: Readonly<Record<FieldMark, MessageKey>> = {
  added: 'preview.mark.added',
  removed: 'preview.mark.removed',
  moved: 'preview.mark.moved',
  alwaysShowOn: 'preview.mark.alwaysShowOn',
  alwaysShowOff: 'preview.mark.alwaysShowOff',
};

/** The saved-vs-draft marks of one field, as words (colour alone would not say it). */
export function FieldMarksBadges({ marks }: { readonly marks: readonly FieldMark[] }) {
  const t = useT();
  if (marks.length === 0) return null;
  return (
    <span className="pv-marks">
      {marks.map((m) => (
        <span key={m} className={`pv-mark pv-mark-${m}`}>
          {t(TEXT[m])}
        </span>
      ))}
    </span>
  );
}
