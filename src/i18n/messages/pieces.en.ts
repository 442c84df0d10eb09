import type { Message } from '../types';

/** English texts of the pieces part; the keys are checked against Russian in pieces.ru.ts. */
export const piecesEn = {} as const satisfies Readonly<Record<string, Message>>;
