import type { Message } from '../types';
import type { bigcardsEn } from './bigcards.en';

export const bigcardsRu: Readonly<Record<keyof typeof bigcardsEn, Message>> = {
  'bigcards.outline.label': 'Оглавление карточки',
  'bigcards.outline.title': 'Разделы',
  'bigcards.outline.goTo': 'Перейти к разделу {title}, {count}',
  'bigcards.outline.collapseAll': 'Свернуть все',
  'bigcards.outline.expandAll': 'Развернуть все',
  'bigcards.outline.hint':
    'Перетащите поле на раздел здесь, чтобы поставить его в конец. При перетаскивании клавиатурой → переходит к оглавлению, ← обратно.',
  'bigcards.section.collapse': 'Свернуть раздел {title}',
  'bigcards.section.expand': 'Развернуть раздел {title}',
  'bigcards.section.addRest': 'Добавить все недостающие',
  'bigcards.section.addRestOf': 'Добавить в раздел {title} все поля, которых нет в карточке',
  'bigcards.section.added': {
    one: 'В раздел {section} добавлено {count} поле.',
    few: 'В раздел {section} добавлено {count} поля.',
    many: 'В раздел {section} добавлено {count} полей.',
    other: 'В раздел {section} добавлено {count} поля.',
  },
  'bigcards.section.nothingToAdd': 'Все поля уже есть в карточке.',
  'bigcards.select.count': {
    one: 'Выбрано {count} поле',
    few: 'Выбрано {count} поля',
    many: 'Выбрано {count} полей',
    other: 'Выбрано {count} поля',
  },
  'bigcards.select.none': 'Поля не выбраны',
  'bigcards.select.moveTo': 'Переместить в раздел…',
  'bigcards.select.clear': 'Снять выбор',
  'bigcards.select.hint':
    'Ctrl+щелчок или Shift+Пробел выбирает поле, Shift+щелчок или Shift+↑/↓ расширяет выбор, M перемещает, Escape снимает выбор.',
  'bigcards.select.moveSelected': 'Переместить поле {label} (выбрано)',
  'bigcards.moveDialog.title': {
    one: 'Переместить {count} поле в раздел',
    few: 'Переместить {count} поля в раздел',
    many: 'Переместить {count} полей в раздел',
    other: 'Переместить {count} поля в раздел',
  },
  'bigcards.moveDialog.sections': 'Разделы',
  'bigcards.moveDialog.closed': 'новые поля не принимает',
  'bigcards.moveDialog.move': 'Переместить',
  'bigcards.moved': {
    one: '{count} поле перемещено в раздел {section}.',
    few: '{count} поля перемещены в раздел {section}.',
    many: '{count} полей перемещены в раздел {section}.',
    other: '{count} поля перемещены в раздел {section}.',
  },
  'bigcards.dnd.fields': {
    one: '{count} поле',
    few: '{count} поля',
    many: '{count} полей',
    other: '{count} поля',
  },
  'bigcards.dnd.movedTo': '{what}: перемещено в {target}.',
  'bigcards.dnd.overOutline':
    '{what} над разделом {section} в оглавлении: если отпустить, встанет в конец раздела.',
};
