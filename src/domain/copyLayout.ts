import { isContactField, type CardField } from './cardFields';
import { mapSections } from './layoutEdits';
import type { FieldCode, Layout, LeadType } from './types';

/** A layout copied to another lead type, and what had to stay behind. */
export interface CopiedLayout {
  readonly layout: Layout;
  /** Fields of the source the target card cannot show, in reading order; they are not in `layout`. */
  readonly leftOut: readonly FieldCode[];
}

/**
 * `layout` made fit for a card of `targetLeadType`: every element whose field is not among
 * `cardFieldsOfTarget`, and every contact field when the target is a repeat lead (BITRIX24-API.md
 * 1.11), is left out and listed; sections, their order, titles and names, and each kept element's
 * flags, options and kept keys stay as they are (a section may end up empty, lint says so). Returns
 * `layout` itself when nothing is left out. A copy between common and personal needs none of this:
 * the lead type is the same, so the layout is used as is.
 */
export function copyForLeadType(
  layout: Layout,
  targetLeadType: LeadType,
  cardFieldsOfTarget: readonly CardField[],
): CopiedLayout {
  const fits = new Set(cardFieldsOfTarget.map((f) => f.code));
  const leftOut: FieldCode[] = [];
  const keep = (field: FieldCode): boolean => {
    const ok = fits.has(field) && !(targetLeadType === 'repeat' && isContactField(field));
    if (!ok && !leftOut.includes(field)) leftOut.push(field);
    return ok;
  };
  const copied = mapSections(layout, (s) => {
    const elements = s.elements.filter((e) => keep(e.field));
    return elements.length === s.elements.length ? s : { ...s, elements };
  });
  return { layout: copied, leftOut };
}
