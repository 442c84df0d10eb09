import type { FieldCode } from '../types';
import { MORE_SECTION, PRODUCTS_DEFAULT, PRODUCTS_SECTION } from './common';
import { section } from './definition';
import { factoryCard } from './factoryBased';

/** Smart-invoice user fields are `UF_CRM_SMART_INVOICE_*` (their user-field entity is CRM_SMART_INVOICE). */
const isInvoiceUserField = (code: FieldCode): boolean => code.startsWith('UF_CRM_SMART_INVOICE_');

/** The parent field of a deal (ParentFieldManager: `PARENT_ID_` + the deal's entityTypeId 2). */
const DEAL_PARENT = 'PARENT_ID_2';

// The smart invoice card (entityTypeId 31): `CrmSmartInvoiceDetailsComponent::getEditorEntityConfig`
// (components/bitrix/crm.invoice.details/class.php); section titles from its lang/en and lang/ru
// class.php (CRM_INVOICE_DETAILS_COMPONENT_*); products and additional are the common
// CRM_COMMON_PRODUCTS and CRM_TYPE_ITEM_EDITOR_SECTION_ADDITIONAL (lib/Service/Localization.php).
export const INVOICE_CARD = factoryCard({
  isUserFieldCode: isInvoiceUserField,
  sections: [
    section('main', 'General', 'Основное'),
    section('payer', 'Invoice recipient', 'Получатель счёта'),
    section('receiver', 'Beneficiary account', 'Оплата поступит на счёт'),
    PRODUCTS_SECTION,
    MORE_SECTION,
  ],
  defaultSections: () => [
    {
      name: 'main',
      fields: [
        'STAGE_ID',
        'OPPORTUNITY_WITH_CURRENCY',
        'BEGINDATE',
        'CLOSEDATE',
        // only when deals and invoices are bound: the portal's fields then have it
        DEAL_PARENT,
        'COMMENTS',
        'ASSIGNED_BY_ID',
      ],
    },
    { name: 'payer', fields: ['CLIENT'] },
    { name: 'receiver', fields: ['MYCOMPANY_ID'] },
    PRODUCTS_DEFAULT,
    { name: 'additional', fields: [] },
  ],
});
