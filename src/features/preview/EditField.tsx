import { memo, useId } from 'react';
import type { CardField } from '../../domain/cardFields';
import type { CardElement } from '../../domain/types';
import { useT } from '../../i18n/i18nStore';
import { cardLabel, isEditable } from './catalog';
import { useForm } from './formStore';
import { formatValue } from './formatValue';
import { AddressInput } from './inputs/AddressInput';
import { BooleanInput } from './inputs/BooleanInput';
import { ChoiceListInput } from './inputs/ChoiceListInput';
import { ClientInput } from './inputs/ClientInput';
import type { InputProps } from './inputs/inputProps';
import { ListInput } from './inputs/ListInput';
import { MoneyInput } from './inputs/MoneyInput';
import { MultifieldInput } from './inputs/MultifieldInput';
import { MultiTextInput } from './inputs/MultiTextInput';
import { ScalarInput } from './inputs/ScalarInput';
import { UserInput } from './inputs/UserInput';
import { usePreviewEnv } from './previewEnv';
import { ValueView } from './ValueView';

/** The input fit for a field's kind (for fields the preview can write). */
function FieldInput(props: InputProps) {
  const { field } = props;
  switch (field.kind) {
    case 'multifield':
      return <MultifieldInput {...props} />;
    case 'money':
      return <MoneyInput {...props} />;
    case 'client':
      return <ClientInput {...props} />;
    case 'boolean':
      return <BooleanInput {...props} />;
    case 'list':
      return <ListInput {...props} />;
    case 'user':
      return <UserInput {...props} />;
    case 'enumeration':
      return field.isMultiple ? <ChoiceListInput {...props} /> : <ListInput {...props} />;
    case 'users':
      return <ChoiceListInput {...props} />;
    case 'address':
      if (field.composite) return <AddressInput {...props} />;
      break;
    default:
      break;
  }
  return field.isMultiple ? <MultiTextInput {...props} /> : <ScalarInput {...props} />;
}

function ReadOnlyValue({ field }: { readonly field: CardField }) {
  const { format } = usePreviewEnv();
  const t = useT();
  const form = useForm((s) => s.form);
  const value = formatValue(field, form, format);
  return (
    <div className="pv-readonly">
      {value ? (
        <ValueView value={value} />
      ) : (
        <span className="pv-value pv-empty">{t('preview.field.notFilled')}</span>
      )}
      <span className="hint">{t('preview.field.readOnly')}</span>
    </div>
  );
}

export interface EditFieldProps {
  readonly element: CardElement;
  readonly problems: readonly string[];
}

/** One field in edit mode: its card label, an input fit for its type, and what is wrong with it. */
export const EditField = memo(function EditField({ element, problems }: EditFieldProps) {
  const { catalog } = usePreviewEnv();
  const t = useT();
  const labelId = useId();
  const problemId = useId();
  const field = catalog.byCode.get(element.field);
  const label = cardLabel(element, field);
  const editable = field !== undefined && isEditable(field, catalog.fields);
  const hasProblem = problems.length > 0;
  return (
    <div
      role="group"
      aria-labelledby={labelId}
      className={`pv-field pv-edit${hasProblem ? ' has-problem' : ''}`}
    >
      <div className="pv-label">
        <span id={labelId}>{label}</span>
        {field?.isRequired ? (
          <span className="mark-required" aria-label={t('preview.field.required')}>
            *
          </span>
        ) : null}
      </div>
      {!field ? (
        <span className="pv-value pv-empty">{t('preview.field.unknown')}</span>
      ) : editable ? (
        <FieldInput
          field={field}
          labelId={labelId}
          label={label}
          problemId={hasProblem ? problemId : undefined}
        />
      ) : (
        <ReadOnlyValue field={field} />
      )}
      {hasProblem ? (
        <ul id={problemId} className="pv-problems">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
});
