import {
  MULTIFIELDS,
  MULTIFIELD_CODES,
  MULTIFIELD_LABELS_RU,
  address,
  client,
  isClassicUserField,
  observers,
  parentFields,
  readOnlyId,
  utm,
} from './common';
import { section, type CardDefinition } from './definition';
import type { PseudoField } from './fieldTypes';

// The contact card: `CCrmContactDetailsComponent::prepareFieldInfos` and `prepareConfiguration`
// (components/bitrix/crm.contact.details/class.php), labels from its lang/en and lang/ru class.php.
// OBSERVER's caption is the common CRM_TYPE_ITEM_FIELD_OBSERVERS (lib/Service/Localization.php).
// COMMENTS comes from CommentsHelper; its label is the component's CRM_CONTACT_FIELD_COMMENTS.
// ADDRESS is the requisite address (`requisite_address`) the component adds with the location
// module, as a Bitrix24 portal has.
const FIELDS: readonly PseudoField[] = [
  readOnlyId,
  { code: 'HONORIFIC', label: 'Salutation', kind: 'list' },
  { code: 'LAST_NAME', label: 'Last name', kind: 'text' },
  { code: 'NAME', label: 'Name', kind: 'text' },
  { code: 'SECOND_NAME', label: 'Second name', kind: 'text' },
  // type `image`
  { code: 'PHOTO', label: 'Photo', kind: 'file' },
  { code: 'BIRTHDATE', label: 'Date of birth', kind: 'date' },
  { code: 'POST', label: 'Position', kind: 'text' },
  { code: 'COMMENTS', label: 'Comment', kind: 'html' },
  { code: 'ASSIGNED_BY_ID', label: 'Responsible person', kind: 'user' },
  observers('Observers'),
  { code: 'OPENED', label: 'Available to everyone', kind: 'boolean' },
  { code: 'EXPORT', label: 'Included in export', kind: 'boolean' },
  { code: 'TYPE_ID', label: 'Contact type', kind: 'list' },
  { code: 'SOURCE_ID', label: 'Source', kind: 'list' },
  { code: 'SOURCE_DESCRIPTION', label: 'Source information', kind: 'textarea' },
  client('COMPANY', 'Company', ['COMPANY_IDS']),
  // type `requisite`
  { code: 'REQUISITES', label: 'Details', kind: 'other' },
  utm('UTM parameters'),
  address('Address'),
  ...MULTIFIELDS,
];

const LABELS_RU = {
  ID: 'ID',
  HONORIFIC: 'Обращение',
  LAST_NAME: 'Фамилия',
  NAME: 'Имя',
  SECOND_NAME: 'Отчество',
  PHOTO: 'Фотография',
  BIRTHDATE: 'Дата рождения',
  POST: 'Должность',
  COMMENTS: 'Комментарий',
  ASSIGNED_BY_ID: 'Ответственный',
  OBSERVER: 'Наблюдатели',
  OPENED: 'Доступен для всех',
  EXPORT: 'Участвует  в экспорте контактов',
  TYPE_ID: 'Тип контакта',
  SOURCE_ID: 'Источник',
  SOURCE_DESCRIPTION: 'Дополнительно об источнике',
  COMPANY: 'Компания',
  REQUISITES: 'Реквизиты',
  UTM: 'UTM-метки',
  ADDRESS: 'Адрес',
  ...MULTIFIELD_LABELS_RU,
};

export const CONTACT_CARD: CardDefinition = {
  ownFields: () => FIELDS,
  labelsRu: LABELS_RU,
  isUserFieldCode: isClassicUserField,
  trailingFields: parentFields,
  sections: [section('main', 'About contact', 'О контакте'), section('additional', 'More', 'Дополнительно')],
  defaultSections: () => [
    {
      name: 'main',
      fields: [
        'HONORIFIC',
        'LAST_NAME',
        'NAME',
        'SECOND_NAME',
        'PHOTO',
        'BIRTHDATE',
        'POST',
        ...MULTIFIELD_CODES,
        'COMPANY',
        'ADDRESS',
        'REQUISITES',
      ],
    },
    {
      name: 'additional',
      fields: [
        'TYPE_ID',
        'SOURCE_ID',
        'SOURCE_DESCRIPTION',
        'OPENED',
        'EXPORT',
        'ASSIGNED_BY_ID',
        'OBSERVER',
        'COMMENTS',
        'UTM',
      ],
    },
  ],
  userFieldSection: 'additional',
};
