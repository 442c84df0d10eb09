import { isClassicUserField, utm } from './common';
import { section, type CardDefinition } from './definition';
import { COMPOSITE_LABELS_RU, factoryOwnFields, presentOnly } from './factoryBased';

// The quote card (entityTypeId 7): `CrmQuoteDetailsComponent::getEditorEntityConfig`
// (components/bitrix/crm.quote.details/class.php, a FactoryBased component). UTM and FILES are the
// editor adapter's FIELD_UTM and FIELD_FILES the component places; FILES shows the quote's storage
// fields. Labels: the component's lang/en and lang/ru (CRM_QUOTE_FIELD_UTM, CRM_QUOTE_FIELD_FILES);
// the section titles are that lang file's CRM_QUOTE_SECTION_* (the newer *_MSGVER_1 keys the class
// uses were not found in the copy read).
const EXTRA = {
  fields: [
    utm('UTM parameters'),
    { code: 'FILES', label: 'Files', kind: 'file' as const, multiple: true as const },
  ],
  hides: [
    'UTM_SOURCE',
    'UTM_MEDIUM',
    'UTM_CAMPAIGN',
    'UTM_CONTENT',
    'UTM_TERM',
    'STORAGE_TYPE_ID',
    'STORAGE_ELEMENT_IDS',
  ],
};

export const QUOTE_CARD: CardDefinition = {
  ownFields: (portal) => factoryOwnFields(portal, EXTRA),
  labelsRu: { ...COMPOSITE_LABELS_RU, UTM: 'UTM-метки', FILES: 'Файлы' },
  isUserFieldCode: isClassicUserField,
  sections: [
    section('main', 'About quote', 'О предложении'),
    section('additional', 'More', 'Дополнительно'),
    section('products', 'Products', 'Товары'),
  ],
  defaultSections: (cardFields) =>
    presentOnly(
      [
        {
          name: 'main',
          fields: [
            'STAGE_ID',
            'QUOTE_NUMBER',
            'TITLE',
            'OPPORTUNITY_WITH_CURRENCY',
            'CLIENT',
            'MYCOMPANY_ID',
            'FILES',
          ],
        },
        {
          name: 'additional',
          fields: [
            'LEAD_ID',
            'DEAL_ID',
            'BEGINDATE',
            'ACTUAL_DATE',
            'CLOSEDATE',
            'OPENED',
            'ASSIGNED_BY_ID',
            'CONTENT',
            'TERMS',
            'COMMENTS',
            'CLOSED',
            'UTM',
          ],
        },
        { name: 'products', fields: ['PRODUCT_ROW_SUMMARY'] },
      ],
      cardFields,
    ),
  userFieldSection: 'additional',
};
