import type { PortalFieldInfo, PortalFields } from './fieldTypes';

/** A `crm.item.fields` entry: keyed by its camelCase name, it carries the card's code in `upperName`. */
export type ItemFieldInfo = PortalFieldInfo & { readonly upperName?: string | undefined };

/**
 * `crm.item.fields` keyed as the card names its elements: by `upperName` (`currencyId` ->
 * CURRENCY_ID), in the portal's order. An entry without `upperName` keeps its key.
 */
export const byUpperName = (fields: Readonly<Record<string, ItemFieldInfo>>): PortalFields =>
  Object.fromEntries(Object.entries(fields).map(([key, info]) => [info.upperName ?? key, info]));
