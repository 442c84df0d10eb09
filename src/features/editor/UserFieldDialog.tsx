import { useMutation, useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { isPortalError } from '../../api/errors';
import { portalKey } from '../../api/methods/keys';
import { addLeadUserField, getLeadUserFieldByName, updateLeadUserField } from '../../api/methods/userfields';
import {
  EDITOR_USER_FIELD_TYPES,
  type EditorUserFieldType,
  type UserFieldDetail,
} from '../../api/schemas/userFieldEdit';
import { useLang, useT } from '../../i18n/i18nStore';
import type { MessageKey } from '../../i18n/messages/en';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { portalErrorText } from '../../ui/portalErrorText';
import { showToast } from '../../ui/toastStore';
import { useDocumentEnv } from './documentEnv';
import { useFieldsRefresh } from './useFieldsRefresh';
import type { UserFieldRequest } from './userFieldDialogStore';
import {
  canBeMultiple,
  changeDraftOf,
  changeInput,
  changeProblems,
  createInput,
  createProblems,
  CRM_LINK_TYPES,
  fullFieldName,
  type ChangeDraft,
  type CrmLinkType,
  type FormProblem,
  type ItemDraft,
} from './userFieldForm';
import './userFields.css';

export interface UserFieldDialogProps {
  readonly request: UserFieldRequest;
  readonly onClose: () => void;
}

/** Creates a lead user field or changes one, on the portal itself (`crm.lead.userfield.*`). */
export function UserFieldDialog({ request, onClose }: UserFieldDialogProps) {
  return request.kind === 'create' ? (
    <CreateForm section={request.section} onClose={onClose} />
  ) : (
    <ChangeLoader field={request.field} onClose={onClose} />
  );
}

let itemSeq = 0;
const newItem = (): ItemDraft => ({ key: `new-${++itemSeq}`, value: '' });

/**
 * The main module's checks end each message with `<br>` (CAdminException), and the rest module
 * passes them on as ERROR_CORE: shown as plain sentences, with the code to search for.
 */
const failure = (e: unknown, t: ReturnType<typeof useT>) => {
  const reason =
    isPortalError(e) && e.kind === 'portal' && e.code === 'ERROR_CORE'
      ? `${e.code}: ${e.description
          .split('<br>')
          .map((m) => m.trim())
          .filter((m) => m !== '')
          .join(' ')}`
      : portalErrorText(e, t);
  return t('userFields.failed', { reason });
};

function Problems({ problems }: { problems: readonly FormProblem[] }) {
  const t = useT();
  if (problems.length === 0) return null;
  return (
    <ul className="problem uf-problems" role="alert">
      {problems.map((p) => (
        <li key={p}>{t(`userFields.problem.${p}` as MessageKey)}</li>
      ))}
    </ul>
  );
}

function Labels(props: { en: string; ru: string; onEn: (v: string) => void; onRu: (v: string) => void }) {
  const t = useT();
  return (
    <>
      <label className="field">
        <span>{t('userFields.labelEn')}</span>
        <input className="input" lang="en" value={props.en} onChange={(e) => props.onEn(e.target.value)} />
      </label>
      <label className="field">
        <span>{t('userFields.labelRu')}</span>
        <input className="input" lang="ru" value={props.ru} onChange={(e) => props.onRu(e.target.value)} />
      </label>
    </>
  );
}

function ItemsEditor({
  items,
  onChange,
}: {
  items: readonly ItemDraft[];
  onChange: (v: ItemDraft[]) => void;
}) {
  const t = useT();
  const headId = useId();
  const set = (key: string, patch: Partial<ItemDraft>) =>
    onChange(items.map((i) => (i.key === key ? { ...i, ...patch } : i)));
  return (
    <fieldset className="uf-items" aria-labelledby={headId}>
      <legend id={headId}>{t('userFields.items')}</legend>
      <ol className="uf-item-list">
        {items.map((item, n) => {
          const name = item.value.trim() || t('userFields.item', { n: n + 1 });
          return (
            <li key={item.key} className={item.removed ? 'is-removed' : undefined}>
              <input
                className="input"
                aria-label={t('userFields.item', { n: n + 1 })}
                value={item.value}
                disabled={item.removed}
                onChange={(e) => set(item.key, { value: e.target.value })}
              />
              {item.removed ? <span className="hint">{t('userFields.itemRemoved')}</span> : null}
              <button
                type="button"
                className="btn-link"
                onClick={() =>
                  item.id === undefined
                    ? onChange(items.filter((i) => i.key !== item.key))
                    : set(item.key, { removed: !item.removed })
                }
              >
                {t(item.removed ? 'userFields.restoreItem' : 'userFields.removeItem', { value: name })}
              </button>
            </li>
          );
        })}
      </ol>
      <Button variant="light" onClick={() => onChange([...items, newItem()])}>
        {t('userFields.addItem')}
      </Button>
    </fieldset>
  );
}

function CreateForm({ section, onClose }: { section: string | null; onClose: () => void }) {
  const t = useT();
  const lang = useLang();
  const { client, editor } = useDocumentEnv();
  const refresh = useFieldsRefresh(client);
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
      await addLeadUserField(client, input);
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
  const submit = () => {
    setTried(true);
    if (problems.length === 0) create.mutate();
  };
  return (
    <Dialog
      open
      title={
        sectionTitle !== null
          ? t('userFields.createInTitle', { title: sectionTitle })
          : t('userFields.createTitle')
      }
      onClose={onClose}
      actions={
        <>
          <Button variant="primary" busy={create.isPending} onClick={submit}>
            {t('userFields.submitCreate')}
          </Button>
          <Button variant="light" onClick={onClose}>
            {t('ui.cancel')}
          </Button>
        </>
      }
    >
      <p className="hint">{t('userFields.createIntro')}</p>
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
      <label className="field">
        <span>{t('userFields.code')}</span>
        <input
          className="input"
          lang="en"
          spellCheck={false}
          value={code}
          placeholder={fullFieldName('', now)}
          onChange={(e) => setCode(e.target.value)}
        />
      </label>
      <p className="hint">{t('userFields.codeHint', { name: fullFieldName(code, now) })}</p>
      <Problems problems={tried ? problems : []} />
      {create.isError ? (
        <p className="problem" role="alert">
          {failure(create.error, t)}
        </p>
      ) : null}
    </Dialog>
  );
}

function ChangeLoader({ field, onClose }: { field: string; onClose: () => void }) {
  const t = useT();
  const { client, cardFields } = useDocumentEnv();
  const label = cardFields.find((f) => f.code === field)?.label ?? field;
  const detail = useQuery({
    queryKey: [...portalKey(client), 'userfield', field] as const,
    queryFn: ({ signal }) => getLeadUserFieldByName(client, field, { signal }),
    staleTime: 0,
    gcTime: 0,
  });
  if (detail.data) return <ChangeForm detail={detail.data} label={label} onClose={onClose} />;
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

function ChangeForm({
  detail,
  label,
  onClose,
}: {
  detail: UserFieldDetail;
  label: string;
  onClose: () => void;
}) {
  const t = useT();
  const { client } = useDocumentEnv();
  const refresh = useFieldsRefresh(client);
  const [draft, setDraft] = useState<ChangeDraft>(() => changeDraftOf(detail));
  const [tried, setTried] = useState(false);
  const problems = changeProblems(draft, detail.USER_TYPE_ID);
  const change = useMutation({
    mutationFn: async () => {
      await updateLeadUserField(client, Number(detail.ID), changeInput(detail, draft));
      await refresh();
    },
    onSuccess: () => {
      showToast('success', t('userFields.changed', { label: draft.labelEn.trim() || draft.labelRu.trim() }));
      onClose();
    },
  });
  const submit = () => {
    setTried(true);
    if (problems.length === 0) change.mutate();
  };
  return (
    <Dialog
      open
      title={t('userFields.changeTitle', { label })}
      onClose={onClose}
      actions={
        <>
          <Button variant="primary" busy={change.isPending} onClick={submit}>
            {t('userFields.submitChange')}
          </Button>
          <Button variant="light" onClick={onClose}>
            {t('ui.cancel')}
          </Button>
        </>
      }
    >
      <p className="banner banner-warn uf-portal-wide">{t('userFields.portalWide')}</p>
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
      <Problems problems={tried ? problems : []} />
      {change.isError ? (
        <p className="problem" role="alert">
          {failure(change.error, t)}
        </p>
      ) : null}
    </Dialog>
  );
}
