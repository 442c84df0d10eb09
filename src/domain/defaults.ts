import { DEFAULT_SECTION_TITLES_RU } from './cardLabels.ru';
import type { CardField, CardLanguage } from './cardFields';
import type { CardElement, FieldCode, Layout, LeadType, Section } from './types';

/** Section titles of the built-in layout (S7 `crm.lead.details` lang/en). */
export const DEFAULT_SECTION_TITLES = {
  main: 'Lead information',
  additional: 'More',
  products: 'Products',
} as const;

// BITRIX24-API.md 1.11: what the portal shows when no configuration is stored.
const SIMPLE_MAIN: readonly FieldCode[] = [
  'TITLE',
  'STATUS_ID',
  'OPPORTUNITY_WITH_CURRENCY',
  'CLIENT',
  'HONORIFIC',
  'LAST_NAME',
  'NAME',
  'SECOND_NAME',
  'BIRTHDATE',
  'POST',
  'COMPANY_TITLE',
  'PHONE',
  'EMAIL',
  'WEB',
  'IM',
  'LINK',
];
const SIMPLE_ADDITIONAL: readonly FieldCode[] = [
  'SOURCE_ID',
  'SOURCE_DESCRIPTION',
  'OPENED',
  'ASSIGNED_BY_ID',
  'OBSERVER',
  'COMMENTS',
  'ADDRESS',
  'UTM',
];
const REPEAT_MAIN: readonly FieldCode[] = ['TITLE', 'STATUS_ID', 'OPPORTUNITY_WITH_CURRENCY', 'CLIENT'];
const REPEAT_ADDITIONAL: readonly FieldCode[] = [
  'SOURCE_ID',
  'SOURCE_DESCRIPTION',
  'OPENED',
  'ASSIGNED_BY_ID',
  'COMMENTS',
  'UTM',
];
const PRODUCTS: readonly FieldCode[] = ['PRODUCT_ROW_SUMMARY'];

const section = (
  name: keyof typeof DEFAULT_SECTION_TITLES,
  fields: readonly FieldCode[],
  lang: CardLanguage,
): Section => ({
  id: name,
  name,
  title: (lang === 'ru' ? DEFAULT_SECTION_TITLES_RU : DEFAULT_SECTION_TITLES)[name],
  elements: fields.map((field): CardElement => ({ field, optionFlags: 0 })),
});

/**
 * The portal's built-in layout for `leadType` (BITRIX24-API.md 1.11): sections `main`,
 * `additional` and `products` (ids equal names), with every user field of `cardFields` appended to
 * `additional` in the order given; the fixed fields do not depend on `cardFields`.
 */
export function defaultLayout(
  leadType: LeadType,
  cardFields: readonly CardField[],
  lang: CardLanguage = 'en',
): Layout {
  const userFields = cardFields.filter((f) => f.isUserField).map((f) => f.code);
  const main = leadType === 'simple' ? SIMPLE_MAIN : REPEAT_MAIN;
  const additional = leadType === 'simple' ? SIMPLE_ADDITIONAL : REPEAT_ADDITIONAL;
  return {
    sections: [
      section('main', main, lang),
      section('additional', [...additional, ...userFields], lang),
      section('products', PRODUCTS, lang),
    ],
  };
}
