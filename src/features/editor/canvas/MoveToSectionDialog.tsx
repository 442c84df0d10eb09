import { useId, useState } from 'react';
import { sectionRules } from '../../../domain/sectionRules';
import { useT } from '../../../i18n/i18nStore';
import { Dialog } from '../../../ui/Dialog';
import { showToast } from '../../../ui/toastStore';
import { ActionAndCancel } from '../../../ui/ActionAndCancel';
import { useCardViewApi, useEditor, useEditorStoreApi } from '../document/documentContext';

/**
 * "Move to section…": the chosen fields (the selection, or the one field) go to the end of the
 * section picked here, in their card order, as one undoable change.
 */
export function MoveToSectionDialog({
  fields,
  onClose,
}: {
  readonly fields: readonly string[] | null;
  readonly onClose: () => void;
}) {
  const editor = useEditorStoreApi();
  const view = useCardViewApi();
  const sections = useEditor((s) => s.draft.sections);
  const [chosen, setChosen] = useState<string | null>(null);
  const name = useId();
  const t = useT();
  const open = fields !== null && fields.length > 0;
  const count = fields?.length ?? 0;
  const open_ = sections.filter((s) => sectionRules(s).changeable);
  const target = chosen ?? open_[0]?.id ?? null;
  const titleOf = (title: string) => (title.trim() === '' ? t('pieces.untitledSection') : title);
  const close = () => {
    setChosen(null);
    onClose();
  };
  const move = () => {
    const section = sections.find((s) => s.id === target);
    if (fields && section) {
      editor
        .getState()
        .apply({ type: 'moveFields', fields, to: { section: section.id, index: Number.MAX_SAFE_INTEGER } });
      view.getState().clear();
      showToast('success', t('bigcards.moved', { count: fields.length, section: titleOf(section.title) }));
    }
    close();
  };
  return (
    <Dialog
      open={open}
      title={t('bigcards.moveDialog.title', { count })}
      onClose={close}
      actions={
        <ActionAndCancel
          label={t('bigcards.moveDialog.move')}
          onAction={move}
          disabled={target === null}
          onCancel={close}
        />
      }
    >
      <fieldset className="move-sections">
        <legend className="sr-only">{t('bigcards.moveDialog.sections')}</legend>
        {sections.map((s) => {
          const closed = !sectionRules(s).changeable;
          return (
            <label key={s.id} className={`radio${closed ? ' is-disabled' : ''}`}>
              <input
                type="radio"
                name={name}
                value={s.id}
                disabled={closed}
                checked={target === s.id}
                onChange={() => setChosen(s.id)}
              />
              {titleOf(s.title)}{' '}
              <span className="move-sections-count">
                {closed
                  ? t('bigcards.moveDialog.closed')
                  : t('pieces.section.count', { count: s.elements.length })}
              </span>
            </label>
          );
        })}
      </fieldset>
    </Dialog>
  );
}
