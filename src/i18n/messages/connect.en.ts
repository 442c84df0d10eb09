import type { Message } from '../types';

/** English texts of the connect part; the keys are checked against Russian in connect.ru.ts. */
export const connectEn = {} as const satisfies Readonly<Record<string, Message>>;
