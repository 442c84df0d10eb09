import { z } from 'zod';

/**
 * One pipeline (deals) or funnel (smart processes, smart invoices) of `crm.category.list` /
 * `crm.category.get` (docs `crm-category-list.md`): numbers as numbers, `isDefault` `Y`/`N`.
 * The default deal pipeline has `id` 0; a smart process's default funnel has a real id.
 * Other entities may add keys (`originId`, `originatorId` on deal pipelines).
 */
export const CategorySchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    sort: z.number().int(),
    entityTypeId: z.number().int(),
    isDefault: z.enum(['Y', 'N']),
    originId: z.string().nullable().optional(),
    originatorId: z.string().nullable().optional(),
  })
  .loose();
export type Category = z.infer<typeof CategorySchema>;

/** `crm.category.list {entityTypeId}` result: `{categories: [...]}`, `total` at the top. */
export const CategoryListSchema = z.object({ categories: z.array(CategorySchema) }).loose();
export type CategoryList = z.infer<typeof CategoryListSchema>;

/** `crm.category.get {entityTypeId, id}` result: `{category: {...}}`. */
export const CategoryGetSchema = z.object({ category: CategorySchema }).loose();
