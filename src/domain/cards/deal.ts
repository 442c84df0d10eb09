import {
  client,
  createdOn,
  isClassicUserField,
  modifiedOn,
  moneyWithCurrency,
  observers,
  parentFields,
  products,
  readOnlyId,
  utm,
} from './common';
import { section, type CardDefinition } from './definition';
import type { PseudoField } from './fieldTypes';

// The deal card: `CCrmDealDetailsComponent::prepareFieldInfos` and `prepareConfiguration`
// (components/bitrix/crm.deal.details/class.php), labels from its lang/en and lang/ru class.php.
// The tracking-source field the component appends is left out, as on the lead card.
const FIELDS: readonly PseudoField[] = [
  readOnlyId,
  createdOn('Created on'),
  modifiedOn('Modified on'),
  { code: 'TITLE', label: 'Name', kind: 'text' },
  { code: 'TYPE_ID', label: 'Deal type', kind: 'list' },
  { code: 'SOURCE_ID', label: 'Source', kind: 'list' },
  { code: 'SOURCE_DESCRIPTION', label: 'Source information', kind: 'textarea' },
  { code: 'STAGE_ID', label: 'Stage', kind: 'list' },
  moneyWithCurrency('OPPORTUNITY_WITH_CURRENCY', 'Amount and currency', 'OPPORTUNITY'),
  // `datetime` with `enableTime: false`: a date
  { code: 'CLOSEDATE', label: 'End date', kind: 'date' },
  { code: 'BEGINDATE', label: 'Start date', kind: 'date' },
  { code: 'PROBABILITY', label: 'Probability', kind: 'number' },
  { code: 'OPENED', label: 'Available to everyone', kind: 'boolean' },
  { code: 'COMMENTS', label: 'Comment', kind: 'html' },
  client('CLIENT', 'Client', ['COMPANY_ID', 'CONTACT_IDS']),
  { code: 'ASSIGNED_BY_ID', label: 'Responsible', kind: 'user' },
  observers('Observers'),
  products('Products'),
  // type `recurring`, titled with the recurring section's name
  { code: 'RECURRING', label: 'Recurring deal', kind: 'other' },
  utm('UTM parameters'),
];

const LABELS_RU = {
  ID: 'ID',
  DATE_CREATE: 'Дата создания',
  DATE_MODIFY: 'Дата изменения',
  TITLE: 'Название',
  TYPE_ID: 'Тип сделки',
  SOURCE_ID: 'Источник',
  SOURCE_DESCRIPTION: 'Дополнительно об источнике',
  STAGE_ID: 'Стадия',
  OPPORTUNITY_WITH_CURRENCY: 'Сумма и валюта',
  CLOSEDATE: 'Дата завершения',
  BEGINDATE: 'Дата начала',
  PROBABILITY: 'Вероятность',
  OPENED: 'Доступна для всех',
  COMMENTS: 'Комментарий',
  CLIENT: 'Клиент',
  ASSIGNED_BY_ID: 'Ответственный',
  OBSERVER: 'Наблюдатели',
  PRODUCT_ROW_SUMMARY: 'Товары',
  RECURRING: 'Регулярная сделка',
  UTM: 'UTM-метки',
};

/** The deal card; every pipeline has the same fields and built-in layout (its stages differ). */
export const DEAL_CARD: CardDefinition = {
  ownFields: () => FIELDS,
  labelsRu: LABELS_RU,
  isUserFieldCode: isClassicUserField,
  trailingFields: parentFields,
  sections: [
    section('main', 'About deal', 'О сделке'),
    section('additional', 'More', 'Дополнительно'),
    section('products', 'Products', 'Товары'),
    section('recurring', 'Recurring deal', 'Регулярная сделка'),
  ],
  defaultSections: () => [
    { name: 'main', fields: ['TITLE', 'OPPORTUNITY_WITH_CURRENCY', 'STAGE_ID', 'CLOSEDATE', 'CLIENT'] },
    {
      name: 'additional',
      fields: [
        'TYPE_ID',
        'SOURCE_ID',
        'SOURCE_DESCRIPTION',
        'BEGINDATE',
        'OPENED',
        'ASSIGNED_BY_ID',
        'OBSERVER',
        'COMMENTS',
        'UTM',
      ],
    },
    { name: 'products', fields: ['PRODUCT_ROW_SUMMARY'] },
    { name: 'recurring', fields: ['RECURRING'] },
  ],
  userFieldSection: 'additional',
};
