import { z } from 'zod';

/** `crm.status.list` row (BITRIX24-API.md 3.5): numbers as strings, EXTRA only for stage entities. */
export const StatusSchema = z
  .object({
    ID: z.string(),
    ENTITY_ID: z.string(),
    STATUS_ID: z.string(),
    NAME: z.string(),
    NAME_INIT: z.string().nullable().optional(),
    SORT: z.string(),
    SYSTEM: z.enum(['Y', 'N']),
    CATEGORY_ID: z.string().nullable().optional(),
    COLOR: z.string().nullable().optional(),
    SEMANTICS: z.string().nullable().optional(),
    EXTRA: z.object({ SEMANTICS: z.string(), COLOR: z.string() }).loose().optional(),
  })
  .loose();
export type Status = z.infer<typeof StatusSchema>;
export const StatusListSchema = z.array(StatusSchema);
