import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { UserFieldSchema, type UserField } from '../schemas/fields';
import { TrueResultSchema } from '../schemas/lead';
import {
  UserFieldDetailSchema,
  UserFieldIdSchema,
  type EditorUserFieldType,
  type UserFieldDetail,
} from '../schemas/userFieldEdit';
import { callCommand, type CallOptions, type PortalClient } from '../transport';
import { PORTAL_QUERY_DEFAULTS, portalKey } from './keys';

export interface UserFieldQuery {
  /** e.g. `{ USER_TYPE_ID: 'enumeration' }`; the portal filters on the upper-case keys. */
  readonly filter?: Readonly<Record<string, unknown>>;
  readonly order?: Readonly<Record<string, 'ASC' | 'DESC'>>;
}

const UserFieldListSchema = z.array(UserFieldSchema);

/** `crm.lead.userfield.list`: the lead's user fields with settings and enumeration items. */
export const leadUserFieldsCommand = (q: UserFieldQuery = {}) => ({
  method: 'crm.lead.userfield.list',
  params: { order: q.order ?? { SORT: 'ASC' }, ...(q.filter ? { filter: q.filter } : {}) },
  schema: UserFieldListSchema,
});

export function listLeadUserFields(
  client: PortalClient,
  q: UserFieldQuery = {},
  opts?: CallOptions,
): Promise<UserField[]> {
  return callCommand(client, leadUserFieldsCommand(q), opts);
}

export const userFieldKeys = {
  all: (client: PortalClient) => [...portalKey(client), 'userfields', 'lead'] as const,
  list: (client: PortalClient, q: UserFieldQuery = {}) =>
    [...userFieldKeys.all(client), q.filter ?? null, q.order ?? null] as const,
};

export const leadUserFieldsQuery = (client: PortalClient, q: UserFieldQuery = {}) =>
  queryOptions({
    ...PORTAL_QUERY_DEFAULTS,
    queryKey: userFieldKeys.list(client, q),
    queryFn: ({ signal }) => listLeadUserFields(client, q, { signal }),
    staleTime: 5 * 60_000,
  });

/** One list item to send: with `ID` it changes (or with `DEL: 'Y'` deletes) that item, without it adds one. */
export interface UserFieldItemInput {
  readonly ID?: string;
  readonly VALUE?: string;
  readonly SORT?: number;
  readonly DEF?: 'Y' | 'N';
  readonly DEL?: 'Y';
}

/** The keys of `crm.lead.userfield.add|update` `fields` the editor sends (upper case, as the portal reads them). */
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

export const userFieldCommands = {
  add: (fields: UserFieldInput) => ({
    method: 'crm.lead.userfield.add',
    params: { fields },
    schema: UserFieldIdSchema,
  }),
  update: (id: number, fields: UserFieldInput) => ({
    method: 'crm.lead.userfield.update',
    params: { id, fields },
    schema: TrueResultSchema,
  }),
  get: (id: number) => ({ method: 'crm.lead.userfield.get', params: { id }, schema: UserFieldDetailSchema }),
};

/** Creates a lead user field; resolves with its ID. Not repeated on a lost answer: a second add would fail as a duplicate. */
export function addLeadUserField(
  client: PortalClient,
  fields: UserFieldInput,
  opts?: CallOptions,
): Promise<number> {
  return callCommand(client, userFieldCommands.add(fields), opts);
}

export function updateLeadUserField(
  client: PortalClient,
  id: number,
  fields: UserFieldInput,
  opts?: CallOptions,
): Promise<boolean> {
  return callCommand(client, userFieldCommands.update(id, fields), opts);
}

/** The field with every label per language, found by its code (`crm.lead.fields` carries no ID). */
export async function getLeadUserFieldByName(
  client: PortalClient,
  fieldName: string,
  opts?: CallOptions,
): Promise<UserFieldDetail | null> {
  const [row] = await listLeadUserFields(client, { filter: { FIELD_NAME: fieldName } }, opts);
  if (!row) return null;
  return callCommand(client, userFieldCommands.get(Number(row.ID)), opts);
}
