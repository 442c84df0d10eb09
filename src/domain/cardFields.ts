import { isClassicUserField } from './cards/common';

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
