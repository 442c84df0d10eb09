/**
 * `crm.lead.userfield.update`: `UserFieldProxy::update` of the rest module (CRM prefix and rights
 * from `CCrmUserFieldRestProxy`), then `CUserTypeEntity::Update` and `CUserFieldEnum::SetEnumValues`
 * of the main module. What the portal cannot change is dropped without a word: FIELD_NAME,
 * USER_TYPE_ID, ENTITY_ID and MULTIPLE (`CUserTypeEntity::Update` unsets them).
 */
import { intval, isPhpArray, isset, phpEntries, phpGet, phpString, phpValues, type PhpArray } from './php';
import { USER_FIELD_LABEL_KEYS, type UserFieldRecord } from './types';
import { prepareLabels, setEnumValues, trimPhp, type EnumItemInput } from './userFieldEnum';
import { dateDefault, intOrZero } from './userFieldInput';

const upper = (v: unknown): string => phpString(v).toUpperCase();

/** The `switch ($userTypeID)` of `update`: only the settings that were sent change. */
function updatedSettings(
  type: string,
  stored: Record<string, unknown>,
  sent: PhpArray,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...stored };
  const has = (k: string): boolean => isset(phpGet(sent, k));
  const s = (k: string): unknown => phpGet(sent, k);
  const copy = (k: string): void => {
    if (has(k)) out[k] = s(k);
  };
  switch (type) {
    case 'string':
      copy('DEFAULT_VALUE');
      if (has('ROWS')) out['ROWS'] = Math.min(Math.max(intval(s('ROWS')), 1), 50);
      break;
    case 'integer':
      copy('DEFAULT_VALUE');
      break;
    case 'double':
      copy('DEFAULT_VALUE');
      if (has('PRECISION')) out['PRECISION'] = intval(s('PRECISION')) >= 0 ? intval(s('PRECISION')) : 2;
      break;
    case 'boolean':
      if (has('DEFAULT_VALUE')) out['DEFAULT_VALUE'] = intval(s('DEFAULT_VALUE')) > 0 ? 1 : 0;
      if (has('DISPLAY')) out['DISPLAY'] = phpString(s('DISPLAY')) !== '' ? upper(s('DISPLAY')) : 'CHECKBOX';
      break;
    case 'datetime': {
      // Only `datetime`: the proxy's update has no `date` case, so a date field keeps its default.
      if (has('DEFAULT_VALUE')) out['DEFAULT_VALUE'] = dateDefault(s('DEFAULT_VALUE'));
      break;
    }
    case 'enumeration':
      if (has('DISPLAY')) out['DISPLAY'] = phpString(s('DISPLAY')) !== '' ? upper(s('DISPLAY')) : 'LIST';
      if (has('LIST_HEIGHT'))
        out['LIST_HEIGHT'] = intval(s('LIST_HEIGHT')) > 0 ? intval(s('LIST_HEIGHT')) : 1;
      break;
    case 'iblock_section':
    case 'iblock_element':
      copy('IBLOCK_TYPE_ID');
      if (has('IBLOCK_ID')) out['IBLOCK_ID'] = intval(s('IBLOCK_ID')) > 0 ? intval(s('IBLOCK_ID')) : 0;
      copy('DEFAULT_VALUE');
      if (has('DISPLAY')) out['DISPLAY'] = phpString(s('DISPLAY')) !== '' ? upper(s('DISPLAY')) : 'LIST';
      if (has('LIST_HEIGHT'))
        out['LIST_HEIGHT'] = intval(s('LIST_HEIGHT')) > 0 ? intval(s('LIST_HEIGHT')) : 1;
      if (has('ACTIVE_FILTER')) out['ACTIVE_FILTER'] = upper(s('ACTIVE_FILTER')) === 'Y' ? 'Y' : 'N';
      break;
    case 'crm_status':
      copy('ENTITY_TYPE');
      break;
    case 'crm':
      for (const k of ['LEAD', 'CONTACT', 'COMPANY', 'DEAL'])
        if (has(k)) out[k] = upper(s(k)) === 'Y' ? 'Y' : 'N';
      break;
    default:
      break;
  }
  return out;
}

/** The proxy's LIST loop: items with an ID change or (`DEL: Y`, empty VALUE) go; others are new. */
function listInput(list: unknown, multiple: boolean): EnumItemInput[] {
  const byKey = new Map<string, EnumItemInput>();
  let counter = 0;
  let defaultKey = '';
  for (const item of isPhpArray(list) ? phpValues(list) : []) {
    if (!isPhpArray(item)) continue; // `!empty($item)` on a non-array row
    const input: EnumItemInput = { key: '', VALUE: trimPhp(phpString(phpGet(item, 'VALUE'))) };
    const xmlId = phpString(phpGet(item, 'XML_ID'));
    if (xmlId !== '') input.XML_ID = xmlId;
    const sort = intOrZero(phpGet(item, 'SORT'));
    if (sort > 0) input.SORT = sort;
    const id = intOrZero(phpGet(item, 'ID'));
    if (id > 0) {
      input.key = String(id);
      if (upper(phpGet(item, 'DEL')) === 'Y') input.DEL = 'Y';
    } else {
      input.key = `n${counter++}`;
    }
    const defRaw = phpGet(item, 'DEF');
    if (isset(defRaw)) {
      const isDefault = upper(defRaw) === 'Y';
      if (multiple) input.DEF = isDefault ? 'Y' : 'N';
      else if (isDefault && defaultKey === '') defaultKey = input.key;
    }
    byKey.set(input.key, input); // a repeated ID: the last row wins, as in a PHP array
  }
  const items = [...byKey.values()];
  if (!multiple && defaultKey !== '') for (const i of items) i.DEF = i.key === defaultKey ? 'Y' : 'N';
  return items;
}

/** Applies `fields` to a stored field; throws ERROR_CORE when list items clash. */
export function updateUserField(
  state: Parameters<typeof setEnumValues>[0],
  uf: UserFieldRecord,
  fields: PhpArray,
): void {
  const sent = new Map(phpEntries(fields));
  const given = (k: string): boolean => sent.has(k);
  const value = (k: string): unknown => sent.get(k);

  // A sent label replaces every language: a string fills them all, a map leaves the others empty.
  for (const k of USER_FIELD_LABEL_KEYS) if (isset(value(k))) uf[k] = prepareLabels(value(k), '');

  if (given('XML_ID')) uf.XML_ID = phpString(value('XML_ID'));
  if (given('SORT')) uf.SORT = intval(value('SORT'));
  // Update compares with the exact 'Y' / 'N' (the proxy does not upper-case these on update).
  if (given('MANDATORY')) uf.MANDATORY = value('MANDATORY') === 'Y' ? 'Y' : 'N';
  if (given('SHOW_IN_LIST')) uf.SHOW_IN_LIST = value('SHOW_IN_LIST') === 'N' ? 'N' : 'Y';
  if (given('EDIT_IN_LIST')) uf.EDIT_IN_LIST = value('EDIT_IN_LIST') === 'N' ? 'N' : 'Y';
  if (given('IS_SEARCHABLE')) uf.IS_SEARCHABLE = value('IS_SEARCHABLE') === 'Y' ? 'Y' : 'N';
  if (isset(value('SHOW_FILTER'))) {
    let showFilter = upper(value('SHOW_FILTER')) === 'Y' ? 'E' : 'N';
    if (uf.USER_TYPE_ID === 'employee' && showFilter !== 'N') showFilter = 'I';
    uf.SHOW_FILTER = showFilter;
  }
  const settings = value('SETTINGS');
  uf.SETTINGS = updatedSettings(uf.USER_TYPE_ID, uf.SETTINGS, isPhpArray(settings) ? settings : []);

  // The field row is saved before the items, so an item error leaves the other changes in place.
  if (uf.USER_TYPE_ID === 'enumeration' && isset(value('LIST'))) {
    setEnumValues(state, uf, listInput(value('LIST'), uf.MULTIPLE === 'Y'));
  }
}
