import { mapElementsOf } from '../layoutEdits';
import { SHOW_ALWAYS_FLAG, type FieldCode, type Layout } from '../types';

/**
 * Sets or clears the "show always" bit (bit 1 of `optionFlags`, BITRIX24-API.md 1.10) of a placed
 * field, keeping every other bit; returns `layout` itself when the bit already has that value or
 * the field is not on the card.
 */
export function setAlwaysShow(
  layout: Layout,
  { field, value }: { field: FieldCode; value: boolean },
): Layout {
  return mapElementsOf(layout, field, (e) => {
    const optionFlags = value ? e.optionFlags | SHOW_ALWAYS_FLAG : e.optionFlags & ~SHOW_ALWAYS_FLAG;
    return optionFlags === e.optionFlags ? e : { ...e, optionFlags };
  });
}

/** Whether an element's `optionFlags` has the "show always" bit. */
export const isShownAlways = (optionFlags: number): boolean => (optionFlags & SHOW_ALWAYS_FLAG) !== 0;
