import { z } from 'zod';
import { UserFieldSchema } from './fields';

/**
 * The user-field types the editor creates (`USER_TYPE_ID`, `UserFieldProxy::getTypes`), in the
 * order the portal's card offers them. The portal knows more (`crm_status`, `iblock_*`, app types).
 */
export const EDITOR_USER_FIELD_TYPES = [
  'string',
  'integer',
  'double',
  'date',
  'datetime',
  'enumeration',
  'boolean',
  'money',
  'address',
  'url',
  'file',
  'employee',
  'crm',
] as const;
export type EditorUserFieldType = (typeof EDITOR_USER_FIELD_TYPES)[number];

/** A label per language id; `GetByID` has a key only for the languages with a row. */
export const LabelMapSchema = z.record(z.string(), z.string().nullable());
export type LabelMap = z.infer<typeof LabelMapSchema>;

/** `crm.lead.userfield.get`: the row with every label as a map of language to text. */
export const UserFieldDetailSchema = UserFieldSchema.extend({
  EDIT_FORM_LABEL: LabelMapSchema.optional(),
  LIST_COLUMN_LABEL: LabelMapSchema.optional(),
  LIST_FILTER_LABEL: LabelMapSchema.optional(),
  ERROR_MESSAGE: LabelMapSchema.optional(),
  HELP_MESSAGE: LabelMapSchema.optional(),
});
export type UserFieldDetail = z.infer<typeof UserFieldDetailSchema>;

/** `crm.lead.userfield.add` answers the new field's ID (an integer). */
export const UserFieldIdSchema = z.number().int().positive();
