import { useT } from '../../../i18n/i18nStore';
import { useForm, useFormApi } from '../formStore';
import { CURRENCIES } from '../parts';
import type { InputProps } from './inputProps';

/**
 * Amount and currency. The card's `OPPORTUNITY_WITH_CURRENCY` keeps them in two keys; a money
 * user field in one, as `amount|CURRENCY` (its portal form).
 */
export function MoneyInput(props: InputProps) {
  const { field, label, problemId } = props;
  const split = field.composite !== undefined;
  const amountKey = split ? 'OPPORTUNITY' : field.code;
  const raw = useForm((s) => s.form.values[amountKey] ?? '');
  const currencyRaw = useForm((s) => (split ? (s.form.values['CURRENCY_ID'] ?? '') : ''));
  const api = useFormApi();
  const t = useT();
  const [amount = '', packedCurrency = ''] = split ? [raw] : raw.split('|');
  const currency = split ? currencyRaw : packedCurrency;
  const set = (a: string, c: string) => {
    const { setValue } = api.getState();
    if (split) {
      setValue('OPPORTUNITY', a);
      setValue('CURRENCY_ID', c);
    } else {
      setValue(field.code, a.trim() === '' ? '' : `${a}|${c || 'USD'}`);
    }
  };
  const options = currency === '' || CURRENCIES.includes(currency) ? CURRENCIES : [...CURRENCIES, currency];
  return (
    <div className="pv-parts pv-money">
      <input
        className="input"
        inputMode="decimal"
        aria-label={split ? t('preview.part.amount') : t('preview.input.amountOf', { label })}
        aria-describedby={problemId}
        value={amount}
        onChange={(e) => set(e.target.value, currency)}
      />
      <select
        className="input"
        aria-label={split ? t('preview.part.currency') : t('preview.input.currencyOf', { label })}
        value={currency}
        onChange={(e) => set(amount, e.target.value)}
      >
        {currency === '' ? <option value="">—</option> : null}
        {options.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
    </div>
  );
}
