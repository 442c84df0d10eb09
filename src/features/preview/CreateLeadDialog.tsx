import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { addRecordOnce, newRecordOrigin } from '../../api/methods/addRecordOnce';
import { recordKeys, usesItemMethods, type RecordCommands } from '../../api/methods/records';
import type { Layout } from '../../domain/types';
import { useLang, useT } from '../../i18n/i18nStore';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { showToast } from '../../ui/toastStore';
import { TextField } from '../../ui/TextField';
import { placedFields } from './catalog';
import { fieldsForAdd, type LeadChanges } from './diffLead';
import { leadErrorText } from './leadErrors';
import { usePreviewEnv } from './previewEnv';
import { sampleRecord } from './sampleRecord';

export interface CreateLeadDialogProps {
  /** The card's record commands, loaded. */
  readonly commands: RecordCommands;
  /** The card whose fields get filled (the draft). */
  readonly layout: Layout;
  readonly onClose: () => void;
  readonly onCreated: (id: number) => void;
}

/** `text` with each occurrence of the method name `code` set as code. */
const withCode = (text: string, code: string): ReactNode[] =>
  text.split(code).flatMap((part, i) => (i === 0 ? [part] : [<code key={i}>{code}</code>, part]));

/**
 * "Create a test lead" (or deal, contact…): the card's fields filled with the sample values, sent
 * with the card's `add` at most once (addRecordOnce). A repeat lead needs a company: the portal
 * makes a lead repeat only through one (BITRIX24-API.md 3.4).
 */
export function CreateLeadDialog({ commands, layout, onClose, onCreated }: CreateLeadDialogProps) {
  const { client, catalog, refs, card, words } = usePreviewEnv();
  const repeat = card.entity === 'lead' && card.leadType === 'repeat';
  // crm.item.add takes no `params`: nothing to announce with
  const announces = !usesItemMethods(card);
  const ADD = commands.add({}).method;
  const queryClient = useQueryClient();
  const t = useT();
  const lang = useLang();
  const [title, setTitle] = useState(() => t(words.defaultName, { time: new Date().toLocaleString(lang) }));
  const [company, setCompany] = useState('');
  const [sonet, setSonet] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  // one marker for this create, so trying again after a lost answer finds the lead already made
  const [origin] = useState(newRecordOrigin);
  const [failedOnce, setFailedOnce] = useState(false);
  const filled = placedFields(layout, catalog).filter((f) => !f.isReadOnly);
  const create = useMutation({
    mutationFn: () => {
      const fields: LeadChanges = {
        ...fieldsForAdd(sampleRecord(card, catalog, refs, t), layout, catalog),
        TITLE: title.trim(),
      };
      delete fields['COMPANY_ID'];
      delete fields['CONTACT_IDS'];
      if (repeat) fields['COMPANY_ID'] = company.trim();
      return addRecordOnce({
        client,
        card,
        commands,
        fields,
        ...(announces ? { params: { REGISTER_SONET_EVENT: sonet ? 'Y' : 'N' } } : {}),
        origin,
        retried: failedOnce,
      });
    },
    onSuccess: (id) => {
      void queryClient.invalidateQueries({ queryKey: recordKeys.all(client, card) });
      showToast('success', t(words.done, { id: String(id) }));
      onCreated(id);
    },
    onError: (e) => {
      setFailedOnce(true);
      setProblem(leadErrorText(e, t, words.missing));
    },
  });
  const submit = () => {
    if (repeat && !/^[1-9]\d*$/.test(company.trim())) {
      setProblem(t('preview.create.needCompany'));
      return;
    }
    setProblem(null);
    create.mutate();
  };
  return (
    <Dialog
      title={t(words.createTitle)}
      open
      onClose={onClose}
      actions={
        <>
          <Button variant="primary" busy={create.isPending} onClick={submit}>
            {t(words.submit)}
          </Button>
          <Button variant="light" onClick={onClose}>
            {t('ui.cancel')}
          </Button>
        </>
      }
    >
      <p>{withCode(t(words.intro, { count: filled.length, method: ADD }), ADD)}</p>
      <TextField label={t(words.name)} value={title} onChange={setTitle} />
      {repeat ? (
        <TextField
          label={t('preview.part.companyId')}
          inputMode="numeric"
          value={company}
          onChange={setCompany}
        />
      ) : null}
      {card.entity === 'lead' ? (
        <p className="hint">
          {t('preview.create.repeatRule')}{' '}
          {t(repeat ? 'preview.create.getsCompany' : 'preview.create.getsNeither')}
        </p>
      ) : null}
      {announces ? (
        <label className="checkbox">
          <input type="checkbox" checked={sonet} onChange={(e) => setSonet(e.target.checked)} />
          {t('preview.create.announce')}
        </label>
      ) : null}
      {problem ? (
        <p className="pv-error" role="alert">
          {problem}
        </p>
      ) : null}
    </Dialog>
  );
}
