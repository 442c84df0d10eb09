import { z } from 'zod';
import { FieldInfoSchema } from './fields';

/**
 * `crm.item.fields {entityTypeId}` entry: the `crm.lead.fields` shape plus `upperName` (the
 * UPPER_CASE name the old methods and the card use), keyed by the camelCase name (`stageId`,
 * `ufCrm5_1700000000`). Unlike `crm.lead.fields`, a user field's `title` is its label.
 */
export const ItemFieldInfoSchema = FieldInfoSchema.extend({ upperName: z.string() });
export type ItemFieldInfo = z.infer<typeof ItemFieldInfoSchema>;

/** `crm.item.fields` result: `{fields: {camelName: info}}`. */
export const ItemFieldsSchema = z.object({ fields: z.record(z.string(), ItemFieldInfoSchema) }).loose();
export type ItemFields = z.infer<typeof ItemFieldsSchema>;

/** One multifield value inside an item's `fm` (docs `crm-item-get.md`). */
export const ItemMultifieldSchema = z
  .object({ id: z.number().int(), valueType: z.string(), value: z.string(), typeId: z.string() })
  .loose();
export type ItemMultifield = z.infer<typeof ItemMultifieldSchema>;

/**
 * An item of `crm.item.get|list|add|update`: camelCase keys, ids and numbers as numbers, dates
 * ISO with offset, unset values `null`; user fields as `ufCrm…` keys. Every entity has its own
 * set of keys, so only the common ones are named.
 */
export const ItemSchema = z
  .object({
    id: z.number().int(),
    entityTypeId: z.number().int().optional(),
    title: z.string().nullable().optional(),
    categoryId: z.number().int().nullable().optional(),
    stageId: z.string().nullable().optional(),
    assignedById: z.number().int().nullable().optional(),
    createdTime: z.string().nullable().optional(),
    updatedTime: z.string().nullable().optional(),
    fm: z.array(ItemMultifieldSchema).optional(),
  })
  .catchall(z.unknown());
export type Item = z.infer<typeof ItemSchema>;

/** `crm.item.get|add|update` result: `{item: {...}}`. */
export const ItemResultSchema = z.object({ item: ItemSchema }).loose();
/** `crm.item.list` result: `{items: [...]}`, `total`/`next` at the top of the envelope. */
export const ItemListSchema = z.object({ items: z.array(ItemSchema) }).loose();
/** `crm.item.delete` answers an empty array (`[]`). */
export const ItemDeleteResultSchema = z.array(z.unknown()).length(0);
