import type { Message } from '../types';
import type { protectEn } from './protect.en';

export const protectRu: Readonly<Record<keyof typeof protectEn, Message>> = {
  // sections the portal protects
  'pieces.section.keptByPortal':
    'Портал не даёт удалить этот раздел (в его настройках указано, что он не удаляется)',
  'pieces.section.keptMain': 'Портал не даёт удалить свой основной раздел: в нём название и стадия лида',
  'pieces.section.closed':
    'Портал не добавляет поля в этот раздел (в его настройках указано, что он не изменяется)',
  'pieces.sectionSettings.rules': 'Что разрешает портал',
  'pieces.sectionSettings.removable': 'Можно удалить',
  'pieces.sectionSettings.changeable': 'Можно добавлять поля',
  'pieces.sectionSettings.nameForLife':
    'Портал хранит имя раздела неизменным, чтобы личные виды, история и сравнения находили его. Переименование меняет только заголовок раздела.',
  'pieces.deleteSection.kept': 'Этот раздел остаётся в карточке.',
  'pieces.lint.protectedSectionMissing':
    'Нет раздела «{section}» ({name}): портал не даёт его удалить, и он нужен карточке.',
  'pieces.lint.requiredFieldDropped':
    'Поле «{label}» обязательное и сейчас есть в карточке, но этот вид его убирает.',

  // import limits (IMPORT_LIMITS in layoutJson.ts)
  'dialogs.import.problem.tooLarge':
    'Размер файла — {size}; файл вида карточки может быть не больше {limit}: больше портал за одно сохранение не принимает.',
  'dialogs.import.problem.tooManySections': {
    one: 'В виде карточки {count} раздел; карточка вмещает не больше {limit}.',
    few: 'В виде карточки {count} раздела; карточка вмещает не больше {limit}.',
    many: 'В виде карточки {count} разделов; карточка вмещает не больше {limit}.',
    other: 'В виде карточки {count} раздела; карточка вмещает не больше {limit}.',
  },
  'dialogs.import.problem.tooManyFields': {
    one: 'В виде карточки {count} поле; карточка вмещает не больше {limit}.',
    few: 'В виде карточки {count} поля; карточка вмещает не больше {limit}.',
    many: 'В виде карточки {count} полей; карточка вмещает не больше {limit}.',
    other: 'В виде карточки {count} поля; карточка вмещает не больше {limit}.',
  },

  // where a layout with nothing stored starts
  'pieces.banner.startsFromCommon':
    '{who}: личного вида карточки нет, поэтому здесь показан общий вид — так карточка выглядит у сотрудника сейчас. После сохранения он станет личным видом сотрудника.',
  'pieces.banner.startsFromDefault':
    '{who}: личного вида карточки нет, общий вид не сохранён, поэтому здесь показан вид портала по умолчанию — так карточка выглядит у сотрудника сейчас.',
  'dialogs.who.startsFromCommon': 'Личный вид, если его создать, начнётся с общего вида.',
  'dialogs.who.startsFromDefault': 'Личный вид, если его создать, начнётся с вида портала по умолчанию.',

  // the phone field's default country: the countries the portal's phone numbers know
  'pieces.options.country': 'Страна по умолчанию',
  'pieces.options.countrySearch': 'Поиск страны',
  'pieces.options.countrySearchPlaceholder': 'Страна, код или +код телефона',
  'pieces.options.noCountry': 'Страна не найдена.',
  'pieces.options.unknownChoice': '{code}: такой страны портал не знает',
  'pieces.options.unknownCountry':
    '«{code}» — такой страны портал не знает. Выберите страну из списка или вариант портала по умолчанию.',

  // settings the portal keeps only from its own editor, dropped by a REST save: one note, no change
  'dialogs.kept.note':
    'Примечание: здесь различаются настройки, которые хранит только собственный редактор портала (настройки разделов, переименованные поля): {what}. Портал отбрасывает их при каждом сохранении через REST, поэтому это ничьё изменение, и в списке его нет.',
  'dialogs.kept.sections': {
    one: '{count} раздел',
    few: '{count} раздела',
    many: '{count} разделов',
    other: '{count} раздела',
  },
  'dialogs.kept.fields': {
    one: '{count} поле',
    few: '{count} поля',
    many: '{count} полей',
    other: '{count} поля',
  },
  'dialogs.kept.and': ' и ',
};
