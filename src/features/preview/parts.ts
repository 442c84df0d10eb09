/** Captions of the parts of composite card fields, as the portal's edit mode labels its inputs. */
export const PART_LABELS: Readonly<Record<string, string>> = {
  OPPORTUNITY: 'Amount',
  CURRENCY_ID: 'Currency',
  COMPANY_ID: 'Company ID',
  CONTACT_IDS: 'Contact IDs',
  ADDRESS: 'Street, house',
  ADDRESS_2: 'Apartment, office',
  ADDRESS_CITY: 'City',
  ADDRESS_POSTAL_CODE: 'Postal code',
  ADDRESS_REGION: 'Region',
  ADDRESS_PROVINCE: 'State / province',
  ADDRESS_COUNTRY: 'Country',
  ADDRESS_COUNTRY_CODE: 'Country code',
  OBSERVER_IDS: 'Observers',
  UTM_SOURCE: 'UTM source',
  UTM_MEDIUM: 'UTM medium',
  UTM_CAMPAIGN: 'UTM campaign',
  UTM_CONTENT: 'UTM content',
  UTM_TERM: 'UTM term',
};

export const partLabel = (key: string): string => PART_LABELS[key] ?? key;

/** Currencies offered in the amount's picker (a portal's own list needs `crm.currency.list`). */
export const CURRENCIES: readonly string[] = [
  'USD',
  'EUR',
  'RUB',
  'GBP',
  'UAH',
  'KZT',
  'BYN',
  'PLN',
  'CNY',
  'JPY',
];
