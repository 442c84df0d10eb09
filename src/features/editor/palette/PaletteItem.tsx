import { memo } from 'react';
import type { CardField } from '../../../domain/cardFields';
import { useT } from '../../../i18n/i18nStore';
import { FieldKindIcon } from '../../../ui/FieldKindIcon';
import { toDndId } from '../dnd/ids';
import { FieldMarks } from './FieldMarks';
import { countRender } from '../../../ui/renderCounter';

export interface PaletteItemProps {
  readonly field: CardField;
  readonly placed: boolean;
  /** Its place in the whole list when only part of the list is mounted (for screen readers). */
  readonly position?: number | undefined;
  readonly of?: number | undefined;
}

/**
 * A field of the palette; a placed one stays listed, marked, and cannot be placed twice (its
 * handle carries no `data-drag`). No drag hook: the workspace's one draggable serves every row.
 */
export const PaletteItem = memo(function PaletteItem({ field, placed, position, of }: PaletteItemProps) {
  countRender('palette');
  const t = useT();
  const id = toDndId({ kind: 'palette', field: field.code });
  return (
    <li
      className={`palette-item${placed ? ' is-placed' : ''}`}
      aria-label={field.label}
      data-testid={id}
      aria-posinset={position}
      aria-setsize={of}
    >
      <button
        type="button"
        className="palette-handle"
        data-drag={placed ? undefined : id}
        // a placed field cannot be dragged again: an inactive control, as dnd-kit marked it
        aria-disabled={placed || undefined}
        data-drag-node=""
        data-code={field.code}
        aria-label={t(placed ? 'pieces.palette.onCard' : 'pieces.palette.drag', { label: field.label })}
      >
        <FieldKindIcon kind={field.kind} />
        <span className="palette-label">{field.label}</span>
        <FieldMarks field={field} />
        {placed ? <span className="placed-badge">{t('pieces.palette.onCardBadge')}</span> : null}
      </button>
    </li>
  );
});
