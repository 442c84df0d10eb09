import { useState } from 'react';
import { isSectionNameTaken } from '../../domain/sectionName';
import { useT } from '../../i18n/i18nStore';
import { useEditor, useEditorStoreApi } from '../../store/documents';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';

/** The section's portal `name`: unique within the layout, derived from the title when created. */
export function SectionSettingsDialog({
  section,
  onClose,
}: {
  readonly section: string | null;
  readonly onClose: () => void;
}) {
  const info = useEditor((s) => s.draft.sections.find((x) => x.id === section));
  return info ? (
    <SettingsForm key={info.id} id={info.id} name={info.name} title={info.title} onClose={onClose} />
  ) : null;
}

function SettingsForm({
  id,
  name,
  title,
  onClose,
}: {
  id: string;
  name: string;
  title: string;
  onClose: () => void;
}) {
  const editor = useEditorStoreApi();
  const t = useT();
  const [value, setValue] = useState(name);
  const trimmed = value.trim();
  const taken = trimmed !== name && isSectionNameTaken(editor.getState().draft, trimmed, id);
  const error =
    trimmed === ''
      ? t('pieces.sectionSettings.needName')
      : taken
        ? t('pieces.sectionSettings.taken', { name: trimmed })
        : null;
  const save = () => {
    if (error) return;
    editor.getState().apply({ type: 'setSectionName', section: id, name: trimmed });
    onClose();
  };
  return (
    <Dialog
      open
      title={t('pieces.sectionSettings.title', { title })}
      onClose={onClose}
      actions={
        <>
          <Button variant="primary" onClick={save} disabled={error !== null}>
            {t('pieces.apply')}
          </Button>
          <Button variant="light" onClick={onClose}>
            {t('ui.cancel')}
          </Button>
        </>
      }
    >
      <label className="field">
        <span>{t('pieces.sectionSettings.name')}</span>
        <input
          className="input"
          value={value}
          aria-invalid={error !== null}
          aria-describedby={`${id}-name-help`}
          onChange={(e) => setValue(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && save()}
        />
      </label>
      <p id={`${id}-name-help`} className={error ? 'problem' : 'hint'}>
        {error ?? t('pieces.sectionSettings.hint')}
      </p>
    </Dialog>
  );
}
