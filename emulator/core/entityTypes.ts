/**
 * `CCrmOwnerType` as the REST methods of the other cards need it: the name of a type number, and
 * which types the card editor and `crm.item.*` serve (`EntityEditorConfig::isEntityTypeSupported`,
 * `Container::getFactory`).
 */
import { findType } from './crmState';
import type { PortalState } from './types';

export const LEAD = 1;
export const DEAL = 2;
export const CONTACT = 3;
export const COMPANY = 4;
export const QUOTE = 7;
export const SMART_INVOICE = 31;

/** Names of the defined static types, for the "not supported" texts (BITRIX24-API.md 1.8). */
const OWNER_TYPE_NAMES: Readonly<Record<number, string>> = {
  1: 'LEAD',
  2: 'DEAL',
  3: 'CONTACT',
  4: 'COMPANY',
  5: 'INVOICE',
  6: 'ACTIVITY',
  7: 'QUOTE',
  8: 'REQUISITE',
  9: 'DEAL_CATEGORY',
  10: 'CUSTOM_ACTIVITY_TYPE',
  11: 'WAIT',
  12: 'CALL_LIST',
  13: 'DEAL_RECURRING',
  14: 'ORDER',
  15: 'ORDER_CHECK',
  16: 'ORDER_SHIPMENT',
  17: 'ORDER_PAYMENT',
  31: 'SMART_INVOICE',
  32: 'SMART_DOCUMENT',
};

/** `CCrmOwnerType::ResolveName`: static names, `DYNAMIC_{id}` for an existing smart process. */
export function ownerTypeName(state: PortalState, entityTypeId: number): string | undefined {
  const name = OWNER_TYPE_NAMES[entityTypeId];
  if (name !== undefined) return name;
  return findType(state, entityTypeId) ? `DYNAMIC_${entityTypeId}` : undefined;
}

/** Types with a factory (`crm.item.*`): leads, deals, contacts, companies, quotes, smart invoices, smart processes. */
export function hasFactory(state: PortalState, entityTypeId: number): boolean {
  return (
    [LEAD, DEAL, CONTACT, COMPANY, QUOTE, SMART_INVOICE].includes(entityTypeId) ||
    isDynamic(state, entityTypeId)
  );
}

export const isDynamic = (state: PortalState, entityTypeId: number): boolean =>
  findType(state, entityTypeId) !== undefined;

/** Factory-based types whose card is the `crm.item.details` component (smart invoices, smart processes). */
export const usesItemDetails = (state: PortalState, entityTypeId: number): boolean =>
  entityTypeId === SMART_INVOICE || isDynamic(state, entityTypeId);
