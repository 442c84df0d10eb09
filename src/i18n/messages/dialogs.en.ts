import type { Message } from '../types';

/** English texts of the dialogs part; the keys are checked against Russian in dialogs.ru.ts. */
export const dialogsEn = {} as const satisfies Readonly<Record<string, Message>>;
