/**
 * What `crm.{entity}.fields` prints of system and user fields (BITRIX24-API.md 2), and user fields
 * as `crm.{entity}.userfield.list|get` print them (`rest/lib/userfieldproxy.php` of the portal);
 * userFieldAdd.ts makes them.
 */
import { SYSTEM_LEAD_FIELDS } from './leadFields';
import type { SystemFieldDef } from './fieldDef';
import {
  USER_FIELD_LABEL_KEYS,
  type EnumItemRecord,
  type Labels,
  type PortalState,
  type UserFieldRecord,
} from './types';

/** `LANGUAGE_ID` the REST answers use. */
export const LANGUAGE_ID = 'en';
/** `CCrmLead::$sUFEntityID`. */
export const LEAD_UF_ENTITY_ID = 'CRM_LEAD';

/** `UserFieldProxy::getTypes()`: the types `crm.lead.userfield.add` accepts. */
export const USER_FIELD_TYPES = [
  'string',
  'integer',
  'double',
  'boolean',
  'enumeration',
  'datetime',
  'date',
  'money',
  'url',
  'address',
  'file',
  'employee',
  'crm_status',
  'iblock_section',
  'iblock_element',
  'crm',
] as const;

// ---------------------------------------------------------------------------------------------
// crm.lead.fields

export function systemFieldInfo(def: SystemFieldDef): Record<string, unknown> {
  // 2.1: key order type, is*, isDeprecated?, items|statusType, title, labels, settings.
  const info: Record<string, unknown> = {
    type: def.type,
    isRequired: false,
    isReadOnly: def.isReadOnly ?? false,
    isImmutable: def.isImmutable ?? false,
    isMultiple: def.isMultiple ?? false,
    isDynamic: false,
  };
  if (def.isDeprecated) info['isDeprecated'] = true;
  if (def.statusType) info['statusType'] = def.statusType;
  info['title'] = def.title;
  if (def.settings) info['settings'] = def.settings;
  return info;
}

const label = (labels: Labels): string => labels[LANGUAGE_ID] ?? Object.values(labels)[0] ?? '';

export const sortedItems = (uf: UserFieldRecord): EnumItemRecord[] =>
  [...(uf.LIST ?? [])].sort((a, b) => a.SORT - b.SORT || a.ID - b.ID);

export function userFieldInfo(uf: UserFieldRecord): Record<string, unknown> {
  const info: Record<string, unknown> = {
    type: uf.USER_TYPE_ID,
    isRequired: uf.MANDATORY === 'Y',
    isReadOnly: false,
    isImmutable: false,
    isMultiple: uf.MULTIPLE === 'Y',
    isDynamic: true,
  };
  if (uf.USER_TYPE_ID === 'enumeration') {
    info['items'] = sortedItems(uf).map((i) => ({ ID: String(i.ID), VALUE: i.VALUE }));
  } else if (uf.USER_TYPE_ID === 'crm_status') {
    info['statusType'] = uf.SETTINGS['ENTITY_TYPE'] ?? '';
  }
  info['title'] = uf.FIELD_NAME; // 2.1: a user field's title is its code; the label is formLabel
  info['listLabel'] = label(uf.LIST_COLUMN_LABEL);
  info['formLabel'] = label(uf.EDIT_FORM_LABEL);
  info['filterLabel'] = label(uf.LIST_FILTER_LABEL);
  if (Object.keys(uf.SETTINGS).length > 0) info['settings'] = uf.SETTINGS; // 2.1: only when it has settings
  return info;
}

/** `crm.{entity}.fields`: the system fields in their order, then the user fields. */
export function fieldsResult(
  system: Iterable<SystemFieldDef>,
  userFields: readonly UserFieldRecord[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const def of system) out[def.code] = systemFieldInfo(def);
  for (const uf of userFields) out[uf.FIELD_NAME] = userFieldInfo(uf);
  return out;
}

export const leadFieldsResult = (state: PortalState): Record<string, unknown> =>
  fieldsResult(SYSTEM_LEAD_FIELDS, sortedUserFields(state));

export const sortedUserFields = (state: PortalState): UserFieldRecord[] =>
  [...state.userFields].sort((a, b) => a.SORT - b.SORT || a.ID - b.ID);

// ---------------------------------------------------------------------------------------------
// crm.lead.userfield.*

export const EVERY_LANGUAGE = Symbol('every language');

/**
 * A `CUserTypeEntity` row: strings for numbers. `GetList` gives the labels only when `LANG` is
 * filtered, each a string of that language; `GetByID` (`crm.lead.userfield.get`) gives every
 * label as a map of language to text (`EVERY_LANGUAGE`).
 */
export function userFieldRow(
  uf: UserFieldRecord,
  labels?: string | typeof EVERY_LANGUAGE,
  entityId = LEAD_UF_ENTITY_ID,
): Record<string, unknown> {
  const row: Record<string, unknown> = {
    ID: String(uf.ID),
    ENTITY_ID: entityId,
    FIELD_NAME: uf.FIELD_NAME,
    USER_TYPE_ID: uf.USER_TYPE_ID,
    XML_ID: uf.XML_ID,
    SORT: String(uf.SORT),
    MULTIPLE: uf.MULTIPLE,
    MANDATORY: uf.MANDATORY,
    SHOW_FILTER: uf.SHOW_FILTER,
    SHOW_IN_LIST: uf.SHOW_IN_LIST,
    EDIT_IN_LIST: uf.EDIT_IN_LIST,
    IS_SEARCHABLE: uf.IS_SEARCHABLE,
    SETTINGS: uf.SETTINGS,
  };
  if (labels === EVERY_LANGUAGE) for (const k of USER_FIELD_LABEL_KEYS) row[k] = { ...uf[k] };
  else if (labels !== undefined) for (const k of USER_FIELD_LABEL_KEYS) row[k] = uf[k][labels] ?? null;
  if (uf.USER_TYPE_ID === 'enumeration') {
    row['LIST'] = sortedItems(uf).map((i) => ({
      ID: String(i.ID),
      SORT: String(i.SORT),
      VALUE: i.VALUE,
      DEF: i.DEF,
    }));
  }
  return row;
}
