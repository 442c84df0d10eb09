import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { addUserField, type UserFieldEntity } from '../../../api/methods/userfields';
import { EDITOR_USER_FIELD_TYPES, type EditorUserFieldType } from '../../../api/schemas/userFieldEdit';
import { useLang, useT } from '../../../i18n/i18nStore';
import type { MessageKey } from '../../../i18n/messages/en';
import { showToast } from '../../../ui/toastStore';
import { TextField } from '../../../ui/TextField';
import { useDocument } from '../document/documentContext';
import { useFieldsRefresh } from './useFieldsRefresh';
import { ItemsEditor, Labels, newItem, UserFieldFormDialog } from './UserFieldParts';
import {
  canBeMultiple,
  createInput,
  createProblems,
  CRM_LINK_TYPES,
  fullFieldName,
  type CrmLinkType,
  type ItemDraft,
} from './userFieldForm';

/** Creates a user field of the card's entity on the portal; made from a section, it lands at that section's end. */
export function UserFieldCreateForm({
  entity,
  section,
  onClose,
}: {
  entity: UserFieldEntity;
  section: string | null;
  onClose: () => void;
}) {
  const t = useT();
  const lang = useLang();
  const { client, editor, docKey } = useDocument();
  const refresh = useFieldsRefresh(client, docKey.card);
  const sectionTitle = section
    ? (editor.getState().draft.sections.find((s) => s.id === section)?.title ?? null)
    : null;
  const [type, setType] = useState<EditorUserFieldType>('string');
  const [code, setCode] = useState('');
  const [labelEn, setLabelEn] = useState('');
  const [labelRu, setLabelRu] = useState('');
  const [required, setRequired] = useState(false);
  const [multiple, setMultiple] = useState(false);
  const [items, setItems] = useState<ItemDraft[]>(() => [newItem(), newItem()]);
  const [crmTypes, setCrmTypes] = useState<CrmLinkType[]>([...CRM_LINK_TYPES]);
  const [tried, setTried] = useState(false);
  const [now] = useState(() => Date.now());
  const draft = { type, code, labelEn, labelRu, required, multiple, items, crmTypes };
  const problems = createProblems(draft);
  const create = useMutation({
    mutationFn: async () => {
      const input = createInput(draft, now);
      await addUserField(client, entity, input);
      await refresh();
      return input;
    },
    onSuccess: (input) => {
      const name = input.FIELD_NAME ?? '';
      const label = input.EDIT_FORM_LABEL?.[lang] ?? name;
      const target = section ? editor.getState().draft.sections.find((s) => s.id === section) : undefined;
      if (target) {
        editor.getState().apply({
          type: 'placeField',
          field: name,
          to: { section: target.id, index: target.elements.length },
        });
        showToast('success', t('userFields.createdIn', { label, code: name, section: target.title }));
      } else {
        showToast('success', t('userFields.created', { label, code: name }));
      }
      onClose();
    },
  });
  return (
    <UserFieldFormDialog
      title={
        sectionTitle !== null
          ? t('userFields.createInTitle', { title: sectionTitle })
          : t('userFields.createTitle')
      }
      submitLabel={t('userFields.submitCreate')}
      busy={create.isPending}
      problems={problems}
      tried={tried}
      failed={create.isError}
      error={create.error}
      onSubmit={() => {
        setTried(true);
        if (problems.length === 0) create.mutate();
      }}
      onClose={onClose}
    >
      <p className="hint">
        {t('userFields.createIntro', {
          method: `crm.${entity}.userfield.add`,
          record: t(`userFields.entity.${entity}`),
        })}
      </p>
      <label className="field">
        <span>{t('userFields.type')}</span>
        <select
          className="input"
          value={type}
          onChange={(e) => setType(e.target.value as EditorUserFieldType)}
        >
          {EDITOR_USER_FIELD_TYPES.map((ty) => (
            <option key={ty} value={ty}>
              {t(`userFields.type.${ty}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
      <Labels en={labelEn} ru={labelRu} onEn={setLabelEn} onRu={setLabelRu} />
      {type === 'enumeration' ? <ItemsEditor items={items} onChange={setItems} /> : null}
      {type === 'crm' ? (
        <fieldset className="uf-items">
          <legend>{t('userFields.crmTypes')}</legend>
          {CRM_LINK_TYPES.map((k) => (
            <label key={k} className="checkbox">
              <input
                type="checkbox"
                checked={crmTypes.includes(k)}
                onChange={(e) =>
                  setCrmTypes(e.target.checked ? [...crmTypes, k] : crmTypes.filter((x) => x !== k))
                }
              />
              {t(`userFields.crm.${k}` as MessageKey)}
            </label>
          ))}
        </fieldset>
      ) : null}
      <div className="uf-flags">
        <label className="checkbox">
          <input type="checkbox" checked={required} onChange={(e) => setRequired(e.target.checked)} />
          {t('userFields.required')}
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={multiple && canBeMultiple(type)}
            disabled={!canBeMultiple(type)}
            onChange={(e) => setMultiple(e.target.checked)}
          />
          {t('userFields.multiple')}
        </label>
      </div>
      <TextField
        label={t('userFields.code')}
        lang="en"
        spellCheck={false}
        value={code}
        placeholder={fullFieldName('', now)}
        onChange={setCode}
      />
      <p className="hint">{t('userFields.codeHint', { name: fullFieldName(code, now) })}</p>
    </UserFieldFormDialog>
  );
}
