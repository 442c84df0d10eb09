import { z } from 'zod';
import { LeadFieldsSchema } from './fields';
import { MULTIFIELD_VALUES } from './lead';

/**
 * A deal, contact, company or quote of the old methods (`crm.deal.get|list`, `crm.contact.*`,
 * `crm.company.*`, `crm.quote.*`): UPPER_CASE keys as for leads, numbers and ids as strings,
 * unset strings `null`, dates ISO with offset or `""`; contacts and companies carry multifields.
 */
export const CrmRecordSchema = z
  .object({
    ID: z.string(),
    ...MULTIFIELD_VALUES,
  })
  .catchall(z.unknown());
export type CrmRecord = z.infer<typeof CrmRecordSchema>;

/** A deal: its pipeline `CATEGORY_ID` (`"0"` for the default one) and a stage of that pipeline. */
export const DealSchema = CrmRecordSchema.extend({
  TITLE: z.string().nullable().optional(),
  CATEGORY_ID: z.string().nullable().optional(),
  STAGE_ID: z.string().nullable().optional(),
});
export type Deal = z.infer<typeof DealSchema>;

export const CrmRecordListSchema = z.array(CrmRecordSchema);
export const DealListSchema = z.array(DealSchema);

/** `crm.deal.fields`, `crm.contact.fields`, `crm.company.fields`, `crm.quote.fields`: the lead shape. */
export const EntityFieldsSchema = LeadFieldsSchema;
