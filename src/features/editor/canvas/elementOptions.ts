import { PHONE_COUNTRIES, phoneCountry, type PhoneCountry } from '../../../domain/phoneCountries';
import type { MessageKey } from '../../../i18n/messages/en';

/**
 * Option keys the portal documents per card field (BITRIX24-API.md 1.10). Other keys a layout
 * carries are kept untouched.
 */
export interface OptionKey {
  readonly key: string;
  /** What the input is called, as a message of the interface. */
  readonly label: MessageKey;
  readonly kind: 'country' | 'addressType';
}

const DEFAULT_COUNTRY: OptionKey = {
  key: 'defaultCountry',
  label: 'pieces.options.country',
  kind: 'country',
};
const ADDRESS_TYPE: OptionKey = {
  key: 'defaultAddressType',
  label: 'pieces.options.defaultAddressType',
  kind: 'addressType',
};

export function optionKeysFor(field: string): readonly OptionKey[] {
  if (field === 'PHONE' || field === 'CLIENT') return [DEFAULT_COUNTRY];
  if (field === 'ADDRESS') return [ADDRESS_TYPE];
  return [];
}

/** Address types of the portal's location module, by id, named as the portal's interface names them. */
export const ADDRESS_TYPES: readonly { readonly id: number; readonly name: MessageKey }[] = [
  { id: 1, name: 'pieces.address.street' },
  { id: 4, name: 'pieces.address.registered' },
  { id: 6, name: 'pieces.address.legal' },
  { id: 9, name: 'pieces.address.beneficiary' },
  { id: 11, name: 'pieces.address.delivery' },
];

/** What is wrong with an option's value: a message of the interface and its values. */
export interface OptionProblem {
  readonly key: MessageKey;
  readonly params: Readonly<Record<string, string>>;
}

/**
 * `null` when valid, else the message to show at the input: a country must be one the portal's
 * phone numbers know (`PHONE_COUNTRIES`), anything else is refused.
 */
export function checkOption(option: OptionKey, value: string): OptionProblem | null {
  if (value.trim() === '') return null;
  if (option.kind === 'country' && !phoneCountry(value)) {
    return { key: 'pieces.options.unknownCountry', params: { code: value.trim() } };
  }
  return null;
}

/** A country as the list shows it: its name in `lang` (the browser's region names), code and dial code. */
export interface CountryChoice extends PhoneCountry {
  readonly name: string;
}

const names = new Map<string, Intl.DisplayNames>();
function regionNames(lang: string): Intl.DisplayNames {
  let n = names.get(lang);
  if (!n) {
    n = new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' });
    names.set(lang, n);
  }
  return n;
}

/** Every country the portal knows, named in `lang` and sorted by name in that language. */
export function countryChoices(lang: string): CountryChoice[] {
  const display = regionNames(lang);
  return PHONE_COUNTRIES.map((c) => ({ ...c, name: display.of(c.code) ?? c.code })).sort((a, b) =>
    a.name.localeCompare(b.name, lang),
  );
}

/**
 * The choices whose code is `query`, first, then those whose name contains it or whose dial code
 * starts with it (with or without `+`), any case.
 */
export function filterCountries(choices: readonly CountryChoice[], query: string): CountryChoice[] {
  const q = query.trim().toLocaleLowerCase().replace(/^\+/, '');
  if (q === '') return [...choices];
  const byCode = choices.filter((c) => c.code.toLowerCase() === q);
  return [
    ...byCode,
    ...choices.filter(
      (c) => !byCode.includes(c) && (c.name.toLocaleLowerCase().includes(q) || c.dial.startsWith(q)),
    ),
  ];
}
