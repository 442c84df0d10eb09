import { z } from 'zod';
import { PortalErrorBodySchema, PortalTimeSchema, phpMap } from './envelope';

/** `batch` result (BITRIX24-API.md 4.4): each part is `[]` when empty; only keys with data appear. */
export const BatchResultSchema = z
  .object({
    result: phpMap(z.unknown()),
    result_error: phpMap(PortalErrorBodySchema),
    result_total: phpMap(z.number()),
    result_next: phpMap(z.number()),
    result_time: phpMap(PortalTimeSchema),
  })
  .loose();
export type BatchResult = z.infer<typeof BatchResultSchema>;

/** Portal cap on commands per batch; the 51st and later each fail with ERROR_BATCH_LENGTH_EXCEEDED. */
export const BATCH_MAX_LENGTH = 50;
