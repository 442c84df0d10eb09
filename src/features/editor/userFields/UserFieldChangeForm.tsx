import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { portalKey } from '../../../api/methods/keys';
import { getUserFieldByName, updateUserField, type UserFieldEntity } from '../../../api/methods/userfields';
import {
  EDITOR_USER_FIELD_TYPES,
  type EditorUserFieldType,
  type UserFieldDetail,
} from '../../../api/schemas/userFieldEdit';
import { useT } from '../../../i18n/i18nStore';
import type { MessageKey } from '../../../i18n/messages/en';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { portalErrorText } from '../../../ui/portalErrorText';
import { showToast } from '../../../ui/toastStore';
import { useDocument } from '../document/documentContext';
import { useFieldsRefresh } from './useFieldsRefresh';
import { ItemsEditor, Labels, UserFieldFormDialog } from './UserFieldParts';
import { changeDraftOf, changeInput, changeProblems, type ChangeDraft } from './userFieldForm';

/** Reads the user field fresh from the portal, then lets it be changed. */
export function UserFieldChangeLoader({
  entity,
  field,
  onClose,
}: {
  entity: UserFieldEntity;
  field: string;
  onClose: () => void;
}) {
  const t = useT();
  const { client, cardFields } = useDocument();
  const label = cardFields.find((f) => f.code === field)?.label ?? field;
  const detail = useQuery({
    queryKey: [...portalKey(client), 'userfield', entity, field] as const,
    queryFn: ({ signal }) => getUserFieldByName(client, entity, field, { signal }),
    staleTime: 0,
    gcTime: 0,
  });
  if (detail.data) return <ChangeForm entity={entity} detail={detail.data} label={label} onClose={onClose} />;
  return (
    <Dialog
      open
      title={t('userFields.changeTitle', { label })}
      onClose={onClose}
      actions={
        <Button variant="light" onClick={onClose}>
          {t('ui.cancel')}
        </Button>
      }
    >
      {detail.isPending ? <p aria-busy="true">{t('userFields.loading')}</p> : null}
      {detail.isError ? (
        <p className="problem" role="alert">
          {portalErrorText(detail.error, t)}
        </p>
      ) : null}
      {detail.data === null ? (
        <p className="problem" role="alert">
          {t('userFields.notFound', { code: field })}
        </p>
      ) : null}
    </Dialog>
  );
}

/** Labels, list items and "required" of an existing user field; its type and multiplicity are fixed. */
function ChangeForm({
  entity,
  detail,
  label,
  onClose,
}: {
  entity: UserFieldEntity;
  detail: UserFieldDetail;
  label: string;
  onClose: () => void;
}) {
  const t = useT();
  const { client, docKey } = useDocument();
  const refresh = useFieldsRefresh(client, docKey.card);
  const [draft, setDraft] = useState<ChangeDraft>(() => changeDraftOf(detail));
  const [tried, setTried] = useState(false);
  const problems = changeProblems(draft, detail.USER_TYPE_ID);
  const change = useMutation({
    mutationFn: async () => {
      await updateUserField(client, entity, Number(detail.ID), changeInput(detail, draft));
      await refresh();
    },
    onSuccess: () => {
      showToast('success', t('userFields.changed', { label: draft.labelEn.trim() || draft.labelRu.trim() }));
      onClose();
    },
  });
  return (
    <UserFieldFormDialog
      title={t('userFields.changeTitle', { label })}
      submitLabel={t('userFields.submitChange')}
      busy={change.isPending}
      problems={problems}
      tried={tried}
      failed={change.isError}
      error={change.error}
      onSubmit={() => {
        setTried(true);
        if (problems.length === 0) change.mutate();
      }}
      onClose={onClose}
    >
      <p className="banner banner-warn uf-portal-wide">
        {t('userFields.portalWide', { record: t(`userFields.entity.${entity}`) })}
      </p>
      <p className="hint">
        <code>{detail.FIELD_NAME}</code> ·{' '}
        {EDITOR_USER_FIELD_TYPES.includes(detail.USER_TYPE_ID as EditorUserFieldType)
          ? t(`userFields.type.${detail.USER_TYPE_ID}` as MessageKey)
          : detail.USER_TYPE_ID}
      </p>
      <Labels
        en={draft.labelEn}
        ru={draft.labelRu}
        onEn={(v) => setDraft({ ...draft, labelEn: v })}
        onRu={(v) => setDraft({ ...draft, labelRu: v })}
      />
      {detail.USER_TYPE_ID === 'enumeration' ? (
        <ItemsEditor items={draft.items} onChange={(items) => setDraft({ ...draft, items })} />
      ) : null}
      <label className="checkbox">
        <input
          type="checkbox"
          checked={draft.required}
          onChange={(e) => setDraft({ ...draft, required: e.target.checked })}
        />
        {t('userFields.required')}
      </label>
      <p className="hint">
        {t(detail.MULTIPLE === 'Y' ? 'userFields.multipleFixed.yes' : 'userFields.multipleFixed.no')}
      </p>
    </UserFieldFormDialog>
  );
}
