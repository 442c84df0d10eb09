import type { MultifieldCode } from '../../../api/schemas/lead';
import { useT } from '../../../i18n/i18nStore';
import { useForm, useFormApi } from '../formStore';
import { newRowKey, type MultiRow } from '../leadForm';
import { captionText, defaultValueType, MULTIFIELD_VALUE_TYPES } from '../multifieldTypes';
import type { InputProps } from './inputProps';

const NO_ROWS: readonly MultiRow[] = [];

/** Phone, e-mail, website, messenger rows: type and value each; rows are added and removed. */
export function MultifieldInput({ field, label, problemId }: InputProps) {
  const code = field.code as MultifieldCode;
  const rows = useForm((s) => s.form.rows[code]) ?? NO_ROWS;
  const api = useFormApi();
  const t = useT();
  const setRows = (next: readonly MultiRow[]) => api.getState().setRows(code, next);
  const update = (key: string, patch: Partial<Pick<MultiRow, 'VALUE' | 'VALUE_TYPE'>>) =>
    setRows(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const types = MULTIFIELD_VALUE_TYPES[code] ?? [];
  const noun = label.toLowerCase();
  return (
    <div className="pv-rows">
      {rows.map((row, i) => {
        const known = types.some(([id]) => id === row.VALUE_TYPE);
        return (
          <div key={row.key} className="pv-row">
            <input
              className="input"
              type={code === 'EMAIL' ? 'email' : code === 'PHONE' ? 'tel' : 'text'}
              aria-label={`${label} ${i + 1}`}
              aria-describedby={problemId}
              value={row.VALUE}
              onChange={(e) => update(row.key, { VALUE: e.target.value })}
            />
            <select
              className="input"
              aria-label={t('preview.input.rowType', { label, index: i + 1 })}
              value={row.VALUE_TYPE}
              onChange={(e) => update(row.key, { VALUE_TYPE: e.target.value })}
            >
              {types.map(([id, caption]) => (
                <option key={id} value={id}>
                  {captionText(caption, t)}
                </option>
              ))}
              {known ? null : <option value={row.VALUE_TYPE}>{row.VALUE_TYPE}</option>}
            </select>
            <button
              type="button"
              className="icon-btn"
              aria-label={t('preview.input.removeRow', { name: noun, index: i + 1 })}
              onClick={() => setRows(rows.filter((r) => r.key !== row.key))}
            >
              ×
            </button>
          </div>
        );
      })}
      <button
        type="button"
        className="btn-link pv-add-row"
        onClick={() =>
          setRows([...rows, { key: newRowKey(), VALUE_TYPE: defaultValueType(code), VALUE: '' }])
        }
      >
        {t('preview.input.addRow', { noun })}
      </button>
    </div>
  );
}
