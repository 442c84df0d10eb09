import { z } from 'zod';

/** A `langAll` entry: `null` where the row was bound without that text. */
const PlacementLangSchema = z
  .object({
    TITLE: z.string().nullable(),
    DESCRIPTION: z.string().nullable(),
    GROUP_NAME: z.string().nullable(),
  })
  .loose();

/**
 * One row of `placement.get` (`Bitrix\Rest\Api\Placement::get`): the placement, its handler URL,
 * options (PHP's empty array `[]` when none), title, description and the titles per language
 * (`[]` when none). Shared with the emulator's tests.
 */
export const PlacementRowSchema = z
  .object({
    placement: z.string(),
    userId: z.number(),
    handler: z.string(),
    options: z.union([z.record(z.string(), z.unknown()), z.array(z.unknown())]),
    title: z.string().nullable(),
    description: z.string().nullable(),
    langAll: z.union([z.record(z.string(), PlacementLangSchema), z.array(z.unknown())]),
  })
  .loose();
export type PlacementRow = z.infer<typeof PlacementRowSchema>;

export const PlacementListSchema = z.array(PlacementRowSchema);

/** `placement.unbind`: rows found and deleted, two per removed row. */
export const PlacementUnbindSchema = z.object({ count: z.number() }).loose();
