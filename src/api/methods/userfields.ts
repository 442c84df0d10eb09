import { z } from 'zod';
import type { CardType } from '../../domain/cardType';
import { UserFieldSchema, type UserField } from '../schemas/fields';
import { TrueResultSchema } from '../schemas/lead';
import {
  UserFieldDetailSchema,
  UserFieldIdSchema,
  type EditorUserFieldType,
  type UserFieldDetail,
} from '../schemas/userFieldEdit';
import { callCommand, type CallOptions, type PortalClient } from '../transport';

/**
 * The entities whose user fields the portal edits through `crm.{entity}.userfield.*` (the same
 * `UserFieldProxy` for each, so the same parameters and answers). Smart invoices and smart
 * processes keep theirs in `userfieldconfig.*`, which this editor does not write.
 */
export type UserFieldEntity = 'lead' | 'deal' | 'contact' | 'company' | 'quote';

/** Where the card's user fields are created and changed; `null`: not from this editor. */
export const userFieldEntityOf = (card: CardType): UserFieldEntity | null =>
  card.entity === 'invoice' || card.entity === 'dynamic' ? null : card.entity;

export interface UserFieldQuery {
  /** e.g. `{ USER_TYPE_ID: 'enumeration' }`; the portal filters on the upper-case keys. */
  readonly filter?: Readonly<Record<string, unknown>>;
  readonly order?: Readonly<Record<string, 'ASC' | 'DESC'>>;
}

const UserFieldListSchema = z.array(UserFieldSchema);

/** One list item to send: with `ID` it changes (or with `DEL: 'Y'` deletes) that item, without it adds one. */
export interface UserFieldItemInput {
  readonly ID?: string;
  readonly VALUE?: string;
  readonly SORT?: number;
  readonly DEF?: 'Y' | 'N';
  readonly DEL?: 'Y';
}

/** The keys of `crm.{entity}.userfield.add|update` `fields` the editor sends (upper case, as the portal reads them). */
export interface UserFieldInput {
  readonly FIELD_NAME?: string;
  readonly USER_TYPE_ID?: EditorUserFieldType;
  readonly LABEL?: string;
  readonly EDIT_FORM_LABEL?: Readonly<Record<string, string>>;
  readonly LIST_COLUMN_LABEL?: Readonly<Record<string, string>>;
  readonly LIST_FILTER_LABEL?: Readonly<Record<string, string>>;
  readonly MANDATORY?: 'Y' | 'N';
  readonly MULTIPLE?: 'Y' | 'N';
  readonly SHOW_FILTER?: 'Y' | 'N';
  readonly SETTINGS?: Readonly<Record<string, string | number>>;
  readonly LIST?: readonly UserFieldItemInput[];
}

/** `crm.{entity}.userfield.list|add|update|get`: the entity's user fields with settings and items. */
export const userFieldCommands = (entity: UserFieldEntity) => ({
  list: (q: UserFieldQuery = {}) => ({
    method: `crm.${entity}.userfield.list`,
    params: { order: q.order ?? { SORT: 'ASC' }, ...(q.filter ? { filter: q.filter } : {}) },
    schema: UserFieldListSchema,
  }),
  add: (fields: UserFieldInput) => ({
    method: `crm.${entity}.userfield.add`,
    params: { fields },
    schema: UserFieldIdSchema,
  }),
  update: (id: number, fields: UserFieldInput) => ({
    method: `crm.${entity}.userfield.update`,
    params: { id, fields },
    schema: TrueResultSchema,
  }),
  get: (id: number) => ({
    method: `crm.${entity}.userfield.get`,
    params: { id },
    schema: UserFieldDetailSchema,
  }),
});

export function listUserFields(
  client: PortalClient,
  entity: UserFieldEntity,
  q: UserFieldQuery = {},
  opts?: CallOptions,
): Promise<UserField[]> {
  return callCommand(client, userFieldCommands(entity).list(q), opts);
}

/** Creates a user field; resolves with its ID. Not repeated on a lost answer: a second add would fail as a duplicate. */
export function addUserField(
  client: PortalClient,
  entity: UserFieldEntity,
  fields: UserFieldInput,
  opts?: CallOptions,
): Promise<number> {
  return callCommand(client, userFieldCommands(entity).add(fields), opts);
}

export function updateUserField(
  client: PortalClient,
  entity: UserFieldEntity,
  id: number,
  fields: UserFieldInput,
  opts?: CallOptions,
): Promise<boolean> {
  return callCommand(client, userFieldCommands(entity).update(id, fields), opts);
}

/** The field with every label per language, found by its code (`crm.{entity}.fields` carries no ID). */
export async function getUserFieldByName(
  client: PortalClient,
  entity: UserFieldEntity,
  fieldName: string,
  opts?: CallOptions,
): Promise<UserFieldDetail | null> {
  const [row] = await listUserFields(client, entity, { filter: { FIELD_NAME: fieldName } }, opts);
  if (!row) return null;
  return callCommand(client, userFieldCommands(entity).get(Number(row.ID)), opts);
}
