import { defaultLayoutOf } from './cards';
import type { CardField, CardLanguage } from './cards/fieldTypes';
import type { Layout, LeadType } from './types';

/** Section titles of the built-in lead layout (S7 `crm.lead.details` lang/en). */
export { LEAD_SECTION_TITLES as DEFAULT_SECTION_TITLES } from './cards/lead';

/**
 * The portal's built-in layout for `leadType` (BITRIX24-API.md 1.11): sections `main`,
 * `additional` and `products` (ids equal names), with every user field of `cardFields` appended to
 * `additional` in the order given; the fixed fields do not depend on `cardFields`.
 */
export const defaultLayout = (
  leadType: LeadType,
  cardFields: readonly CardField[],
  lang: CardLanguage = 'en',
): Layout => defaultLayoutOf({ entity: 'lead', leadType }, cardFields, lang);
