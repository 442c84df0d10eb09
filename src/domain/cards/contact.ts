import {
  CLASSIC_LABELS_RU,
  CLIENT_TAIL,
  MORE_SECTION,
  MULTIFIELD_CODES,
  PERSON_NAME,
  PERSON_NAME_CODES,
  SOURCE_CODES,
  SOURCE_FIELDS,
  birthdate,
  classicCard,
  client,
  comments,
  observers,
  opened,
  position,
  readOnlyId,
  responsible,
} from './common';
import { section } from './definition';

// The contact card: `CCrmContactDetailsComponent::prepareFieldInfos` and `prepareConfiguration`
// (components/bitrix/crm.contact.details/class.php), labels from its lang/en and lang/ru class.php.
// OBSERVER's caption is the common CRM_TYPE_ITEM_FIELD_OBSERVERS (lib/Service/Localization.php).
// COMMENTS comes from CommentsHelper; its label is the component's CRM_CONTACT_FIELD_COMMENTS.
export const CONTACT_CARD = classicCard({
  fields: [
    readOnlyId,
    ...PERSON_NAME,
    // type `image`
    { code: 'PHOTO', label: 'Photo', kind: 'file' },
    birthdate,
    position,
    comments,
    responsible('Responsible person'),
    observers('Observers'),
    opened,
    { code: 'EXPORT', label: 'Included in export', kind: 'boolean' },
    { code: 'TYPE_ID', label: 'Contact type', kind: 'list' },
    ...SOURCE_FIELDS,
    client('COMPANY', 'Company', ['COMPANY_IDS']),
    ...CLIENT_TAIL,
  ],
  labelsRu: {
    ...CLASSIC_LABELS_RU,
    HONORIFIC: 'Обращение',
    LAST_NAME: 'Фамилия',
    NAME: 'Имя',
    SECOND_NAME: 'Отчество',
    PHOTO: 'Фотография',
    BIRTHDATE: 'Дата рождения',
    POST: 'Должность',
    OPENED: 'Доступен для всех',
    EXPORT: 'Участвует  в экспорте контактов',
    TYPE_ID: 'Тип контакта',
    COMPANY: 'Компания',
  },
  sections: [section('main', 'About contact', 'О контакте'), MORE_SECTION],
  defaultSections: [
    {
      name: 'main',
      fields: [
        ...PERSON_NAME_CODES,
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
        ...SOURCE_CODES,
        'OPENED',
        'EXPORT',
        'ASSIGNED_BY_ID',
        'OBSERVER',
        'COMMENTS',
        'UTM',
      ],
    },
  ],
  withParents: true,
});
