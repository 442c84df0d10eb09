import { langStore, translate, type Translate } from '../../i18n/i18nStore';
import type { MessageKey } from '../../i18n/messages/en';

/** Captions of the parts of composite card fields, as the portal's edit mode labels its inputs. */
export const PART_LABELS: Readonly<Record<string, MessageKey>> = {
  OPPORTUNITY: 'preview.part.amount',
  CURRENCY_ID: 'preview.part.currency',
  COMPANY_ID: 'preview.part.companyId',
  CONTACT_IDS: 'preview.part.contactIds',
  ADDRESS: 'preview.part.street',
  ADDRESS_2: 'preview.part.apartment',
  ADDRESS_CITY: 'preview.part.city',
  ADDRESS_POSTAL_CODE: 'preview.part.postalCode',
  ADDRESS_REGION: 'preview.part.region',
  ADDRESS_PROVINCE: 'preview.part.province',
  ADDRESS_COUNTRY: 'preview.part.country',
  ADDRESS_COUNTRY_CODE: 'preview.part.countryCode',
  OBSERVER_IDS: 'preview.part.observers',
  UTM_SOURCE: 'preview.part.utmSource',
  UTM_MEDIUM: 'preview.part.utmMedium',
  UTM_CAMPAIGN: 'preview.part.utmCampaign',
  UTM_CONTENT: 'preview.part.utmContent',
  UTM_TERM: 'preview.part.utmTerm',
};

/** The caption of a part (`ADDRESS_CITY` -> "City"); a key without one shows as it is. */
export function partLabel(key: string, t: Translate = translate(langStore.getState().lang)): string {
  const message = PART_LABELS[key];
  return message ? t(message) : key;
}

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
