import type { Message } from '../types';
import type { MessageKey } from './en';

export const ru: Readonly<Record<MessageKey, Message>> = {
  'app.title': 'Lead Card Studio',
  'app.language': 'Язык',
};
