import { useId, useMemo, useState } from 'react';
import { useLang, useT } from '../../../i18n/i18nStore';
import { elementOf } from '../../../store/selectors';
import { Dialog } from '../../../ui/Dialog';
import { SearchBox } from '../../../ui/SearchBox';
import { useEditor, useEditorStoreApi, useFieldLabel } from '../document/documentContext';
import {
  ADDRESS_TYPES,
  checkOption,
  countryChoices,
  filterCountries,
  optionKeysFor,
  type OptionKey,
  type OptionProblem,
} from './elementOptions';
import { ActionAndCancel } from '../../../ui/ActionAndCancel';

/** Edits the documented option keys of one field; keys it does not know are listed and kept. */
export function ElementOptionsDialog({
  field,
  onClose,
}: {
  readonly field: string | null;
  readonly onClose: () => void;
}) {
  return field ? <OptionsForm key={field} field={field} onClose={onClose} /> : null;
}

function OptionsForm({ field, onClose }: { field: string; onClose: () => void }) {
  const editor = useEditorStoreApi();
  const t = useT();
  const label = useFieldLabel(field);
  const options = useEditor((s) => elementOf(field)(s)?.options);
  const keys = optionKeysFor(field);
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      keys.map((k) => [k.key, options?.[k.key] === undefined ? '' : String(options[k.key])]),
    ),
  );
  const errors = keys.map((k) => checkOption(k, values[k.key] ?? ''));
  const others = Object.keys(options ?? {}).filter((k) => !keys.some((o) => o.key === k));
  const apply = () => {
    if (errors.some((e) => e !== null)) return;
    const next: Record<string, unknown> = {};
    for (const k of keys) {
      const v = (values[k.key] ?? '').trim();
      next[k.key] = v === '' ? undefined : k.kind === 'country' ? v.toUpperCase() : Number(v);
    }
    editor.getState().apply({ type: 'setElementOptions', field, options: next });
    onClose();
  };
  return (
    <Dialog
      open
      title={t('pieces.element.optionsOf', { label })}
      onClose={onClose}
      actions={
        <ActionAndCancel
          label={t('pieces.apply')}
          onAction={apply}
          disabled={errors.some((e) => e !== null)}
          onCancel={onClose}
        />
      }
    >
      {keys.map((k, i) =>
        k.kind === 'country' ? (
          <CountryPicker
            key={k.key}
            option={k}
            value={values[k.key] ?? ''}
            problem={errors[i] ?? null}
            onChange={(v) => setValues({ ...values, [k.key]: v })}
          />
        ) : (
          <label key={k.key} className="field">
            <span>{t(k.label)}</span>
            <select
              className="input"
              value={values[k.key] ?? ''}
              onChange={(e) => setValues({ ...values, [k.key]: e.target.value })}
            >
              <option value="">{t('pieces.options.portalDefault')}</option>
              {ADDRESS_TYPES.map((a) => (
                <option key={a.id} value={String(a.id)}>
                  {t(a.name)}
                </option>
              ))}
            </select>
            {errors[i] ? <span className="problem">{t(errors[i].key, errors[i].params)}</span> : null}
          </label>
        ),
      )}
      {others.length > 0 ? (
        <p className="hint">{t('pieces.options.kept', { keys: others.join(', ') })}</p>
      ) : null}
    </Dialog>
  );
}

/**
 * The default country: a search box over the countries the portal's phone numbers know, and the
 * list to choose from; a stored code the portal does not know is shown and refused.
 */
function CountryPicker({
  option,
  value,
  problem,
  onChange,
}: {
  option: OptionKey;
  value: string;
  problem: OptionProblem | null;
  onChange: (value: string) => void;
}) {
  const t = useT();
  const lang = useLang();
  const id = useId();
  const [query, setQuery] = useState('');
  const choices = useMemo(() => countryChoices(lang), [lang]);
  const shown = filterCountries(choices, query);
  const current = value.trim().toUpperCase();
  const chosen = choices.find((c) => c.code === current);
  const label = (c: { name: string; code: string; dial: string }) => `${c.name} (${c.code}), +${c.dial}`;
  return (
    <div className="field">
      <label htmlFor={`${id}-list`}>{t(option.label)}</label>
      <SearchBox
        label={t('pieces.options.countrySearch')}
        placeholder={t('pieces.options.countrySearchPlaceholder')}
        value={query}
        onChange={setQuery}
      />
      <select
        id={`${id}-list`}
        className="input"
        size={8}
        value={current}
        aria-invalid={problem !== null}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">{t('pieces.options.portalDefault')}</option>
        {current !== '' && !chosen ? (
          <option value={current}>{t('pieces.options.unknownChoice', { code: current })}</option>
        ) : null}
        {chosen && !shown.includes(chosen) ? <option value={chosen.code}>{label(chosen)}</option> : null}
        {shown.map((c) => (
          <option key={c.code} value={c.code}>
            {label(c)}
          </option>
        ))}
      </select>
      {shown.length === 0 ? <span className="hint">{t('pieces.options.noCountry')}</span> : null}
      {problem ? (
        <span id={`${id}-problem`} className="problem">
          {t(problem.key, problem.params)}
        </span>
      ) : null}
    </div>
  );
}
