import { useT } from '../../../i18n/i18nStore';
import { dataKeysOf } from '../catalog';
import { useForm, useFormApi } from '../formStore';
import { controlAria, type InputProps } from './inputProps';

export interface Choice {
  readonly id: string;
  readonly name: string;
}

/**
 * One value out of `choices`, with "not selected" first. A value the choices do not know stays
 * selectable under `unknownName`, so saving the record never drops it.
 */
export function OneOfSelect({
  input,
  choices,
  unknownName,
}: {
  readonly input: InputProps;
  readonly choices: readonly Choice[];
  readonly unknownName: (value: string) => string;
}) {
  const key = dataKeysOf(input.field)[0] ?? input.field.code;
  const value = useForm((s) => s.form.values[key] ?? '');
  const api = useFormApi();
  const t = useT();
  const known = value === '' || choices.some((c) => c.id === value);
  return (
    <select
      className="input"
      value={value}
      onChange={(e) => api.getState().setValue(key, e.target.value)}
      {...controlAria(input)}
    >
      <option value="">{t('preview.input.notSelected')}</option>
      {choices.map((c) => (
        <option key={c.id} value={c.id}>
          {c.name}
        </option>
      ))}
      {known ? null : <option value={value}>{unknownName(value)}</option>}
    </select>
  );
}
