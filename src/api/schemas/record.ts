import { z } from 'zod';
import { LeadSchema } from './lead';

/**
 * A record of the old entity methods (`crm.deal|contact|company|quote.get|list`): the same shape
 * as a lead (BITRIX24-API.md 3.1): UPPER keys, numbers and ids as strings, multifields as arrays
 * where the entity has them. Leads' own keys (`IS_RETURN_CUSTOMER`) are just other keys here.
 */
export const CrmRecordSchema = LeadSchema.omit({ IS_RETURN_CUSTOMER: true });
export type CrmRecord = z.infer<typeof CrmRecordSchema>;
export const CrmRecordListSchema = z.array(CrmRecordSchema);

/**
 * An item of `crm.item.get|list|add|update` (smart invoices, smart processes): camelCase keys, `id`
 * an integer, numbers as numbers, flags `'Y'`/`'N'`, user fields `ufCrm…` unless asked otherwise.
 */
export const ItemSchema = z.object({ id: z.number().int() }).catchall(z.unknown());
export type Item = z.infer<typeof ItemSchema>;

/** `crm.item.get`, `add` and `update` answer `{ item }`; `crm.item.list` answers `{ items }`. */
export const ItemResultSchema = z.object({ item: ItemSchema });
export const ItemListResultSchema = z.object({ items: z.array(ItemSchema) });

/** `crm.item.fields`: `{ fields: { camelName: { …, upperName } } }`; only the names matter here. */
export const ItemFieldNamesSchema = z.object({
  fields: z.record(z.string(), z.object({ upperName: z.string() }).loose()),
});
