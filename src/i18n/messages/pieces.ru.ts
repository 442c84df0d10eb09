import type { Message } from '../types';
import type { piecesEn } from './pieces.en';

export const piecesRu: Readonly<Record<keyof typeof piecesEn, Message>> = {};
