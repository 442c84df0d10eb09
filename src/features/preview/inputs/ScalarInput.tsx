import type { CardFieldKind } from '../../../domain/cardFields';
import { dataKeysOf } from '../catalog';
import { useForm, useFormApi } from '../formStore';
import { controlAria, type InputProps } from './inputProps';

const TYPES: Partial<Record<CardFieldKind, string>> = {
  date: 'date',
  datetime: 'datetime-local',
  url: 'url',
};

/** One text-like value: text, long text, number, date, date and time, link, CRM binding. */
export function ScalarInput(props: InputProps) {
  const { field } = props;
  const key = dataKeysOf(field)[0] ?? field.code;
  const value = useForm((s) => s.form.values[key] ?? '');
  const api = useFormApi();
  const onChange = (v: string) => api.getState().setValue(key, v);
  if (field.kind === 'textarea' || field.kind === 'html') {
    return (
      <textarea
        className="input pv-textarea"
        rows={3}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        {...controlAria(props)}
      />
    );
  }
  return (
    <input
      className="input"
      type={TYPES[field.kind] ?? 'text'}
      inputMode={field.kind === 'number' ? 'decimal' : undefined}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      {...controlAria(props)}
    />
  );
}
