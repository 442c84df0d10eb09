import { useState } from 'react';
import { sectionRules, type SectionRules } from '../../../domain/sectionRules';
import { isSectionNameTaken } from '../../../domain/sectionName';
import { useT } from '../../../i18n/i18nStore';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { ActionAndCancel } from '../../../ui/ActionAndCancel';
import { TextField } from '../../../ui/TextField';
import { useEditor, useEditorStoreApi } from '../document/documentContext';

/**
 * The section's portal `name` and what the portal allows with it (`sectionRules`). The name is
 * unique within the layout and derived from the title when created; once the section is on the
 * portal its name stays for life, as in the portal's own editor.
 */
export function SectionSettingsDialog({
  section,
  onClose,
}: {
  readonly section: string | null;
  readonly onClose: () => void;
}) {
  const info = useEditor((s) => s.draft.sections.find((x) => x.id === section));
  const onPortal = useEditor((s) =>
    info ? s.saved.sections.some((x) => x.id === info.id || x.name === info.name) : false,
  );
  return info ? (
    <SettingsForm
      key={info.id}
      id={info.id}
      name={info.name}
      title={info.title}
      rules={sectionRules(info)}
      onPortal={onPortal}
      onClose={onClose}
    />
  ) : null;
}

function SettingsForm({
  id,
  name,
  title,
  rules,
  onPortal,
  onClose,
}: {
  id: string;
  name: string;
  title: string;
  rules: SectionRules;
  onPortal: boolean;
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
    if (!onPortal) editor.getState().apply({ type: 'setSectionName', section: id, name: trimmed });
    onClose();
  };
  return (
    <Dialog
      open
      title={t('pieces.sectionSettings.title', { title })}
      onClose={onClose}
      actions={
        onPortal ? (
          <Button variant="light" onClick={onClose}>
            {t('ui.dismiss')}
          </Button>
        ) : (
          <ActionAndCancel
            label={t('pieces.apply')}
            onAction={save}
            disabled={error !== null}
            onCancel={onClose}
          />
        )
      }
    >
      <TextField
        label={t('pieces.sectionSettings.name')}
        value={value}
        readOnly={onPortal}
        aria-invalid={error !== null}
        aria-describedby={`${id}-name-help`}
        onChange={setValue}
        onKeyDown={(e) => e.key === 'Enter' && save()}
      />
      <p id={`${id}-name-help`} className={error ? 'problem' : 'hint'}>
        {error ?? (onPortal ? t('pieces.sectionSettings.nameForLife') : t('pieces.sectionSettings.hint'))}
      </p>
      <h3 className="section-rules-title">{t('pieces.sectionSettings.rules')}</h3>
      <ul className="section-rules">
        <li>
          {rules.removable
            ? t('pieces.sectionSettings.removable')
            : t(rules.because === 'portalMain' ? 'pieces.section.keptMain' : 'pieces.section.keptByPortal')}
        </li>
        <li>{rules.changeable ? t('pieces.sectionSettings.changeable') : t('pieces.section.closed')}</li>
      </ul>
    </Dialog>
  );
}
