import { useState } from 'react';
import { useT } from '../../../i18n/i18nStore';
import { useForm, useFormApi } from '../formStore';
import { usePreviewEnv } from '../previewEnv';
import type { InputProps } from './inputProps';

const parseIds = (text: string): string[] =>
  text
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');

/**
 * The client: a company id and contact ids (the preview has no company or contact search). Binding
 * either makes the lead a repeat lead on save, as on a portal (BITRIX24-API.md 3.4): said here.
 */
export function ClientInput({ problemId }: InputProps) {
  const company = useForm((s) => s.form.values['COMPANY_ID'] ?? '');
  const contacts = useForm((s) => s.form.lists['CONTACT_IDS']);
  const api = useFormApi();
  const t = useT();
  // only a lead turns repeat by a company or a contact (BITRIX24-API.md 3.4)
  const { card } = usePreviewEnv();
  const joined = (contacts ?? []).join(', ');
  // what is typed stays as typed ("31, "); the list is what the text means
  const [text, setText] = useState(joined);
  const shown = parseIds(text).join(', ') === joined ? text : joined;
  return (
    <div className="pv-parts pv-client">
      <label className="field pv-part">
        <span>{t('preview.part.companyId')}</span>
        <input
          className="input"
          inputMode="numeric"
          value={company === '0' ? '' : company}
          aria-describedby={problemId}
          onChange={(e) => api.getState().setValue('COMPANY_ID', e.target.value)}
        />
      </label>
      <label className="field pv-part">
        <span>{t('preview.part.contactIds')}</span>
        <input
          className="input"
          value={shown}
          placeholder={t('preview.client.contactsPlaceholder')}
          aria-describedby={problemId}
          onChange={(e) => {
            setText(e.target.value);
            api.getState().setList('CONTACT_IDS', parseIds(e.target.value));
          }}
        />
      </label>
      {card.entity === 'lead' ? <p className="hint pv-part-note">{t('preview.client.repeatHint')}</p> : null}
    </div>
  );
}
