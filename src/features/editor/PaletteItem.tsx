import { useDraggable } from '@dnd-kit/core';
import { memo } from 'react';
import type { CardField } from '../../domain/cardFields';
import { FieldKindIcon } from '../../ui/FieldKindIcon';
import { toDndId } from './dnd/ids';
import { FieldMarks } from './FieldMarks';
import { countRender } from '../../testing/renderCounter';

export interface PaletteItemProps {
  readonly field: CardField;
  readonly placed: boolean;
}

/** A field of the palette; a placed one stays listed, marked, and cannot be placed twice. */
export const PaletteItem = memo(function PaletteItem({ field, placed }: PaletteItemProps) {
  countRender('palette');
  const { setNodeRef, attributes, listeners, isDragging } = useDraggable({
    id: toDndId({ kind: 'palette', field: field.code }),
    disabled: placed,
  });
  return (
    <li
      className={`palette-item${placed ? ' is-placed' : ''}${isDragging ? ' is-dragging' : ''}`}
      aria-label={field.label}
      data-testid={toDndId({ kind: 'palette', field: field.code })}
    >
      <button
        ref={setNodeRef}
        type="button"
        className="palette-handle"
        {...attributes}
        {...listeners}
        aria-label={placed ? `${field.label} (on the card)` : `Drag ${field.label} onto the card`}
      >
        <FieldKindIcon kind={field.kind} />
        <span className="palette-label">{field.label}</span>
        <span className="palette-code">{field.code}</span>
        <FieldMarks field={field} />
        {placed ? <span className="placed-badge">on card</span> : null}
      </button>
    </li>
  );
});
