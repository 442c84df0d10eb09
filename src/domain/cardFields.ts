import { cardFieldsOf } from './cards';
import { isClassicUserField } from './cards/common';
import type { CardField, CardLanguage, PortalFields } from './cards/fieldTypes';
import type { LeadType } from './types';

export type {
  CardField,
  CardFieldKind,
  CardLanguage,
  PortalFieldInfo,
  PortalFields,
} from './cards/fieldTypes';
export { ADDRESS_PARTS } from './cards/common';
export { isContactField } from './cards/lead';

/** Whether a code names a lead user field (`UF_CRM_*`). */
export const isUserFieldCode = isClassicUserField;

/**
 * The fields placeable on a lead card of `leadType`: the card's own fields in the portal's order
 * (contact fields only for simple leads), then every `UF_CRM_*` field of `portalFields` sorted by
 * label (code breaks ties). Other `crm.lead.fields` entries are parts the card shows inside composites.
 */
export const cardFieldsFor = (
  leadType: LeadType,
  portalFields: PortalFields,
  lang: CardLanguage = 'en',
): CardField[] => cardFieldsOf({ entity: 'lead', leadType }, portalFields, lang);
