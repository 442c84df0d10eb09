import { memo, useId } from 'react';
import type { CardElement } from '../../domain/types';
import { useT } from '../../i18n/i18nStore';
import { cardLabel } from './catalog';
import type { FieldMark } from './compareLayouts';
import { FieldMarksBadges } from './FieldMarksBadges';
import { formatValue } from './formatValue';
import type { LeadForm } from './leadForm';
import { usePreviewEnv } from './previewEnv';
import { ValueView } from './ValueView';

export interface ViewFieldProps {
  readonly element: CardElement;
  readonly lead: LeadForm;
  readonly marks?: readonly FieldMark[];
  /** A field that is hidden in view mode, drawn faintly because a mark points at it. */
  readonly ghost?: boolean;
}

/** One field in view mode: its card label and its value, or "not filled" when always shown. */
export const ViewField = memo(function ViewField({
  element,
  lead,
  marks = [],
  ghost = false,
}: ViewFieldProps) {
  const { catalog, format } = usePreviewEnv();
  const t = useT();
  const labelId = useId();
  const field = catalog.byCode.get(element.field);
  const value = field ? formatValue(field, lead, format) : null;
  const removed = marks.includes('removed');
  return (
    <div
      role="group"
      aria-labelledby={labelId}
      className={`pv-field${ghost ? ' is-ghost' : ''}${marks[0] ? ` is-marked mark-${marks[0]}` : ''}${removed ? ' is-removed' : ''}`}
    >
      <div className="pv-label">
        <span id={labelId}>{cardLabel(element, field)}</span>
        <FieldMarksBadges marks={marks} />
      </div>
      {value ? (
        <ValueView value={value} />
      ) : (
        <span className="pv-value pv-empty">
          {t(
            ghost ? 'preview.field.hiddenEmpty' : field ? 'preview.field.notFilled' : 'preview.field.unknown',
          )}
        </span>
      )}
    </div>
  );
});
