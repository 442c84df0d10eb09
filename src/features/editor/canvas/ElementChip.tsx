import { memo } from 'react';
import { useT } from '../../../i18n/i18nStore';
import { elementOf, isAlwaysShown } from '../../../store/selectors';
import { FieldKindIcon } from '../../../ui/FieldKindIcon';
import {
  useCardView,
  useCardViewApi,
  useEditor,
  useEditorStoreApi,
  useFieldCatalog,
} from '../document/documentContext';
import { useDragController } from '../dnd/dragControllerContext';
import { toDndId } from '../dnd/ids';
import { FieldMarks } from '../palette/FieldMarks';
import { optionKeysFor } from './elementOptions';
import { openUserFieldDialog, useUserFieldsHere } from '../userFields/userFieldDialogStore';
import { countRender } from '../../../ui/renderCounter';
import { selectByClick, selectByKey } from '../palette/selectFields';

export interface ElementChipProps {
  readonly field: string;
  readonly onEditOptions: (field: string) => void;
  /** "Move to section…" (the M key on the handle). */
  readonly onMoveTo?: (field: string) => void;
  /** With its buttons; without, until its section comes near the view (nearView.ts). */
  readonly whole?: boolean;
}

/**
 * A field on the card, as one list item: drag handle, label, code, marks, "Always show", options,
 * remove. Few elements (the grip is drawn by CSS), no drag hook: the workspace's one draggable is
 * pointed at this row when its handle is pressed (`data-drag`). Delete on the handle removes it;
 * the workspace's drag controller then moves the focus to what stays and announces it.
 */
export const ElementChip = memo(function ElementChip({
  field,
  onEditOptions,
  onMoveTo,
  whole = true,
}: ElementChipProps) {
  countRender('element');
  const info = useFieldCatalog().get(field);
  const label = info?.label ?? field;
  const shown = useEditor(isAlwaysShown(field));
  const renamed = useEditor((s) => typeof elementOf(field)(s)?.extra?.['title'] === 'string');
  const userFieldsHere = useUserFieldsHere();
  const editor = useEditorStoreApi();
  const selected = useCardView((s) => s.selection.fields.has(field));
  const view = useCardViewApi();
  const t = useT();
  const drag = useDragController();
  const remove = () => (drag ? drag.remove(field) : editor.getState().apply({ type: 'removeField', field }));
  const id = toDndId({ kind: 'element', field });
  return (
    <li
      aria-label={label}
      data-testid={id}
      data-drag-node=""
      className={`element chip${info ? '' : ' is-missing'}${selected ? ' is-selected' : ''}`}
      onClick={(e) => selectByClick(e, field, editor, view)}
    >
      <button
        type="button"
        className="drag-handle"
        data-drag={id}
        aria-label={t(selected ? 'bigcards.select.moveSelected' : 'pieces.element.move', { label })}
        onKeyDown={(e) => {
          if (selectByKey(e, field, editor, view, onMoveTo)) return;
          if (e.key === 'Delete' || e.key === 'Backspace') {
            e.preventDefault();
            remove();
          }
        }}
      />
      {info ? (
        <FieldKindIcon kind={info.kind} />
      ) : (
        <span className="kind-icon" aria-hidden="true">
          ?
        </span>
      )}
      {/* the code is drawn from data-code by CSS: one element less per field */}
      <span className="chip-label" data-code={field}>
        {label}
      </span>
      <FieldMarks field={info} />
      {renamed ? (
        <span
          className="mark mark-warn"
          title={t(
            info?.isUserField && userFieldsHere ? 'userFields.renamedHint' : 'pieces.element.renamedHint',
          )}
        >
          {t('pieces.element.renamed')}
        </span>
      ) : null}
      {whole ? (
        <ChipActions
          field={field}
          label={label}
          userField={info?.isUserField === true && userFieldsHere}
          shown={shown}
          onEditOptions={onEditOptions}
          remove={remove}
        />
      ) : null}
    </li>
  );
});

interface ChipActionsProps {
  readonly field: string;
  readonly label: string;
  /** A user field this card changes on the portal (`useUserFieldsHere`). */
  readonly userField: boolean;
  readonly shown: boolean;
  readonly onEditOptions: (field: string) => void;
  readonly remove: () => void;
}

/** A field's buttons on the card: change (a user field), "Always show", options, remove. */
function ChipActions({ field, label, userField, shown, onEditOptions, remove }: ChipActionsProps) {
  const editor = useEditorStoreApi();
  const t = useT();
  const hasOptions = optionKeysFor(field).length > 0;
  return (
    <>
      {userField ? (
        // a user field's label is changed on the portal itself: the layout methods drop renames
        <button
          type="button"
          className="btn-link"
          onClick={() => openUserFieldDialog({ kind: 'change', field })}
          aria-label={t('userFields.changeOf', { label })}
        >
          {t('userFields.change')}
        </button>
      ) : null}
      <button
        type="button"
        className={`toggle chip-first-action${shown ? ' is-on' : ''}`}
        aria-pressed={shown}
        aria-label={t('pieces.element.alwaysShowOf', { label })}
        title={t('pieces.element.alwaysShowHint')}
        onClick={() => editor.getState().apply({ type: 'setAlwaysShow', field, value: !shown })}
      >
        {t('pieces.element.alwaysShow')}
      </button>
      {hasOptions ? (
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
        onClick={remove}
      >
        ×
      </button>
    </>
  );
}
