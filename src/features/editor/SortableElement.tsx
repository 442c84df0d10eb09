import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo } from 'react';
import { useEditorStoreApi } from '../../store/documents';
import { toDndId } from './dnd/ids';
import { useFieldLabel } from './catalogContext';
import { ElementChip } from './ElementChip';

export interface SortableElementProps {
  readonly field: string;
  readonly onEditOptions: (field: string) => void;
}

/** The hook-calling wrapper stays tiny; the memoised chip takes primitives. Delete removes the field. */
export const SortableElement = memo(function SortableElement({ field, onEditOptions }: SortableElementProps) {
  const id = toDndId({ kind: 'element', field });
  const { setNodeRef, setActivatorNodeRef, attributes, listeners, transform, transition, isDragging } =
    useSortable({
      id,
    });
  const label = useFieldLabel(field);
  const editor = useEditorStoreApi();
  return (
    <li
      ref={setNodeRef}
      aria-label={label}
      data-testid={id}
      className={`element${isDragging ? ' is-dragging' : ''}`}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      onKeyDown={(e) => {
        if (
          (e.key === 'Delete' || e.key === 'Backspace') &&
          e.target === e.currentTarget.querySelector('.drag-handle')
        ) {
          e.preventDefault();
          editor.getState().apply({ type: 'removeField', field });
        }
      }}
    >
      <ElementChip
        field={field}
        handleRef={setActivatorNodeRef}
        handleAttributes={attributes}
        handleListeners={listeners}
        onEditOptions={onEditOptions}
      />
    </li>
  );
});
