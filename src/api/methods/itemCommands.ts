import type { Params } from '../encode';
import type { CrmRecord } from '../schemas/crmRecord';
import {
  ItemDeleteResultSchema,
  ItemFieldsSchema,
  ItemListSchema,
  ItemResultSchema,
  type Item,
} from '../schemas/item';
import type { RecordFieldsInput, RecordListQuery } from './entityCommands';

/**
 * Both spellings of a `crm.item.*` type's field names: `crm.item.fields` gives each camelCase key
 * its `upperName` (`assignedById` → `ASSIGNED_BY_ID`, `ufCrm5_1700000000` → `UF_CRM_5_1700000000`),
 * the names the card's elements and the old methods use.
 */
export interface ItemNames {
  readonly toUpper: ReadonlyMap<string, string>;
  readonly toCamel: ReadonlyMap<string, string>;
}

export function itemNamesOf(fields: Readonly<Record<string, { readonly upperName: string }>>): ItemNames {
  const pairs = Object.entries(fields).map(([camel, info]) => [camel, info.upperName] as const);
  return {
    toUpper: new Map(pairs),
    toCamel: new Map(pairs.map(([camel, upper]) => [upper, camel])),
  };
}

export const itemNamesCommand = (entityTypeId: number) => ({
  method: 'crm.item.fields',
  params: { entityTypeId },
  schema: ItemFieldsSchema.transform((r) => itemNamesOf(r.fields)),
});

// a name `crm.item.fields` did not list (it lists every field it reads, so this is a fallback):
// the portal's own rule, words joined in camelCase
const camelOf = (upper: string): string =>
  upper.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const upperOf = (camel: string): string => camel.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();

const toCamelKey = (names: ItemNames, key: string): string => {
  // filter keys carry the operation in front: `%TITLE`, `>=ID`, `!@STAGE_ID`
  const [, op = '', name = ''] = /^([=!<>%@]*)(.*)$/.exec(key) ?? [];
  return op + (names.toCamel.get(name) ?? camelOf(name));
};

const camelKeys = <V>(names: ItemNames, o: Readonly<Record<string, V>>): Record<string, V> =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [toCamelKey(names, k), v]));

// the old methods print numbers as strings; so does a record here, whichever method read it
const recordValue = (v: unknown): unknown =>
  typeof v === 'number' ? String(v) : Array.isArray(v) ? v.map(recordValue) : v;

/** An item as a record of the old methods: UPPER keys, `ID` and numbers as strings. */
export function itemToRecord(item: Item, names: ItemNames): CrmRecord {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(item))
    out[names.toUpper.get(key) ?? upperOf(key)] = recordValue(value);
  return { ...out, ID: String(item.id) };
}

/**
 * `crm.item.*` for one type (smart invoices 31, smart processes), speaking records: filters,
 * orders, selects and fields are given with UPPER names and sent in camelCase; answers come back
 * as {@link CrmRecord}s. `crm.item.add` answers the item, of which the id is kept.
 */
export function itemCommands(entityTypeId: number, names: ItemNames) {
  const one = ItemResultSchema.transform((r) => itemToRecord(r.item, names));
  return {
    get: (id: number) => ({ method: 'crm.item.get', params: { entityTypeId, id }, schema: one }),
    list: (q: RecordListQuery = {}) => ({
      method: 'crm.item.list',
      params: {
        entityTypeId,
        ...(q.filter ? { filter: camelKeys(names, q.filter) } : {}),
        ...(q.order ? { order: camelKeys(names, q.order) } : {}),
        ...(q.select ? { select: q.select.map((k) => toCamelKey(names, k)) } : {}),
        ...(q.start !== undefined ? { start: q.start } : {}),
      },
      schema: ItemListSchema.transform((r) => r.items.map((item) => itemToRecord(item, names))),
    }),
    add: (fields: RecordFieldsInput, _params?: Params) => ({
      method: 'crm.item.add',
      params: { entityTypeId, fields: camelKeys(names, fields) },
      schema: ItemResultSchema.transform((r) => r.item.id),
    }),
    update: (id: number, fields: RecordFieldsInput, _params?: Params) => ({
      method: 'crm.item.update',
      params: { entityTypeId, id, fields: camelKeys(names, fields) },
      schema: ItemResultSchema.transform(() => true),
    }),
    delete: (id: number) => ({
      method: 'crm.item.delete',
      params: { entityTypeId, id },
      schema: ItemDeleteResultSchema.transform(() => true),
    }),
  };
}
