import type { Message } from '../types';
import type { recordsEn } from './records.en';

/** Russian texts of the preview of a card other than the lead's (see records.en.ts). */
export const recordsRu: Readonly<Record<keyof typeof recordsEn, Message>> = {
  'preview.record.entity.deal': 'Сделка',
  'preview.record.entity.contact': 'Контакт',
  'preview.record.entity.company': 'Компания',
  'preview.record.entity.quote': 'Предложение',
  'preview.record.entity.invoice': 'Счёт',
  'preview.record.entity.dynamic': 'Элемент',
  'preview.record.numbered': '{entity} #{id}',
  'preview.record.dialog': 'Выбор записи',
  'preview.record.search': 'Поиск записей по названию или имени',
  'preview.record.loading': 'Загрузка записей…',
  'preview.record.count': {
    one: '{count} запись',
    few: '{count} записи',
    many: '{count} записей',
    other: '{count} записи',
  },
  'preview.record.match': {
    one: 'Найдена {count} запись',
    few: 'Найдено {count} записи',
    many: 'Найдено {count} записей',
    other: 'Найдено {count} записи',
  },
  'preview.record.loadingRecord': 'Загрузка записи…',
  'preview.record.useSample': 'Показать пример записи',
  'preview.record.sample': 'Пример записи',
  'preview.record.untitled': 'Запись без названия',
  'preview.record.editForm': 'Изменение записи',
  'preview.record.save': 'Сохранить запись',
  'preview.record.createFromSample': 'Создать запись с этими значениями',
  'preview.record.sampleHint':
    'Примера записи нет на портале: при сохранении будет создана новая запись с этими значениями.',
  'preview.record.created': 'Запись #{id} создана из примера значений.',
  'preview.record.saved': {
    one: 'Запись #{id} сохранена (отправлено {count} поле).',
    few: 'Запись #{id} сохранена (отправлено {count} поля).',
    many: 'Запись #{id} сохранена (отправлено {count} полей).',
    other: 'Запись #{id} сохранена (отправлено {count} поля).',
  },
  'preview.record.missing':
    'Портал отвечает «{portal}»: этой записи нет на портале (удалена или неверный ID). Выберите другую запись.',
  'preview.record.createTitle': 'Создать тестовую запись',
  'preview.record.defaultName': 'Тестовая запись {time}',
  'preview.record.submit': 'Создать запись',
  'preview.record.intro': {
    one: 'Заполняет {count} поле карточки примерами значений и создаёт запись на портале методом {method}; затем она откроется здесь.',
    few: 'Заполняет {count} поля карточки примерами значений и создаёт запись на портале методом {method}; затем она откроется здесь.',
    many: 'Заполняет {count} полей карточки примерами значений и создаёт запись на портале методом {method}; затем она откроется здесь.',
    other:
      'Заполняет {count} поля карточки примерами значений и создаёт запись на портале методом {method}; затем она откроется здесь.',
  },
  'preview.record.name': 'Название записи',
  'preview.record.done': 'Тестовая запись #{id} создана и открыта в предпросмотре.',
};
