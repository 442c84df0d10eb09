export type {
  CardField,
  CardFieldKind,
  CardLanguage,
  PortalFieldInfo,
  PortalFields,
} from './cards/fieldTypes';
export { ADDRESS_PARTS } from './cards/common';
export { isContactField } from './cards/lead';
