import type { z } from 'zod';
import type { Params } from '../encode';
import { TrueResultSchema } from '../schemas/lead';

/**
 * The old entity methods `crm.lead|deal|contact|company|quote.get|list|add|update|delete` share
 * one shape (BITRIX24-API.md 3.1-3.2): UPPER keys, values form-encoded (numbers and booleans
 * arrive as strings, `char` fields take `'Y'`/`'N'`), multifields written as `[{VALUE, VALUE_TYPE}]`.
 */
export type RecordFieldsInput = Readonly<Record<string, unknown>>;

export interface RecordListQuery {
  /** With the portal's prefixes: `{ '>ID': 10, '%TITLE': 'acme', CATEGORY_ID: 2 }`. */
  readonly filter?: Readonly<Record<string, unknown>>;
  readonly order?: Readonly<Record<string, 'ASC' | 'DESC'>>;
  /** `['*', 'UF_*', 'PHONE', 'EMAIL']`; multifields must be named. */
  readonly select?: readonly string[];
  /** Offset (0, 50, …): the `next` of the previous page. Pages are 50 rows. */
  readonly start?: number;
}

/** Only the parts of a list query that were given, as the portal reads them. */
export const listParams = (q: RecordListQuery): Params => ({
  ...(q.filter ? { filter: q.filter } : {}),
  ...(q.order ? { order: q.order } : {}),
  ...(q.select ? { select: q.select } : {}),
  ...(q.start !== undefined ? { start: q.start } : {}),
});

/** The commands of one `crm.<entity>.*` family; `one`/`many` parse a record and a list page. */
export function entityCommands<One extends z.ZodType, Many extends z.ZodType, Id extends z.ZodType>(
  prefix: string,
  schemas: { readonly one: One; readonly many: Many; readonly id: Id },
) {
  return {
    get: (id: number) => ({ method: `${prefix}.get`, params: { id }, schema: schemas.one }),
    list: (q: RecordListQuery = {}) => ({
      method: `${prefix}.list`,
      params: listParams(q),
      schema: schemas.many,
    }),
    add: (fields: RecordFieldsInput, params?: Params) => ({
      method: `${prefix}.add`,
      params: { fields, ...(params ? { params } : {}) },
      schema: schemas.id,
    }),
    update: (id: number, fields: RecordFieldsInput, params?: Params) => ({
      method: `${prefix}.update`,
      params: { id, fields, ...(params ? { params } : {}) },
      schema: TrueResultSchema,
    }),
    delete: (id: number) => ({ method: `${prefix}.delete`, params: { id }, schema: TrueResultSchema }),
  };
}
