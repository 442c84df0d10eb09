import type { Message } from '../types';
import type { boundaryEn } from './boundary.en';

export const boundaryRu: Readonly<Record<keyof typeof boundaryEn, Message>> = {
  'boundary.failed': '{what}: не удалось показать.',
  'boundary.kept':
    'Черновик сохранён: ничего из изменённого не потеряно. Остальное приложение продолжает работать.',
  'boundary.detail': 'Что не получилось: {error}',
  'boundary.retry': 'Попробовать снова',
  'boundary.close': 'Закрыть',
  'boundary.region.fields': 'Список полей',
  'boundary.region.canvas': 'Вид карточки',
  'boundary.region.preview': 'Предпросмотр',
  'boundary.region.editor': 'Редактор',
  'boundary.region.leadTab': 'Карточка лида №{id}',
  'boundary.region.dialog': 'Окно «{title}»',
};
