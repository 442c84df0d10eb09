import {
  CLASSIC_LABELS_RU,
  CLIENT_TAIL,
  MORE_SECTION,
  MULTIFIELD_CODES,
  classicCard,
  client,
  comments,
  moneyWithCurrency,
  opened,
  readOnlyId,
  responsible,
} from './common';
import { section } from './definition';

// The company card: `CCrmCompanyDetailsComponent::prepareFieldInfos` and `prepareConfiguration`
// (components/bitrix/crm.company.details/class.php), labels from its lang/en and lang/ru class.php.
// ADDRESS (CRM_COMPANY_FIELD_REQUISITE_ADDRESS: "Address", "Адрес" in the module's install copy of
// lang/ru) is the requisite address of CLIENT_TAIL.
export const COMPANY_CARD = classicCard({
  fields: [
    readOnlyId,
    { code: 'TITLE', label: 'Company name', kind: 'text' },
    responsible('Responsible person'),
    // type `image`
    { code: 'LOGO', label: 'Logo', kind: 'file' },
    { code: 'COMPANY_TYPE', label: 'Company type', kind: 'list' },
    { code: 'INDUSTRY', label: 'Industry', kind: 'list' },
    { code: 'EMPLOYEES', label: 'Employees', kind: 'list' },
    moneyWithCurrency('REVENUE_WITH_CURRENCY', 'Annual revenue', 'REVENUE'),
    comments,
    opened,
    { code: 'BANKING_DETAILS', label: 'Banking details', kind: 'textarea' },
    client('CONTACT', 'Contact', ['CONTACT_ID']),
    ...CLIENT_TAIL,
  ],
  labelsRu: {
    ...CLASSIC_LABELS_RU,
    TITLE: 'Название компании',
    LOGO: 'Логотип',
    COMPANY_TYPE: 'Тип компании',
    INDUSTRY: 'Сфера деятельности',
    EMPLOYEES: 'Кол-во сотрудников',
    REVENUE_WITH_CURRENCY: 'Годовой оборот',
    OPENED: 'Доступна для всех',
    BANKING_DETAILS: 'Банковские реквизиты',
    CONTACT: 'Контакт',
  },
  sections: [section('main', 'About company', 'О компании'), MORE_SECTION],
  defaultSections: [
    {
      name: 'main',
      fields: [
        'TITLE',
        'LOGO',
        'COMPANY_TYPE',
        'INDUSTRY',
        'REVENUE_WITH_CURRENCY',
        ...MULTIFIELD_CODES,
        'CONTACT',
        'ADDRESS',
        'REQUISITES',
      ],
    },
    { name: 'additional', fields: ['EMPLOYEES', 'OPENED', 'ASSIGNED_BY_ID', 'COMMENTS', 'UTM'] },
  ],
  withParents: true,
});
