import type { Message } from '../types';
import type { placementEn } from './placement.en';

export const placementRu: Readonly<Record<keyof typeof placementEn, Message>> = {
  'placement.tabTitle': 'Макет карточки',
  'placement.settings': 'Вкладка в карточке лида',
  'placement.panel.title': 'Вкладка «Макет карточки» в карточке лида',
  'placement.panel.intro':
    'Вкладка открывает это приложение в каждой карточке лида на портале, с этим лидом в предпросмотре. Добавить или убрать её может только администратор портала.',
  'placement.status.loading': 'Проверяем карточку лида…',
  'placement.status.bound': 'В карточке лида есть вкладка «Макет карточки».',
  'placement.status.unbound': 'В карточке лида нет вкладки «Макет карточки».',
  'placement.add': 'Добавить вкладку',
  'placement.remove': 'Убрать вкладку',
  'placement.added': 'Вкладка «Макет карточки» добавлена в карточку лида.',
  'placement.removed': 'Вкладка «Макет карточки» убрана из карточки лида.',
  'placement.failed': 'Портал отказал: {text}',
  'placement.close': 'Закрыть',
  'placement.offer.text':
    'Добавить в карточку лида вкладку «Макет карточки», чтобы макет открывался из любого лида?',
  'placement.offer.later': 'Не сейчас',
};
