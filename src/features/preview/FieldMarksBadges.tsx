import type { FieldMark } from './compareLayouts';

const TEXT: Readonly<Record<FieldMark, string>> = {
  added: 'Added',
  removed: 'Removed',
  moved: 'Moved',
  alwaysShowOn: 'Always show: on',
  alwaysShowOff: 'Always show: off',
};

/** The saved-vs-draft marks of one field, as words (colour alone would not say it). */
export function FieldMarksBadges({ marks }: { readonly marks: readonly FieldMark[] }) {
  if (marks.length === 0) return null;
  return (
    <span className="pv-marks">
      {marks.map((m) => (
        <span key={m} className={`pv-mark pv-mark-${m}`}>
          {TEXT[m]}
        </span>
      ))}
    </span>
  );
}
