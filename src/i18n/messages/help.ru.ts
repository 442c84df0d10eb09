import type { Message } from '../types';
import type { helpEn } from './help.en';

export const helpRu: Readonly<Record<keyof typeof helpEn, Message>> = {};
