import type { DraggableAttributes, DraggableSyntheticListeners } from '@dnd-kit/core';
import { memo, type Ref } from 'react';
import { useT } from '../../i18n/i18nStore';
import { useEditor, useEditorStoreApi } from '../../store/documents';
import { elementOf, isAlwaysShown } from '../../store/selectors';
import { FieldKindIcon } from '../../ui/FieldKindIcon';
import { GripIcon } from '../../ui/GripIcon';
import { useFieldCatalog } from './catalogContext';
import { FieldMarks } from './FieldMarks';
import { optionKeysFor } from './elementOptions';
import { countRender } from '../../testing/renderCounter';

export interface ElementChipProps {
  readonly field: string;
  readonly handleRef?: Ref<HTMLButtonElement>;
  /** dnd-kit's attributes and listeners, passed apart: each keeps its identity, so memo holds. */
  readonly handleAttributes?: DraggableAttributes;
  readonly handleListeners?: DraggableSyntheticListeners;
  readonly onEditOptions?: (field: string) => void;
}

/** A field on the card: drag handle, label, code, marks, "Always show", options, remove. */
export const ElementChip = memo(function ElementChip({
  field,
  handleRef,
  handleAttributes,
  handleListeners,
  onEditOptions,
}: ElementChipProps) {
  countRender('element');
  const info = useFieldCatalog().get(field);
  const label = info?.label ?? field;
  const shown = useEditor(isAlwaysShown(field));
  const renamed = useEditor((s) => typeof elementOf(field)(s)?.extra?.['title'] === 'string');
  const editor = useEditorStoreApi();
  const t = useT();
  const hasOptions = optionKeysFor(field).length > 0;
  return (
    <div className={`chip${info ? '' : ' is-missing'}`}>
      <button
        ref={handleRef}
        type="button"
        className="drag-handle"
        aria-label={t('pieces.element.move', { label })}
        {...handleAttributes}
        {...handleListeners}
      >
        <GripIcon />
      </button>
      {info ? (
        <FieldKindIcon kind={info.kind} />
      ) : (
        <span className="kind-icon" aria-hidden="true">
          ?
        </span>
      )}
      <span className="chip-label">{label}</span>
      <span className="chip-code">{field}</span>
      <FieldMarks field={info} />
      {renamed ? (
        <span className="mark mark-warn" title={t('pieces.element.renamedHint')}>
          {t('pieces.element.renamed')}
        </span>
      ) : null}
      <span className="chip-actions">
        <button
          type="button"
          className={`toggle${shown ? ' is-on' : ''}`}
          aria-pressed={shown}
          title={t('pieces.element.alwaysShowHint')}
          onClick={() => editor.getState().apply({ type: 'setAlwaysShow', field, value: !shown })}
        >
          {t('pieces.element.alwaysShow')}
        </button>
        {hasOptions && onEditOptions ? (
          <button
            type="button"
            className="btn-link"
            onClick={() => onEditOptions(field)}
            aria-label={t('pieces.element.optionsOf', { label })}
          >
            {t('pieces.element.options')}
          </button>
        ) : null}
        <button
          type="button"
          className="icon-btn"
          aria-label={t('pieces.element.remove', { label })}
          onClick={() => editor.getState().apply({ type: 'removeField', field })}
        >
          ×
        </button>
      </span>
    </div>
  );
});
