import type { Message } from '../types';
import type { finishEn } from './finish.en';

export const finishRu: Readonly<Record<keyof typeof finishEn, Message>> = {
  'finish.remarks.summary': {
    one: '{count} замечание портала',
    few: '{count} замечания портала',
    many: '{count} замечаний портала',
    other: '{count} замечания портала',
  },
  'finish.remarks.dismiss': 'Скрыть замечания портала для этого вида карточки',
};
