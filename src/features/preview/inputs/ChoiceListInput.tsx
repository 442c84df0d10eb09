import { useT } from '../../../i18n/i18nStore';
import { dataKeysOf } from '../catalog';
import { useForm, useFormApi } from '../formStore';
import { usePreviewEnv } from '../previewEnv';
import { personName } from '../references';
import type { InputProps } from './inputProps';

/** Several choices at once (a multiple enumeration, observers, several employees): checkboxes. */
export function ChoiceListInput(props: InputProps) {
  const { field, label } = props;
  const { catalog, refs } = usePreviewEnv();
  const key = dataKeysOf(field)[0] ?? field.code;
  const chosen = useForm((s) => s.form.lists[key]);
  const api = useFormApi();
  const t = useT();
  const list = chosen ?? [];
  const options =
    field.kind === 'enumeration'
      ? (catalog.fields[key]?.items ?? []).map((i) => ({ id: i.ID, name: i.VALUE }))
      : [...refs.users.values()].map((u) => ({ id: u.ID, name: personName(u, t) }));
  const extra = list.filter((id) => !options.some((o) => o.id === id)).map((id) => ({ id, name: `#${id}` }));
  const toggle = (id: string, on: boolean) =>
    api.getState().setList(key, on ? [...list, id] : list.filter((x) => x !== id));
  return (
    <div className="pv-choices" aria-describedby={props.problemId}>
      {[...options, ...extra].map((o) => (
        <label key={o.id} className="checkbox">
          <input
            type="checkbox"
            checked={list.includes(o.id)}
            onChange={(e) => toggle(o.id, e.target.checked)}
          />
          {o.name}
        </label>
      ))}
      {options.length === 0 && extra.length === 0 ? (
        <span className="hint">{t('preview.input.noChoices', { noun: label.toLowerCase() })}</span>
      ) : null}
    </div>
  );
}
