import type { FieldCode } from './types';

/**
 * The lead card's own labels on a Russian-speaking portal (the `crm.lead.details` component's
 * lang/ru file), for the card fields the portal names itself. User fields keep the labels the
 * portal gives them.
 */
export const CARD_LABELS_RU: Readonly<Record<FieldCode, string>> = {
  ID: 'ID',
  DATE_CREATE: 'Дата создания',
  DATE_MODIFY: 'Дата изменения',
  TITLE: 'Название лида',
  STATUS_ID: 'Стадия',
  STATUS_DESCRIPTION: 'Дополнительно о стадии',
  OPPORTUNITY_WITH_CURRENCY: 'Сумма и валюта',
  SOURCE_ID: 'Источник',
  SOURCE_DESCRIPTION: 'Дополнительно об источнике',
  ASSIGNED_BY_ID: 'Ответственный',
  OBSERVER: 'Наблюдатели',
  OPENED: 'Доступен для всех',
  COMMENTS: 'Комментарий',
  PRODUCT_ROW_SUMMARY: 'Товары',
  CLIENT: 'Клиент',
  UTM: 'UTM-метки',
  HONORIFIC: 'Обращение',
  LAST_NAME: 'Фамилия',
  NAME: 'Имя',
  SECOND_NAME: 'Отчество',
  BIRTHDATE: 'Дата рождения',
  POST: 'Должность',
  COMPANY_TITLE: 'Название компании',
  ADDRESS: 'Адрес',
  PHONE: 'Телефон',
  EMAIL: 'E-mail',
  WEB: 'Сайт',
  IM: 'Мессенджер',
  LINK: 'Ссылка',
};

/** Titles of the built-in default sections on a Russian-speaking portal. */
export const DEFAULT_SECTION_TITLES_RU = {
  main: 'О лиде',
  additional: 'Дополнительно',
  products: 'Товары',
} as const;
