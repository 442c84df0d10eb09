import { clampIndex } from '../arrays';
import { mapSections } from '../layoutEdits';
import { sectionById } from '../layoutQueries';
import { sectionRules } from '../sectionRules';
import type { CardElement, FieldCode, Layout, Slot } from '../types';

/**
 * Moves several placed fields together to `to`, in the order they have on the card (sections top
 * to bottom), whatever order `fields` lists them in. `to.index` is where the first of them lands
 * once all of them have left their places (clamped). Fields not on the card are ignored; when the
 * target section is closed to new fields (`sectionRules`) only the fields already in it move.
 * Returns `layout` itself when nothing would change; sections not involved keep their identity.
 */
export function moveFields(
  layout: Layout,
  { fields, to }: { fields: readonly FieldCode[]; to: Slot },
): Layout {
  const target = sectionById(layout, to.section);
  if (!target) return layout;
  const wanted = new Set(fields);
  const openTarget = sectionRules(target).changeable;
  const canMove = (sectionId: string, field: FieldCode) =>
    wanted.has(field) && (openTarget || sectionId === to.section);
  const moving: CardElement[] = [];
  const seen = new Set<FieldCode>();
  for (const s of layout.sections)
    for (const e of s.elements)
      if (canMove(s.id, e.field) && !seen.has(e.field)) {
        seen.add(e.field);
        moving.push(e);
      }
  if (moving.length === 0) return layout;
  const stays = (sectionId: string, e: CardElement) => !(seen.has(e.field) && canMove(sectionId, e.field));
  const rest = target.elements.filter((e) => stays(target.id, e));
  const index = clampIndex(to.index, rest.length);
  const placed = [...rest.slice(0, index), ...moving, ...rest.slice(index)];
  const next = mapSections(layout, (s) => {
    if (s.id === to.section) return sameElements(placed, s.elements) ? s : { ...s, elements: placed };
    const kept = s.elements.filter((e) => stays(s.id, e));
    return kept.length === s.elements.length ? s : { ...s, elements: kept };
  });
  return next;
}

const sameElements = (a: readonly CardElement[], b: readonly CardElement[]) =>
  a.length === b.length && a.every((e, i) => e === b[i]);
