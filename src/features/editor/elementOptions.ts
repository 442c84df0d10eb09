/**
 * Option keys the portal documents per card field (BITRIX24-API.md 1.10). Other keys a layout
 * carries are kept untouched.
 */
export interface OptionKey {
  readonly key: string;
  readonly label: string;
  readonly kind: 'country' | 'addressType';
}

const DEFAULT_COUNTRY: OptionKey = {
  key: 'defaultCountry',
  label: 'Default country (2 letters)',
  kind: 'country',
};
const ADDRESS_TYPE: OptionKey = {
  key: 'defaultAddressType',
  label: 'Default address type',
  kind: 'addressType',
};

export function optionKeysFor(field: string): readonly OptionKey[] {
  if (field === 'PHONE' || field === 'CLIENT') return [DEFAULT_COUNTRY];
  if (field === 'ADDRESS') return [ADDRESS_TYPE];
  return [];
}

/** Address types of the portal's location module, by id. */
export const ADDRESS_TYPES: readonly { readonly id: number; readonly name: string }[] = [
  { id: 1, name: 'Street address' },
  { id: 4, name: 'Registered address' },
  { id: 6, name: 'Legal address' },
  { id: 9, name: 'Beneficiary address' },
  { id: 11, name: 'Delivery address' },
];

/** `null` when valid, else the message shown at the input. */
export function checkOption(option: OptionKey, value: string): string | null {
  if (value === '') return null;
  if (option.kind === 'country' && !/^[A-Za-z]{2}$/.test(value))
    return 'Use a two-letter country code, e.g. DE or RU.';
  return null;
}
