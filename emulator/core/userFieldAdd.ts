import { crmError } from './errors';
import { LEAD_UF_ENTITY_ID, USER_FIELD_TYPES } from './fields';
import { intval, isPhpArray, phpEntries, phpGet, phpString, phpValues, type PhpArray } from './php';
import type { PortalState, UserFieldRecord } from './types';
import { coreError, prepareLabels, setEnumValues, trimPhp, type EnumItemInput } from './userFieldEnum';
import { dateDefault, intOrZero } from './userFieldInput';

/**
 * `crm.{entity}.userfield.add` as the portal runs it: `UserFieldProxy::add`'s settings per type and
 * checks, then `CUserTypeEntity::Add` (`rest/lib/userfieldproxy.php`; texts of
 * `main/lang/en/classes/general/usertype.php`).
 */

const yn = (v: unknown): 'Y' | 'N' => (phpString(v).toUpperCase() === 'Y' ? 'Y' : 'N');

/** `UserFieldProxy::add` effective settings per type. */
function effectiveSettings(type: string, settings: PhpArray): Record<string, unknown> {
  const s = (k: string): unknown => phpGet(settings, k);
  switch (type) {
    case 'string':
      return { DEFAULT_VALUE: s('DEFAULT_VALUE') ?? '', ROWS: intval(s('ROWS')) > 0 ? intval(s('ROWS')) : 1 };
    case 'integer':
      return { DEFAULT_VALUE: s('DEFAULT_VALUE') ?? '' };
    case 'double':
      return {
        DEFAULT_VALUE: s('DEFAULT_VALUE') ?? '',
        PRECISION: intval(s('PRECISION')) >= 0 ? intval(s('PRECISION') ?? 2) : 2,
      };
    case 'boolean': {
      const display = phpString(s('DISPLAY'));
      return {
        DEFAULT_VALUE: intval(s('DEFAULT_VALUE')) > 0 ? 1 : 0,
        DISPLAY: display !== '' ? display.toUpperCase() : 'CHECKBOX',
      };
    }
    case 'date':
    case 'datetime':
      return { DEFAULT_VALUE: dateDefault(s('DEFAULT_VALUE')) };
    case 'enumeration': {
      const display = phpString(s('DISPLAY'));
      const height = intval(s('LIST_HEIGHT'));
      return {
        DISPLAY: display !== '' ? display.toUpperCase() : 'LIST',
        LIST_HEIGHT: height > 0 ? height : 1,
      };
    }
    case 'iblock_section':
    case 'iblock_element': {
      const display = phpString(s('DISPLAY'));
      const height = intval(s('LIST_HEIGHT'));
      return {
        IBLOCK_TYPE_ID: s('IBLOCK_TYPE_ID') ?? '',
        IBLOCK_ID: intval(s('IBLOCK_ID')),
        DEFAULT_VALUE: s('DEFAULT_VALUE') ?? '',
        DISPLAY: display !== '' ? display.toUpperCase() : 'LIST',
        LIST_HEIGHT: height > 0 ? height : 1,
        ACTIVE_FILTER: yn(s('ACTIVE_FILTER')),
      };
    }
    case 'crm_status':
      return { ENTITY_TYPE: s('ENTITY_TYPE') ?? '' };
    case 'crm':
      return {
        LEAD: yn(s('LEAD')),
        CONTACT: yn(s('CONTACT')),
        COMPANY: yn(s('COMPANY')),
        DEAL: yn(s('DEAL')),
      };
    default:
      return {};
  }
}

const ALLOWED_UF_KEYS = new Set([
  'ID',
  'ENTITY_ID',
  'FIELD_NAME',
  'USER_TYPE_ID',
  'XML_ID',
  'SORT',
  'MULTIPLE',
  'MANDATORY',
  'SHOW_FILTER',
  'SHOW_IN_LIST',
  'EDIT_IN_LIST',
  'IS_SEARCHABLE',
  'EDIT_FORM_LABEL',
  'LIST_COLUMN_LABEL',
  'LIST_FILTER_LABEL',
  'ERROR_MESSAGE',
  'HELP_MESSAGE',
  'LIST',
  'SETTINGS',
]);

/** Where a user field goes: its entity (`CRM_LEAD`, `CRM_DEAL`, `CRM_3`…), the code prefix, the list. */
export interface UserFieldTarget {
  readonly entityId: string;
  /** `UF_CRM_`, or `UF_CRM_{typeId}_` for a smart process. */
  readonly prefix: string;
  readonly fields: UserFieldRecord[];
}

export const leadTarget = (state: PortalState): UserFieldTarget => ({
  entityId: LEAD_UF_ENTITY_ID,
  prefix: 'UF_CRM_',
  fields: state.userFields,
});

/** Adds a user field the way `UserFieldProxy::add` + `CUserTypeEntity::Add` do; returns its id. */
export function addUserField(state: PortalState, raw: PhpArray, target = leadTarget(state)): number {
  const defaultLabel0 = phpString(phpGet(raw, 'LABEL')).trim();
  const fields: Record<string, unknown> = {};
  for (const [k, v] of phpEntries(raw)) if (ALLOWED_UF_KEYS.has(k)) fields[k] = v; // sanitizeFields

  const errors: string[] = [];
  const userTypeId = phpString(fields['USER_TYPE_ID']).trim();
  if (userTypeId === '') errors.push("The 'USER_TYPE_ID' field is not found.");
  let fieldName = phpString(fields['FIELD_NAME']).trim();
  if (fieldName === '') errors.push("The 'FIELD_NAME' field is not found.");
  if (errors.length > 0) throw crmError(errors.join('\n'));

  // namePrefix `CRM`: the code always starts with UF_CRM_.
  fieldName = fieldName.toUpperCase();
  if (!fieldName.startsWith(target.prefix))
    fieldName = `${target.prefix}${fieldName.startsWith('UF_') ? fieldName.slice(3) : fieldName}`;

  // CUserTypeEntity::CheckFields collects every message into a CAdminException, which ends each
  // one with "<br>"; UserFieldProxy::add passes that string on as ERROR_CORE. With the CRM prefix
  // forced above a name is never shorter than 4 symbols, and it always starts with UF_.
  const checks: string[] = [];
  if (fieldName.length > 50) checks.push('The field name is too long (exceeds 50 symbols).');
  if (!/^[0-9A-Z_]+$/.test(fieldName)) {
    checks.push('The field name contains invalid symbols. Valid symbols are: A-Z, 0-9 and _.');
  }
  if (!(USER_FIELD_TYPES as readonly string[]).includes(userTypeId))
    checks.push('The custom type is invalid.');
  if (checks.length > 0) throw coreError(checks);
  if (target.fields.some((u) => u.FIELD_NAME === fieldName)) {
    throw coreError([`The field ${fieldName} for entity ${target.entityId} already exists.`]);
  }

  const defaultLabel = defaultLabel0 !== '' ? defaultLabel0 : fieldName;
  const multiple = userTypeId === 'boolean' ? 'N' : yn(fields['MULTIPLE']);
  let showFilter = yn(fields['SHOW_FILTER']) === 'Y' ? 'E' : 'N';
  if (userTypeId === 'employee' && showFilter !== 'N') showFilter = 'I';
  const settingsRaw = fields['SETTINGS'];
  const sort = intval(fields['SORT']);

  state.counters.userField += 1;
  const record: UserFieldRecord = {
    ID: state.counters.userField,
    FIELD_NAME: fieldName,
    USER_TYPE_ID: userTypeId,
    XML_ID: fields['XML_ID'] === undefined ? null : phpString(fields['XML_ID']),
    SORT: sort > 0 ? sort : 100,
    MULTIPLE: multiple,
    MANDATORY: yn(fields['MANDATORY']),
    SHOW_FILTER: showFilter,
    SHOW_IN_LIST: fields['SHOW_IN_LIST'] === undefined ? 'Y' : yn(fields['SHOW_IN_LIST']),
    EDIT_IN_LIST: fields['EDIT_IN_LIST'] === undefined ? 'Y' : yn(fields['EDIT_IN_LIST']),
    IS_SEARCHABLE: yn(fields['IS_SEARCHABLE']),
    SETTINGS: effectiveSettings(userTypeId, isPhpArray(settingsRaw) ? settingsRaw : {}),
    EDIT_FORM_LABEL: prepareLabels(fields['EDIT_FORM_LABEL'], defaultLabel),
    LIST_COLUMN_LABEL: prepareLabels(fields['LIST_COLUMN_LABEL'], defaultLabel),
    LIST_FILTER_LABEL: prepareLabels(fields['LIST_FILTER_LABEL'], defaultLabel),
    ERROR_MESSAGE: prepareLabels(fields['ERROR_MESSAGE'], defaultLabel),
    HELP_MESSAGE: prepareLabels(fields['HELP_MESSAGE'], defaultLabel),
  };

  target.fields.push(record);
  if (userTypeId === 'enumeration') {
    // UserFieldProxy::add keeps VALUE, SORT and DEF of each item (its XML_ID is dropped), skips
    // empty values, and for a single field keeps only the first default; CUserFieldEnum then
    // gives each item its XML_ID. The field itself is already stored when the items fail.
    const list = fields['LIST'];
    const items: EnumItemInput[] = [];
    let defaultKey = '';
    for (const item of isPhpArray(list) ? phpValues(list) : []) {
      const value = trimPhp(phpString(phpGet(item, 'VALUE')));
      if (value === '') continue;
      const key = `n${items.length}`;
      const input: EnumItemInput = { key, VALUE: value };
      const itemSort = intOrZero(phpGet(item, 'SORT'));
      if (itemSort > 0) input.SORT = itemSort;
      const defRaw = phpGet(item, 'DEF');
      if (defRaw !== undefined && defRaw !== null) {
        const isDefault = phpString(defRaw).toUpperCase() === 'Y';
        if (multiple === 'Y') input.DEF = isDefault ? 'Y' : 'N';
        else if (isDefault && defaultKey === '') defaultKey = key;
      }
      items.push(input);
    }
    if (multiple !== 'Y' && defaultKey !== '')
      for (const i of items) i.DEF = i.key === defaultKey ? 'Y' : 'N';
    record.LIST = [];
    setEnumValues(state, record, items);
  }
  return record.ID;
}
