/** How `UserFieldProxy` reads what `crm.{entity}.userfield.add` and `.update` are both sent. */
import { intval, isNumeric, isPhpArray, phpGet, phpString } from './php';
import { isoDateTime, parsePortalTime } from './time';

/** A date or datetime field's `DEFAULT_VALUE`: a value (or `{VALUE, TYPE}`) as the proxy stores it. */
export function dateDefault(raw: unknown): { VALUE: string; TYPE: string } {
  const dv = isPhpArray(raw) ? raw : { VALUE: raw, TYPE: 'NONE' };
  const ms = parsePortalTime(phpGet(dv, 'VALUE'));
  const kind = phpString(phpGet(dv, 'TYPE'));
  return { VALUE: ms === null ? '' : isoDateTime(ms), TYPE: kind !== '' ? kind.toUpperCase() : 'NONE' };
}

/** `is_numeric($v) ? (int)$v : 0`, how the proxy reads an item's SORT and ID. */
export const intOrZero = (v: unknown): number => (isNumeric(v) ? intval(v) : 0);
