import { useDraggable, type DraggableAttributes, type DraggableSyntheticListeners } from '@dnd-kit/core';
import { memo } from 'react';
import type { CardField } from '../../domain/cardFields';
import { useT } from '../../i18n/i18nStore';
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
  const { setNodeRef, attributes, listeners, isDragging } = useDraggable({
    id: toDndId({ kind: 'palette', field: field.code }),
    disabled: placed,
  });
  // every draggable re-renders on each pointer move of a drag; the body only when its props change
  return (
    <PaletteItemBody
      field={field}
      placed={placed}
      dragging={isDragging}
      nodeRef={setNodeRef}
      attributes={attributes}
      listeners={listeners}
    />
  );
});

interface PaletteItemBodyProps extends PaletteItemProps {
  readonly dragging: boolean;
  readonly nodeRef: (node: HTMLElement | null) => void;
  readonly attributes: DraggableAttributes;
  readonly listeners: DraggableSyntheticListeners;
}

const PaletteItemBody = memo(function PaletteItemBody({
  field,
  placed,
  dragging: isDragging,
  nodeRef: setNodeRef,
  attributes,
  listeners,
}: PaletteItemBodyProps) {
  countRender('palette');
  const t = useT();
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
        aria-label={t(placed ? 'pieces.palette.onCard' : 'pieces.palette.drag', { label: field.label })}
      >
        <FieldKindIcon kind={field.kind} />
        <span className="palette-label">{field.label}</span>
        <span className="palette-code">{field.code}</span>
        <FieldMarks field={field} />
        {placed ? <span className="placed-badge">{t('pieces.palette.onCardBadge')}</span> : null}
      </button>
    </li>
  );
});
