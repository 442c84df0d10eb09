import type { CardType } from './cardType';
import type { CardField } from './cards/fieldTypes';
import { isContactField } from './cards/lead';
import { mapSections } from './layoutEdits';
import type { FieldCode, Layout } from './types';

/** A layout copied to another card, and what had to stay behind. */
export interface CopiedLayout {
  readonly layout: Layout;
  /** Fields of the source the target card cannot show, in reading order; they are not in `layout`. */
  readonly leftOut: readonly FieldCode[];
}

const isRepeatLead = (card: CardType): boolean => card.entity === 'lead' && card.leadType === 'repeat';

/**
 * `layout` made fit for the `target` card: every element whose field is not among
 * `cardFieldsOfTarget`, and every contact field when the target is a repeat lead (BITRIX24-API.md
 * 1.11), is left out and listed; sections, their order, titles and names, and each kept element's
 * flags, options and kept keys stay as they are (a section may end up empty, lint says so). Returns
 * `layout` itself when nothing is left out. A copy between common and personal, or between two
 * pipelines of one entity, keeps what both cards share.
 */
export function copyForCard(
  layout: Layout,
  cardFieldsOfTarget: readonly CardField[],
  target: CardType,
): CopiedLayout {
  const fits = new Set(cardFieldsOfTarget.map((f) => f.code));
  const noContacts = isRepeatLead(target);
  const leftOut: FieldCode[] = [];
  const keep = (field: FieldCode): boolean => {
    const ok = fits.has(field) && !(noContacts && isContactField(field));
    if (!ok && !leftOut.includes(field)) leftOut.push(field);
    return ok;
  };
  const copied = mapSections(layout, (s) => {
    const elements = s.elements.filter((e) => keep(e.field));
    return elements.length === s.elements.length ? s : { ...s, elements };
  });
  return { layout: copied, leftOut };
}
