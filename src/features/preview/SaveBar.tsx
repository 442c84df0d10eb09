import { useT } from '../../i18n/i18nStore';
import { Button } from '../../ui/Button';
import { leadErrorText } from './leadErrors';
import { usePreviewEnv } from './previewEnv';
import { isDirty, useForm, useFormApi } from './formStore';
import type { LeadSave } from './useLeadSave';

export interface SaveBarProps {
  readonly save: LeadSave;
  /** The sample lead is not on the portal: saving creates a lead from it. */
  readonly isSample: boolean;
}

/** The card's bottom bar in edit mode, as on the portal: save, discard, and what went wrong. */
export function SaveBar({ save, isSample }: SaveBarProps) {
  const dirty = useForm(isDirty);
  const api = useFormApi();
  const t = useT();
  const { words } = usePreviewEnv();
  const count = save.problems.size;
  return (
    <div className="pv-savebar">
      {count > 0 ? (
        <p className="pv-savebar-error" role="alert">
          {t('preview.save.problems', { count })}
        </p>
      ) : null}
      {save.failure?.place === 'save' ? (
        <p className="pv-savebar-error" role="alert">
          {leadErrorText(save.failure.error, t, words.missing)}
        </p>
      ) : null}
      <div className="pv-savebar-actions">
        <Button variant="primary" busy={save.busy} onClick={save.save}>
          {t(isSample ? words.createFromSample : words.save)}
        </Button>
        <Button variant="light" disabled={!dirty || save.busy} onClick={() => api.getState().discard()}>
          {t('preview.save.discard')}
        </Button>
        <span className="hint">
          {t(isSample ? words.sampleHint : dirty ? 'preview.save.dirtyHint' : 'preview.save.cleanHint')}
        </span>
      </div>
    </div>
  );
}
