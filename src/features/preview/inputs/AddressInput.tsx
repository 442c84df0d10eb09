import { useT } from '../../../i18n/i18nStore';
import { useFormApi, useForm } from '../formStore';
import { partLabel } from '../parts';
import type { InputProps } from './inputProps';

function AddressPart({
  part,
  describedBy,
}: {
  readonly part: string;
  readonly describedBy: string | undefined;
}) {
  const value = useForm((s) => s.form.values[part] ?? '');
  const api = useFormApi();
  const t = useT();
  return (
    <label className={`field pv-part pv-part-${part.toLowerCase()}`}>
      <span>{partLabel(part, t)}</span>
      <input
        className="input"
        value={value}
        aria-describedby={describedBy}
        onChange={(e) => api.getState().setValue(part, e.target.value)}
      />
    </label>
  );
}

/** The lead's address as its parts; the whole address is sent when any part changes. */
export function AddressInput({ field, problemId }: InputProps) {
  return (
    <div className="pv-parts pv-address">
      {(field.composite ?? []).map((part) => (
        <AddressPart key={part} part={part} describedBy={problemId} />
      ))}
    </div>
  );
}
