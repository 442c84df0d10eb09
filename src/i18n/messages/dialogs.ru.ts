import type { Message } from '../types';
import type { dialogsEn } from './dialogs.en';

export const dialogsRu: Readonly<Record<keyof typeof dialogsEn, Message>> = {};
