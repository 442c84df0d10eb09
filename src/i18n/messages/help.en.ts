import type { Message } from '../types';

/** English texts of the help part; the keys are checked against Russian in help.ru.ts. */
export const helpEn = {} as const satisfies Readonly<Record<string, Message>>;
