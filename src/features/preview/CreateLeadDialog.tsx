import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { addLead, leadKeys } from '../../api/methods/leads';
import type { PortalClient } from '../../api/transport';
import type { Layout, LeadType } from '../../domain/types';
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

/**
 * "Create a test lead": the card's fields filled with the sample values, sent with `crm.lead.add`.
 * A repeat lead needs a company: the portal makes a lead repeat only through one (BITRIX24-API.md 3.4).
 */
export function CreateLeadDialog({ client, leadType, layout, onClose, onCreated }: CreateLeadDialogProps) {
  const { catalog, refs } = usePreviewEnv();
  const queryClient = useQueryClient();
  const [title, setTitle] = useState(() => `Test lead ${new Date().toLocaleString()}`);
  const [company, setCompany] = useState('');
  const [sonet, setSonet] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const filled = placedFields(layout, catalog).filter((f) => !f.isReadOnly);
  const create = useMutation({
    mutationFn: () => {
      const fields: LeadChanges = {
        ...fieldsForAdd(sampleLead(leadType, catalog, refs), layout, catalog),
        TITLE: title.trim(),
      };
      delete fields['COMPANY_ID'];
      delete fields['CONTACT_IDS'];
      if (leadType === 'repeat') fields['COMPANY_ID'] = company.trim();
      return addLead(client, fields, { REGISTER_SONET_EVENT: sonet ? 'Y' : 'N' });
    },
    onSuccess: (id) => {
      void queryClient.invalidateQueries({ queryKey: leadKeys.all(client) });
      showToast('success', `Test lead #${id} created; it is open in the preview.`);
      onCreated(id);
    },
    onError: (e) => setProblem(leadErrorText(e)),
  });
  const submit = () => {
    if (leadType === 'repeat' && !/^[1-9]\d*$/.test(company.trim())) {
      setProblem('A repeat lead needs a company: enter the id of a company of the portal.');
      return;
    }
    setProblem(null);
    create.mutate();
  };
  return (
    <Dialog
      title="Create a test lead"
      open
      onClose={onClose}
      actions={
        <>
          <Button variant="primary" busy={create.isPending} onClick={submit}>
            Create lead
          </Button>
          <Button variant="light" onClick={onClose}>
            Cancel
          </Button>
        </>
      }
    >
      <p>
        Fills the {filled.length} fields of this card with sample values and creates the lead on the portal
        with <code>crm.lead.add</code>; it then opens here.
      </p>
      <label className="field">
        <span>Lead name</span>
        <input className="input" value={title} onChange={(e) => setTitle(e.target.value)} />
      </label>
      {leadType === 'repeat' ? (
        <label className="field">
          <span>Company ID</span>
          <input
            className="input"
            inputMode="numeric"
            value={company}
            onChange={(e) => setCompany(e.target.value)}
          />
        </label>
      ) : null}
      <p className="hint">
        A lead created with a company or a contact becomes a repeat lead, as on a portal.{' '}
        {leadType === 'repeat'
          ? 'This one gets the company above, so it is a repeat lead.'
          : 'This one gets neither, so it stays a simple lead.'}
      </p>
      <label className="checkbox">
        <input type="checkbox" checked={sonet} onChange={(e) => setSonet(e.target.checked)} />
        Announce it in the activity stream (REGISTER_SONET_EVENT; notifies the responsible person)
      </label>
      {problem ? (
        <p className="pv-error" role="alert">
          {problem}
        </p>
      ) : null}
    </Dialog>
  );
}
