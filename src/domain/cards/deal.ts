import {
  CLASSIC_LABELS_RU,
  MORE_SECTION,
  PRODUCTS_DEFAULT,
  PRODUCTS_SECTION,
  SOURCE_CODES,
  SOURCE_FIELDS,
  classicCard,
  client,
  comments,
  createdOn,
  modifiedOn,
  moneyWithCurrency,
  observers,
  opened,
  products,
  readOnlyId,
  responsible,
  utm,
} from './common';
import { section } from './definition';

// The deal card: `CCrmDealDetailsComponent::prepareFieldInfos` and `prepareConfiguration`
// (components/bitrix/crm.deal.details/class.php), labels from its lang/en and lang/ru class.php.
// The tracking-source field the component appends is left out, as on the lead card. Every
// pipeline has the same fields and built-in layout (its stages differ).
export const DEAL_CARD = classicCard({
  fields: [
    readOnlyId,
    createdOn('Created on'),
    modifiedOn('Modified on'),
    { code: 'TITLE', label: 'Name', kind: 'text' },
    { code: 'TYPE_ID', label: 'Deal type', kind: 'list' },
    ...SOURCE_FIELDS,
    { code: 'STAGE_ID', label: 'Stage', kind: 'list' },
    moneyWithCurrency('OPPORTUNITY_WITH_CURRENCY', 'Amount and currency', 'OPPORTUNITY'),
    // `datetime` with `enableTime: false`: a date
    { code: 'CLOSEDATE', label: 'End date', kind: 'date' },
    { code: 'BEGINDATE', label: 'Start date', kind: 'date' },
    { code: 'PROBABILITY', label: 'Probability', kind: 'number' },
    opened,
    comments,
    client('CLIENT', 'Client', ['COMPANY_ID', 'CONTACT_IDS']),
    responsible('Responsible'),
    observers('Observers'),
    products('Products'),
    // type `recurring`, titled with the recurring section's name
    { code: 'RECURRING', label: 'Recurring deal', kind: 'other' },
    utm('UTM parameters'),
  ],
  labelsRu: {
    ...CLASSIC_LABELS_RU,
    DATE_CREATE: 'Дата создания',
    DATE_MODIFY: 'Дата изменения',
    TITLE: 'Название',
    TYPE_ID: 'Тип сделки',
    STAGE_ID: 'Стадия',
    OPPORTUNITY_WITH_CURRENCY: 'Сумма и валюта',
    CLOSEDATE: 'Дата завершения',
    BEGINDATE: 'Дата начала',
    PROBABILITY: 'Вероятность',
    OPENED: 'Доступна для всех',
    CLIENT: 'Клиент',
    PRODUCT_ROW_SUMMARY: 'Товары',
    RECURRING: 'Регулярная сделка',
  },
  sections: [
    section('main', 'About deal', 'О сделке'),
    MORE_SECTION,
    PRODUCTS_SECTION,
    section('recurring', 'Recurring deal', 'Регулярная сделка'),
  ],
  defaultSections: [
    { name: 'main', fields: ['TITLE', 'OPPORTUNITY_WITH_CURRENCY', 'STAGE_ID', 'CLOSEDATE', 'CLIENT'] },
    {
      name: 'additional',
      fields: [
        'TYPE_ID',
        ...SOURCE_CODES,
        'BEGINDATE',
        'OPENED',
        'ASSIGNED_BY_ID',
        'OBSERVER',
        'COMMENTS',
        'UTM',
      ],
    },
    PRODUCTS_DEFAULT,
    { name: 'recurring', fields: ['RECURRING'] },
  ],
  withParents: true,
});
