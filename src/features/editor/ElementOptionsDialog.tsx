import { useState } from 'react';
import { useT } from '../../i18n/i18nStore';
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
  const t = useT();
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
      title={t('pieces.element.optionsOf', { label })}
      onClose={onClose}
      actions={
        <>
          <Button variant="primary" onClick={apply}>
            {t('pieces.apply')}
          </Button>
          <Button variant="light" onClick={onClose}>
            {t('ui.cancel')}
          </Button>
        </>
      }
    >
      {keys.map((k, i) => (
        <label key={k.key} className="field">
          <span>{t(k.label)}</span>
          {k.kind === 'addressType' ? (
            <select
              className="input"
              value={values[k.key] ?? ''}
              onChange={(e) => setValues({ ...values, [k.key]: e.target.value })}
            >
              <option value="">{t('pieces.options.portalDefault')}</option>
              {ADDRESS_TYPES.map((a) => (
                <option key={a.id} value={String(a.id)}>
                  {t(a.name)}
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
          {errors[i] ? <span className="problem">{t(errors[i])}</span> : null}
        </label>
      ))}
      {others.length > 0 ? (
        <p className="hint">{t('pieces.options.kept', { keys: others.join(', ') })}</p>
      ) : null}
    </Dialog>
  );
}
