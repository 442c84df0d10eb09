import type { Message } from '../types';
import type { connectEn } from './connect.en';

export const connectRu: Readonly<Record<keyof typeof connectEn, Message>> = {};
