import {
  MULTIFIELDS,
  MULTIFIELD_CODES,
  MULTIFIELD_LABELS_RU,
  address,
  client,
  isClassicUserField,
  moneyWithCurrency,
  parentFields,
  readOnlyId,
  utm,
} from './common';
import { section, type CardDefinition } from './definition';
import type { PseudoField } from './fieldTypes';

// The company card: `CCrmCompanyDetailsComponent::prepareFieldInfos` and `prepareConfiguration`
// (components/bitrix/crm.company.details/class.php), labels from its lang/en and lang/ru class.php.
// ADDRESS is the requisite address the component adds with the location module
// (CRM_COMPANY_FIELD_REQUISITE_ADDRESS: "Address", "Адрес" in the module's install copy of lang/ru).
const FIELDS: readonly PseudoField[] = [
  readOnlyId,
  { code: 'TITLE', label: 'Company name', kind: 'text' },
  { code: 'ASSIGNED_BY_ID', label: 'Responsible person', kind: 'user' },
  // type `image`
  { code: 'LOGO', label: 'Logo', kind: 'file' },
  { code: 'COMPANY_TYPE', label: 'Company type', kind: 'list' },
  { code: 'INDUSTRY', label: 'Industry', kind: 'list' },
  { code: 'EMPLOYEES', label: 'Employees', kind: 'list' },
  moneyWithCurrency('REVENUE_WITH_CURRENCY', 'Annual revenue', 'REVENUE'),
  { code: 'COMMENTS', label: 'Comment', kind: 'html' },
  { code: 'OPENED', label: 'Available to everyone', kind: 'boolean' },
  { code: 'BANKING_DETAILS', label: 'Banking details', kind: 'textarea' },
  client('CONTACT', 'Contact', ['CONTACT_ID']),
  // type `requisite`
  { code: 'REQUISITES', label: 'Details', kind: 'other' },
  utm('UTM parameters'),
  address('Address'),
  ...MULTIFIELDS,
];

const LABELS_RU = {
  ID: 'ID',
  TITLE: 'Название компании',
  ASSIGNED_BY_ID: 'Ответственный',
  LOGO: 'Логотип',
  COMPANY_TYPE: 'Тип компании',
  INDUSTRY: 'Сфера деятельности',
  EMPLOYEES: 'Кол-во сотрудников',
  REVENUE_WITH_CURRENCY: 'Годовой оборот',
  COMMENTS: 'Комментарий',
  OPENED: 'Доступна для всех',
  BANKING_DETAILS: 'Банковские реквизиты',
  CONTACT: 'Контакт',
  REQUISITES: 'Реквизиты',
  UTM: 'UTM-метки',
  ADDRESS: 'Адрес',
  ...MULTIFIELD_LABELS_RU,
};

export const COMPANY_CARD: CardDefinition = {
  ownFields: () => FIELDS,
  labelsRu: LABELS_RU,
  isUserFieldCode: isClassicUserField,
  trailingFields: parentFields,
  sections: [section('main', 'About company', 'О компании'), section('additional', 'More', 'Дополнительно')],
  defaultSections: () => [
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
  userFieldSection: 'additional',
};
