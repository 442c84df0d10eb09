import { MORE_SECTION, PRODUCTS_DEFAULT, PRODUCTS_SECTION, isClassicUserField, utm } from './common';
import { section } from './definition';
import { COMPOSITE_LABELS_RU, factoryCard } from './factoryBased';

// The quote card (entityTypeId 7): `CrmQuoteDetailsComponent::getEditorEntityConfig`
// (components/bitrix/crm.quote.details/class.php, a FactoryBased component). UTM and FILES are the
// editor adapter's FIELD_UTM and FIELD_FILES the component places; FILES shows the quote's storage
// fields (Item\Quote STORAGE_TYPE_ID, STORAGE_ELEMENT_IDS). Labels: CRM_COMMON_UTM and
// CRM_TYPE_QUOTE_FIELD_FILES (lib/Service/Localization.php). Titles: main is
// CRM_QUOTE_DETAILS_EDITOR_MAIN_SECTION_TITLE (the component's lang; the class reads its
// _MSGVER_1 successor), additional CRM_TYPE_ITEM_EDITOR_SECTION_ADDITIONAL, products
// CRM_COMMON_PRODUCTS (Localization.php).
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

export const QUOTE_CARD = factoryCard({
  isUserFieldCode: isClassicUserField,
  labelsRu: { ...COMPOSITE_LABELS_RU, UTM: 'UTM-метки', FILES: 'Файлы' },
  extra: EXTRA,
  sections: [section('main', 'About quote', 'О предложении'), MORE_SECTION, PRODUCTS_SECTION],
  defaultSections: () => [
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
    PRODUCTS_DEFAULT,
  ],
});
