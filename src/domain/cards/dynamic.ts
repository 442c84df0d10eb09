import type { FieldCode } from '../types';
import { MORE_SECTION, PRODUCTS_DEFAULT, PRODUCTS_SECTION } from './common';
import { section, type CardDefinition } from './definition';
import { factoryCard, hasField } from './factoryBased';

/**
 * Smart-process user fields are `UF_CRM_{typeId}_*`, `typeId` being the type's own id in
 * `crm.type.list` (not its entityTypeId). Without it any `UF_CRM_<digits>_` prefix counts.
 */
export const dynamicUserFieldTest =
  (typeId?: number) =>
  (code: FieldCode): boolean =>
    typeId === undefined ? /^UF_CRM_\d+_/.test(code) : code.startsWith(`UF_CRM_${typeId}_`);

// A smart process card: FactoryBased::getEditorEntityConfig (crm.item.details,
// modules/crm/lib/component/entitydetails/factorybased.php): main = STAGE_ID when the type has
// stages (newer versions), OPPORTUNITY_WITH_CURRENCY when it has products, TITLE; additional = the
// user fields; products = PRODUCT_ROW_SUMMARY when it has products. Titles: that file's lang
// (CRM_COMPONENT_FACTORYBASED_EDITOR_MAIN_SECTION_TITLE), then CRM_TYPE_ITEM_EDITOR_SECTION_ADDITIONAL
// and CRM_COMMON_PRODUCTS (lib/Service/Localization.php).
export const dynamicCard = (typeId?: number): CardDefinition =>
  factoryCard({
    isUserFieldCode: dynamicUserFieldTest(typeId),
    sections: [section('main', 'About item', 'Об элементе'), MORE_SECTION, PRODUCTS_SECTION],
    defaultSections: (cardFields) => [
      { name: 'main', fields: ['STAGE_ID', 'OPPORTUNITY_WITH_CURRENCY', 'TITLE'] },
      { name: 'additional', fields: [] },
      ...(hasField(cardFields, 'PRODUCT_ROW_SUMMARY') ? [PRODUCTS_DEFAULT] : []),
    ],
  });
