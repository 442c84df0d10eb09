import type { InputHTMLAttributes } from 'react';

export interface TextFieldProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'className' | 'value' | 'onChange'
> {
  /** The caption above the box, which also names it. */
  readonly label: string;
  readonly value: string;
  readonly onChange: (text: string) => void;
}

/** A captioned one-line text box, the way every form of the app asks for a text. */
export function TextField({ label, value, onChange, ...input }: TextFieldProps) {
  return (
    <label className="field">
      <span>{label}</span>
      <input {...input} className="input" value={value} onChange={(e) => onChange(e.target.value)} />
    </label>
  );
}
