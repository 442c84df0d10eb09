import { useT } from '../../../i18n/i18nStore';
import { dataKeysOf } from '../catalog';
import { useForm, useFormApi } from '../formStore';
import { usePreviewEnv } from '../previewEnv';
import { controlAria, type InputProps } from './inputProps';

/** Yes/no: `char` fields take `Y`/`N`, boolean user fields `1`/`0` (BITRIX24-API.md 2.2). */
export function BooleanInput(props: InputProps) {
  const { field } = props;
  const { catalog } = usePreviewEnv();
  const key = dataKeysOf(field)[0] ?? field.code;
  const [on, off] = catalog.fields[key]?.type === 'char' ? ['Y', 'N'] : ['1', '0'];
  const value = useForm((s) => s.form.values[key] ?? '');
  const api = useFormApi();
  const t = useT();
  return (
    <label className="checkbox pv-check">
      <input
        type="checkbox"
        checked={value === on}
        onChange={(e) => api.getState().setValue(key, e.target.checked ? (on ?? '1') : (off ?? '0'))}
        {...controlAria(props)}
      />
      {t('preview.input.yes')}
    </label>
  );
}
