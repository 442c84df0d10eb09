import { useId } from 'react';

export interface SegmentedControlProps<T extends string> {
  /** Name of the group, e.g. "Mode". */
  readonly label: string;
  readonly value: T;
  readonly options: readonly { readonly value: T; readonly label: string }[];
  readonly onChange: (value: T) => void;
}

/** A small set of exclusive choices: native radios (arrow keys work) laid invisibly over segment buttons. */
export function SegmentedControl<T extends string>({
  label,
  value,
  options,
  onChange,
}: SegmentedControlProps<T>) {
  const name = useId();
  return (
    <div role="radiogroup" aria-label={label} className="pv-seg">
      {options.map((o) => (
        <label key={o.value} className={`pv-seg-item${o.value === value ? ' is-on' : ''}`}>
          <input
            type="radio"
            name={name}
            value={o.value}
            checked={o.value === value}
            onChange={() => onChange(o.value)}
          />
          {o.label}
        </label>
      ))}
    </div>
  );
}
