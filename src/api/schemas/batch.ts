import { z } from 'zod';
import { CountSchema, phpMap } from './envelope';

/** A part of the batch answer: absent or `[]` when empty, list-shaped when the keys are 0..n-1. */
const part = <S extends z.ZodType>(value: S) =>
  phpMap(value)
    .optional()
    .transform((r): Record<string, z.output<S>> => r ?? {});

/**
 * The `batch` answer (BITRIX24-API.md 4.4): each part is `[]` when empty and only keys with data
 * appear. The client parses every batch with it and the emulator's contract tests check its answers
 * with it, so both read one description. Tolerant of a missing part; an error body is taken as it
 * comes (the client words any shape); `result_time` is kept unread.
 */
export const BatchResultSchema = z
  .object({
    result: part(z.unknown()),
    result_error: part(z.unknown()),
    result_total: part(CountSchema),
    result_next: part(CountSchema),
  })
  .loose();
export type BatchResult = z.output<typeof BatchResultSchema>;

/** The whole answer of `batch`: the envelope's `result` is the batch result. */
export const BatchEnvelopeSchema = z.object({ result: BatchResultSchema });

/** Portal cap on commands per batch; the 51st and later each fail with ERROR_BATCH_LENGTH_EXCEEDED. */
export const BATCH_MAX_LENGTH = 50;
