import { useT } from '../../../i18n/i18nStore';
import { dataKeysOf } from '../catalog';
import { useForm, useFormApi } from '../formStore';
import { usePreviewEnv } from '../previewEnv';
import { controlAria, type InputProps } from './inputProps';

/**
 * A reference list (stage, source, salutation, a `crm_status` user field) or an enumeration:
 * a select of names. A value the list does not know stays selectable, so nothing is lost.
 */
export function ListInput(props: InputProps) {
  const { field } = props;
  const { catalog, refs } = usePreviewEnv();
  const key = dataKeysOf(field)[0] ?? field.code;
  const value = useForm((s) => s.form.values[key] ?? '');
  const api = useFormApi();
  const t = useT();
  const info = catalog.fields[key];
  const options =
    field.kind === 'enumeration'
      ? (info?.items ?? []).map((i) => ({ id: i.ID, name: i.VALUE }))
      : (refs.statuses.get(info?.statusType ?? '') ?? []).map((s) => ({ id: s.STATUS_ID, name: s.NAME }));
  const known = value === '' || options.some((o) => o.id === value);
  return (
    <select
      className="input"
      value={value}
      onChange={(e) => api.getState().setValue(key, e.target.value)}
      {...controlAria(props)}
    >
      <option value="">{t('preview.input.notSelected')}</option>
      {options.map((o) => (
        <option key={o.id} value={o.id}>
          {o.name}
        </option>
      ))}
      {known ? null : <option value={value}>{value}</option>}
    </select>
  );
}
