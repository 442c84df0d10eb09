import { z } from 'zod';

/** Multifield row as `crm.lead.get` returns it (BITRIX24-API.md 3.2/3.3). */
export const MultifieldValueSchema = z
  .object({ ID: z.string(), VALUE_TYPE: z.string(), VALUE: z.string(), TYPE_ID: z.string() })
  .loose();
export type MultifieldValue = z.infer<typeof MultifieldValueSchema>;

export const MULTIFIELD_CODES = ['PHONE', 'EMAIL', 'WEB', 'IM', 'LINK'] as const;
export type MultifieldCode = (typeof MULTIFIELD_CODES)[number];

/** The multifields of a record of the old methods (leads, contacts, companies), each optional. */
export const MULTIFIELD_VALUES = {
  PHONE: z.array(MultifieldValueSchema).optional(),
  EMAIL: z.array(MultifieldValueSchema).optional(),
  WEB: z.array(MultifieldValueSchema).optional(),
  IM: z.array(MultifieldValueSchema).optional(),
  LINK: z.array(MultifieldValueSchema).optional(),
} as const satisfies Record<MultifieldCode, z.ZodType>;

/**
 * A lead from `crm.lead.get`/`list`: numbers and ids are strings, unset strings `null`, dates ISO
 * with offset or `""`; multifields are arrays; user fields keep their own shapes.
 */
export const LeadSchema = z
  .object({
    ID: z.string(),
    TITLE: z.string().nullable().optional(),
    STATUS_ID: z.string().nullable().optional(),
    IS_RETURN_CUSTOMER: z.enum(['Y', 'N']).optional(),
    ...MULTIFIELD_VALUES,
  })
  .catchall(z.unknown());
export type Lead = z.infer<typeof LeadSchema>;

export const LeadListSchema = z.array(LeadSchema);
/** `crm.lead.add` answers the new id as an integer. */
export const LeadIdSchema = z.number().int();
export const TrueResultSchema = z.boolean();
