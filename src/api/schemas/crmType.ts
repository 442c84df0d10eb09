import { z } from 'zod';

/** The portal's `Y`/`N` flags of a smart-process type. */
const Flag = z.enum(['Y', 'N']);

/**
 * One smart-process type of `crm.type.list` / `crm.type.get` (`Dynamic\Type::jsonSerialize`,
 * docs `crm-type-list.md`): camelCase keys, numbers as numbers, flags as `Y`/`N`, ISO dates.
 * `id` is the type's own id (user fields are `UF_CRM_{id}_…`); `entityTypeId` is the CRM type
 * number every other method takes (1030, 1032, …).
 */
export const CrmTypeSchema = z
  .object({
    id: z.number().int(),
    title: z.string(),
    code: z.string().nullable().optional(),
    createdBy: z.number().int().optional(),
    entityTypeId: z.number().int(),
    customSectionId: z.number().int().nullable().optional(),
    isCategoriesEnabled: Flag,
    isStagesEnabled: Flag,
    isBeginCloseDatesEnabled: Flag.optional(),
    isClientEnabled: Flag.optional(),
    isUseInUserfieldEnabled: Flag.optional(),
    isLinkWithProductsEnabled: Flag.optional(),
    isMycompanyEnabled: Flag.optional(),
    isDocumentsEnabled: Flag.optional(),
    isSourceEnabled: Flag.optional(),
    isObserversEnabled: Flag.optional(),
    isRecyclebinEnabled: Flag.optional(),
    isAutomationEnabled: Flag.optional(),
    isBizProcEnabled: Flag.optional(),
    isSetOpenPermissions: Flag.optional(),
    isPaymentsEnabled: Flag.optional(),
    isCountersEnabled: Flag.optional(),
    createdTime: z.string().optional(),
    updatedTime: z.string().optional(),
    updatedBy: z.number().int().optional(),
  })
  .loose();
export type CrmType = z.infer<typeof CrmTypeSchema>;

/** `crm.type.list` result: `{types: [...]}`, with `total` (and `next`) at the top of the envelope. */
export const CrmTypeListSchema = z.object({ types: z.array(CrmTypeSchema) }).loose();
export type CrmTypeList = z.infer<typeof CrmTypeListSchema>;

/** `crm.type.get` result: `{type: {...}}`. */
export const CrmTypeGetSchema = z.object({ type: CrmTypeSchema }).loose();
