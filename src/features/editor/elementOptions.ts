import type { MessageKey } from '../../i18n/messages/en';

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
  label: 'pieces.options.defaultCountry',
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

/** `null` when valid, else the message to show at the input. */
export function checkOption(option: OptionKey, value: string): MessageKey | null {
  if (value === '') return null;
  if (option.kind === 'country' && !/^[A-Za-z]{2}$/.test(value)) return 'pieces.options.countryCode';
  return null;
}
