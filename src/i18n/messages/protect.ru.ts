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
};
