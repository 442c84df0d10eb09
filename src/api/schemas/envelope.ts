import { z } from 'zod';

/** `time` block of every successful answer (BITRIX24-API.md 4.3); cloud adds the operating pair. */
export const PortalTimeSchema = z
  .object({
    start: z.number(),
    finish: z.number(),
    duration: z.number(),
    processing: z.number(),
    date_start: z.string(),
    date_finish: z.string(),
    operating_reset_at: z.number().optional(),
    operating: z.number().optional(),
  })
  .loose();
export type PortalTime = z.infer<typeof PortalTimeSchema>;

/** Error answers carry only these two keys (plus rare extras such as `argument`); no `time`. */
export const PortalErrorBodySchema = z.object({ error: z.string(), error_description: z.string() }).loose();
export type PortalErrorBody = z.infer<typeof PortalErrorBodySchema>;

/** A count (`total`, `next`): a number, or a numeric string as some portals send it. */
export const CountSchema = z.union([
  z.number(),
  z
    .string()
    .regex(/^\d+$/)
    .transform((s) => Number(s)),
]);

/** Success envelope; `total`/`next` are lifted to the top level for list methods. */
export const successEnvelope = <S extends z.ZodType>(result: S) =>
  z
    .object({
      result,
      time: PortalTimeSchema,
      total: z.number().optional(),
      next: z.number().optional(),
    })
    .loose();

/**
 * PHP encodes an empty array as `[]` even where an object is meant (batch `result_error: []`,
 * `options: []`), so every "map" the portal sends may also arrive as an empty JSON array.
 */
export const phpMap = <S extends z.ZodType>(value: S) =>
  z.union([
    z.record(z.string(), value),
    // keys 0..n-1 (a `cmd` sent as a list) arrive as a JSON array; the empty map also comes as `[]`
    z.array(value).transform((items) => Object.fromEntries(items.map((v, i) => [String(i), v]))),
  ]);
