import type { LeadFields } from '../../api/schemas/fields';
import type { CardField } from '../../domain/cardFields';
import { SHOW_ALWAYS_FLAG, type CardElement } from '../../domain/types';
import { dataKeysOf } from './catalog';
import type { LeadForm } from './leadForm';
import { isMultifieldCode } from './multifieldTypes';

/** Types whose `0` means "not bound" (the portal prints unset ids as `"0"` in places). */
const ID_TYPES: ReadonlySet<string> = new Set(['user', 'employee', 'crm_company', 'crm_contact']);

function keyHasContent(key: string, form: LeadForm, fields: LeadFields): boolean {
  if (isMultifieldCode(key)) return (form.rows[key] ?? []).some((r) => r.VALUE.trim() !== '');
  const list = form.lists[key];
  if (list !== undefined) return list.some((v) => v.trim() !== '' && v !== '0');
  const value = (form.values[key] ?? '').trim();
  if (value === '') return false;
  return !(value === '0' && ID_TYPES.has(fields[key]?.type ?? ''));
}

/**
 * Whether a card field has something to show for this lead: any of its data keys is filled. A zero
 * amount counts as empty, so a lead without an amount does not show "0.00"; the product summary
 * has no lead data of its own and is always empty here.
 */
export function hasContent(field: CardField, form: LeadForm, fields: LeadFields): boolean {
  if (field.kind === 'products') return false;
  if (field.code === 'OPPORTUNITY_WITH_CURRENCY') {
    const amount = Number(form.values['OPPORTUNITY'] ?? '');
    return (form.values['OPPORTUNITY'] ?? '').trim() !== '' && Number.isFinite(amount) && amount !== 0;
  }
  return dataKeysOf(field).some((key) => keyHasContent(key, form, fields));
}

/** Whether bit 1 of `optionFlags` ("show always", BITRIX24-API.md 1.10) is set. */
export const isAlwaysShown = (element: CardElement): boolean =>
  (element.optionFlags & SHOW_ALWAYS_FLAG) !== 0;

/**
 * View mode as the portal shows it (1.10): an element is shown when its field has a value, or
 * always when its "show always" bit is set. A field unknown to the portal shows only when always
 * shown (as an empty row).
 */
export function isShown(
  element: CardElement,
  lead: LeadForm,
  field: CardField | undefined,
  fields: LeadFields,
): boolean {
  if (isAlwaysShown(element)) return true;
  return field !== undefined && hasContent(field, lead, fields);
}
