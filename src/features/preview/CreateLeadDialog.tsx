import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { addLeadOnce, newLeadOrigin } from '../../api/methods/addLeadOnce';
import { leadKeys } from '../../api/methods/leads';
import type { PortalClient } from '../../api/transport';
import type { Layout, LeadType } from '../../domain/types';
import { useLang, useT } from '../../i18n/i18nStore';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { showToast } from '../../ui/toastStore';
import { placedFields } from './catalog';
import { fieldsForAdd, type LeadChanges } from './diffLead';
import { leadErrorText } from './leadErrors';
import { usePreviewEnv } from './previewEnv';
import { sampleLead } from './sampleLead';

export interface CreateLeadDialogProps {
  readonly client: PortalClient;
  readonly leadType: LeadType;
  /** The card whose fields get filled (the draft). */
  readonly layout: Layout;
  readonly onClose: () => void;
  readonly onCreated: (id: number) => void;
}

const ADD = 'crm.lead.add';

/** `text` with each occurrence of the method name `code` set as code. */
const withCode = (text: string, code: string): ReactNode[] =>
  text.split(code).flatMap((part, i) => (i === 0 ? [part] : [<code key={i}>{code}</code>, part]));

/**
 * "Create a test lead": the card's fields filled with the sample values, sent with `crm.lead.add`.
 * A repeat lead needs a company: the portal makes a lead repeat only through one (BITRIX24-API.md 3.4).
 */
export function CreateLeadDialog({ client, leadType, layout, onClose, onCreated }: CreateLeadDialogProps) {
  const { catalog, refs } = usePreviewEnv();
  const queryClient = useQueryClient();
  const t = useT();
  const lang = useLang();
  const [title, setTitle] = useState(() =>
    t('preview.create.defaultName', { time: new Date().toLocaleString(lang) }),
  );
  const [company, setCompany] = useState('');
  const [sonet, setSonet] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  // one marker for this create, so trying again after a lost answer finds the lead already made
  const [origin] = useState(newLeadOrigin);
  const [failedOnce, setFailedOnce] = useState(false);
  const filled = placedFields(layout, catalog).filter((f) => !f.isReadOnly);
  const create = useMutation({
    mutationFn: () => {
      const fields: LeadChanges = {
        ...fieldsForAdd(sampleLead(leadType, catalog, refs, t), layout, catalog),
        TITLE: title.trim(),
      };
      delete fields['COMPANY_ID'];
      delete fields['CONTACT_IDS'];
      if (leadType === 'repeat') fields['COMPANY_ID'] = company.trim();
      return addLeadOnce(client, fields, { REGISTER_SONET_EVENT: sonet ? 'Y' : 'N' }, origin, {
        retried: failedOnce,
      });
    },
    onSuccess: (id) => {
      void queryClient.invalidateQueries({ queryKey: leadKeys.all(client) });
      showToast('success', t('preview.create.done', { id: String(id) }));
      onCreated(id);
    },
    onError: (e) => {
      setFailedOnce(true);
      setProblem(leadErrorText(e, t));
    },
  });
  const submit = () => {
    if (leadType === 'repeat' && !/^[1-9]\d*$/.test(company.trim())) {
      setProblem(t('preview.create.needCompany'));
      return;
    }
    setProblem(null);
    create.mutate();
  };
  return (
    <Dialog
      title={t('preview.create.title')}
      open
      onClose={onClose}
      actions={
        <>
          <Button variant="primary" busy={create.isPending} onClick={submit}>
            {t('preview.create.submit')}
          </Button>
          <Button variant="light" onClick={onClose}>
            {t('ui.cancel')}
          </Button>
        </>
      }
    >
      <p>{withCode(t('preview.create.intro', { count: filled.length, method: ADD }), ADD)}</p>
      <label className="field">
        <span>{t('preview.create.name')}</span>
        <input className="input" value={title} onChange={(e) => setTitle(e.target.value)} />
      </label>
      {leadType === 'repeat' ? (
        <label className="field">
          <span>{t('preview.part.companyId')}</span>
          <input
            className="input"
            inputMode="numeric"
            value={company}
            onChange={(e) => setCompany(e.target.value)}
          />
        </label>
      ) : null}
      <p className="hint">
        {t('preview.create.repeatRule')}{' '}
        {t(leadType === 'repeat' ? 'preview.create.getsCompany' : 'preview.create.getsNeither')}
      </p>
      <label className="checkbox">
        <input type="checkbox" checked={sonet} onChange={(e) => setSonet(e.target.checked)} />
        {t('preview.create.announce')}
      </label>
      {problem ? (
        <p className="pv-error" role="alert">
          {problem}
        </p>
      ) : null}
    </Dialog>
  );
}
