import { useState } from 'react';
import { useT } from '../../../i18n/i18nStore';
import { dataKeysOf } from '../catalog';
import { useForm, useFormApi } from '../formStore';
import type { InputProps } from './inputProps';

const NONE: readonly string[] = [];

/** Several free values (a multiple string, number or date user field): one input per value. */
export function MultiTextInput({ field, label, problemId }: InputProps) {
  const key = dataKeysOf(field)[0] ?? field.code;
  const list = useForm((s) => s.form.lists[key]) ?? NONE;
  const api = useFormApi();
  const t = useT();
  // an added empty row is kept here until it gets a value (the form keeps values only)
  const [blank, setBlank] = useState(false);
  const rows = blank ? [...list, ''] : list;
  const set = (i: number, v: string) => {
    const next = rows.map((x, j) => (j === i ? v : x));
    setBlank(false);
    api.getState().setList(key, next);
  };
  const type = field.kind === 'date' ? 'date' : field.kind === 'datetime' ? 'datetime-local' : 'text';
  return (
    <div className="pv-rows">
      {rows.map((v, i) => (
        <div key={i} className="pv-row pv-row-plain">
          <input
            className="input"
            type={type}
            aria-label={`${label} ${i + 1}`}
            aria-describedby={problemId}
            value={v}
            onChange={(e) => set(i, e.target.value)}
          />
          <button
            type="button"
            className="icon-btn"
            aria-label={t('preview.input.removeRow', { name: label, index: i + 1 })}
            onClick={() => {
              if (i >= list.length) setBlank(false);
              else
                api.getState().setList(
                  key,
                  list.filter((_, j) => j !== i),
                );
            }}
          >
            ×
          </button>
        </div>
      ))}
      <button type="button" className="btn-link pv-add-row" onClick={() => setBlank(true)}>
        {t('preview.input.addValue')}
      </button>
    </div>
  );
}
