import type { Message } from '../types';
import type { cardsEn } from './cards.en';

/** Russian texts of the card picker and of the cards named inside sentences (genitive, as "вид карточки {leads}"). */
export const cardsRu: Readonly<Record<keyof typeof cardsEn, Message>> = {
  'cards.picker': 'Карточка',
  'cards.picker.hint': 'Какую карточку CRM настраивать',
  'cards.picker.loading': 'Загружаем воронки и смарт-процессы…',
  'cards.picker.failed': 'Воронки и смарт-процессы не загрузились: {reason}',
  'cards.picker.retry': 'Повторить',
  'cards.picker.unsaved': '{name} (есть несохранённые изменения)',
  'cards.group.leads': 'Лиды',
  'cards.group.deals': 'Сделки',
  'cards.group.others': 'Контакты, компании, предложения, счета',
  'cards.group.processes': 'Смарт-процессы',
  'cards.name.lead.simple': 'Лиды: простые',
  'cards.name.lead.repeat': 'Лиды: повторные',
  'cards.name.deal': 'Сделки: {pipeline}',
  'cards.name.contact': 'Контакты',
  'cards.name.company': 'Компании',
  'cards.name.quote': 'Предложения',
  'cards.name.invoice': 'Счета',
  'cards.name.dynamic': '{process}: {funnel}',
  'cards.pipeline.numbered': 'воронка {id}',
  'cards.process.numbered': 'смарт-процесс {id}',
  'cards.of.deal': 'сделок воронки «{pipeline}»',
  'cards.of.contact': 'контактов',
  'cards.of.company': 'компаний',
  'cards.of.quote': 'предложений',
  'cards.of.invoice': 'счетов',
  'cards.bulk.layout': 'личный вид карточки {leads}',
  'cards.force.body':
    'Личные виды карточки {leads} всех сотрудников портала будут удалены, и все будут видеть общий вид. Это нельзя отменить. Если в общем виде есть несохранённые изменения, сначала сохраните его.',
  'cards.pipelines.open': 'Все воронки',
  'cards.pipelines.openHint':
    'Использовать карточку этой воронки для всех воронок, посмотрев сначала, что изменится',
  'cards.pipelines.title': 'Карточка этой воронки — для всех воронок',
  'cards.pipelines.note':
    'Вид карточки {leads} из редактора, вместе с несохранёнными изменениями, будет сохранён в каждую отмеченную ниже воронку (тот же общий или личный вид). Сначала посмотрите, что изменится в каждой.',
  'cards.pipelines.none': 'У этой карточки нет других воронок.',
  'cards.pipelines.reading': 'Читаем виды карточки других воронок…',
  'cards.pipelines.stored': '(сохранённый вид)',
  'cards.pipelines.default': '(стандартный вид портала)',
  'cards.pipelines.same': 'Уже совпадает.',
  'cards.pipelines.changes': 'Что изменится: {name}',
  'cards.pipelines.submit': {
    one: 'Применить к {count} воронке',
    few: 'Применить к {count} воронкам',
    many: 'Применить к {count} воронкам',
    other: 'Применить к {count} воронки',
  },
  'cards.of.dynamic': 'элементов «{process}» воронки «{funnel}»',
};
