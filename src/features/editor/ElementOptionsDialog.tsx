import { useState } from 'react';
import { useEditor, useEditorStoreApi } from '../../store/documents';
import { elementOf } from '../../store/selectors';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { useFieldLabel } from './catalogContext';
import { ADDRESS_TYPES, checkOption, optionKeysFor } from './elementOptions';

/** Edits the documented option keys of one field; keys it does not know are listed and kept. */
export function ElementOptionsDialog({
  field,
  onClose,
}: {
  readonly field: string | null;
  readonly onClose: () => void;
}) {
  return field ? <OptionsForm key={field} field={field} onClose={onClose} /> : null;
}

function OptionsForm({ field, onClose }: { field: string; onClose: () => void }) {
  const editor = useEditorStoreApi();
  const label = useFieldLabel(field);
  const options = useEditor((s) => elementOf(field)(s)?.options);
  const keys = optionKeysFor(field);
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      keys.map((k) => [k.key, options?.[k.key] === undefined ? '' : String(options[k.key])]),
    ),
  );
  const errors = keys.map((k) => checkOption(k, values[k.key] ?? ''));
  const others = Object.keys(options ?? {}).filter((k) => !keys.some((o) => o.key === k));
  const apply = () => {
    if (errors.some((e) => e !== null)) return;
    const next: Record<string, unknown> = {};
    for (const k of keys) {
      const v = (values[k.key] ?? '').trim();
      next[k.key] = v === '' ? undefined : k.kind === 'country' ? v.toUpperCase() : Number(v);
    }
    editor.getState().apply({ type: 'setElementOptions', field, options: next });
    onClose();
  };
  return (
    <Dialog
      open
      title={`Options of ${label}`}
      onClose={onClose}
      actions={
        <>
          <Button variant="primary" onClick={apply}>
            Apply
          </Button>
          <Button variant="light" onClick={onClose}>
            Cancel
          </Button>
        </>
      }
    >
      {keys.map((k, i) => (
        <label key={k.key} className="field">
          <span>{k.label}</span>
          {k.kind === 'addressType' ? (
            <select
              className="input"
              value={values[k.key] ?? ''}
              onChange={(e) => setValues({ ...values, [k.key]: e.target.value })}
            >
              <option value="">Portal default</option>
              {ADDRESS_TYPES.map((t) => (
                <option key={t.id} value={String(t.id)}>
                  {t.name}
                </option>
              ))}
            </select>
          ) : (
            <input
              className="input"
              value={values[k.key] ?? ''}
              maxLength={2}
              aria-invalid={errors[i] !== null}
              onChange={(e) => setValues({ ...values, [k.key]: e.target.value })}
            />
          )}
          {errors[i] ? <span className="problem">{errors[i]}</span> : null}
        </label>
      ))}
      {others.length > 0 ? <p className="hint">Also kept as they are: {others.join(', ')}.</p> : null}
    </Dialog>
  );
}
