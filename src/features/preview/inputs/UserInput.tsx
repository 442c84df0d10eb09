import { useT } from '../../../i18n/i18nStore';
import { dataKeysOf } from '../catalog';
import { useForm, useFormApi } from '../formStore';
import { usePreviewEnv } from '../previewEnv';
import { personName } from '../references';
import { controlAria, type InputProps } from './inputProps';

/** One person (responsible, an employee field): a select of the portal's users. */
export function UserInput(props: InputProps) {
  const { field } = props;
  const { refs } = usePreviewEnv();
  const key = dataKeysOf(field)[0] ?? field.code;
  const value = useForm((s) => s.form.values[key] ?? '');
  const api = useFormApi();
  const t = useT();
  const users = [...refs.users.values()];
  const known = value === '' || refs.users.has(value);
  return (
    <select
      className="input"
      value={value}
      onChange={(e) => api.getState().setValue(key, e.target.value)}
      {...controlAria(props)}
    >
      <option value="">{t('preview.input.notSelected')}</option>
      {users.map((u) => (
        <option key={u.ID} value={u.ID}>
          {personName(u, t)}
        </option>
      ))}
      {known ? null : <option value={value}>{t('preview.user.numbered', { id: value })}</option>}
    </select>
  );
}
