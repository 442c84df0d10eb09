import type { InputHTMLAttributes } from 'react';

export interface SearchBoxProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'type' | 'className' | 'value' | 'onChange'
> {
  /** What the box searches, as a screen reader says it; shown inside while empty unless `placeholder`. */
  readonly label: string;
  readonly value: string;
  readonly onChange: (text: string) => void;
}

/** Every search box of the app: the same look, named by its label, reporting the text typed. */
export function SearchBox({ label, value, onChange, placeholder, ...input }: SearchBoxProps) {
  return (
    <input
      {...input}
      className="input"
      type="search"
      aria-label={label}
      placeholder={placeholder ?? label}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
