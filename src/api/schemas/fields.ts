import { z } from 'zod';

export const EnumItemSchema = z.object({ ID: z.string(), VALUE: z.string() }).loose();
export type EnumItem = z.infer<typeof EnumItemSchema>;

/** One entry of `crm.lead.fields` (BITRIX24-API.md 2.1): user fields have `title` = code, label in `formLabel`. */
export const FieldInfoSchema = z
  .object({
    type: z.string(),
    isRequired: z.boolean(),
    isReadOnly: z.boolean(),
    isImmutable: z.boolean(),
    isMultiple: z.boolean(),
    isDynamic: z.boolean(),
    isDeprecated: z.boolean().optional(),
    items: z.array(EnumItemSchema).optional(),
    statusType: z.string().optional(),
    title: z.string(),
    listLabel: z.string().optional(),
    formLabel: z.string().optional(),
    filterLabel: z.string().optional(),
    settings: z.unknown().optional(),
  })
  .loose();
export type FieldInfo = z.infer<typeof FieldInfoSchema>;

export const LeadFieldsSchema = z.record(z.string(), FieldInfoSchema);
export type LeadFields = z.infer<typeof LeadFieldsSchema>;

/** `crm.lead.userfield.list` row (upper-case keys, as the old userfield API answers). */
export const UserFieldSchema = z
  .object({
    ID: z.string(),
    ENTITY_ID: z.string(),
    FIELD_NAME: z.string(),
    USER_TYPE_ID: z.string(),
    XML_ID: z.string().nullable().optional(),
    SORT: z.string(),
    MULTIPLE: z.string(),
    MANDATORY: z.string(),
    SHOW_FILTER: z.string().optional(),
    SHOW_IN_LIST: z.string().optional(),
    EDIT_IN_LIST: z.string().optional(),
    IS_SEARCHABLE: z.string().optional(),
    SETTINGS: z.unknown().optional(),
    LIST: z
      .array(
        z
          .object({
            ID: z.string(),
            SORT: z.string().optional(),
            VALUE: z.string(),
            DEF: z.string().optional(),
          })
          .loose(),
      )
      .optional(),
  })
  .loose();
export type UserField = z.infer<typeof UserFieldSchema>;
