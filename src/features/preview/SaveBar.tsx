import { Button } from '../../ui/Button';
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
  const count = save.problems.size;
  return (
    <div className="pv-savebar">
      {count > 0 ? (
        <p className="pv-savebar-error" role="alert">
          {count === 1 ? '1 field needs' : `${count} fields need`} attention before anything is sent. Nothing
          was saved; your values are kept.
        </p>
      ) : null}
      {save.failure?.place === 'save' ? (
        <p className="pv-savebar-error" role="alert">
          {save.failure.text}
        </p>
      ) : null}
      <div className="pv-savebar-actions">
        <Button variant="primary" busy={save.busy} onClick={save.save}>
          {isSample ? 'Create lead from these values' : 'Save lead'}
        </Button>
        <Button variant="light" disabled={!dirty || save.busy} onClick={() => api.getState().discard()}>
          Discard changes
        </Button>
        <span className="hint">
          {isSample
            ? 'The sample lead is not on the portal: saving creates a new lead with these values.'
            : dirty
              ? 'Unsaved changes: only changed values are sent.'
              : 'No changes.'}
        </span>
      </div>
    </div>
  );
}
