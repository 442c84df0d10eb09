import type { FieldCode, Layout } from './types';

/**
 * Several fields picked on the card to move together. `anchor` is where a Shift+click range starts
 * (the last field clicked or toggled without Shift).
 */
export interface FieldSelection {
  readonly fields: ReadonlySet<FieldCode>;
  readonly anchor: FieldCode | null;
}

export const emptySelection: FieldSelection = { fields: new Set(), anchor: null };

/** The fields of the card in reading order: sections top to bottom, each top to bottom. */
export const cardOrder = (layout: Layout): FieldCode[] =>
  layout.sections.flatMap((s) => s.elements.map((e) => e.field));

/** Ctrl/Cmd+click: the field joins or leaves the selection and becomes the anchor. */
export function toggleField(selection: FieldSelection, field: FieldCode): FieldSelection {
  const fields = new Set(selection.fields);
  if (fields.has(field)) fields.delete(field);
  else fields.add(field);
  return { fields, anchor: field };
}

/**
 * Shift+click: the fields from the anchor to `field` (card order, both ends included) join the
 * selection; the anchor stays, so a second Shift+click from the same start re-extends. Without an
 * anchor (or one no longer on the card) it selects `field` alone.
 */
export function extendTo(layout: Layout, selection: FieldSelection, field: FieldCode): FieldSelection {
  const order = cardOrder(layout);
  const to = order.indexOf(field);
  const from = selection.anchor === null ? -1 : order.indexOf(selection.anchor);
  if (to < 0) return selection;
  if (from < 0) return { fields: new Set([field]), anchor: field };
  const [lo, hi] = from <= to ? [from, to] : [to, from];
  return { fields: new Set([...selection.fields, ...order.slice(lo, hi + 1)]), anchor: selection.anchor };
}

/** The selected fields still on the card, in card order: what a move or a drag carries. */
export function selectedInOrder(layout: Layout, selection: FieldSelection): FieldCode[] {
  return cardOrder(layout).filter((f) => selection.fields.has(f));
}

/** After an edit (a field removed, undo): only fields still on the card stay selected. */
export function pruneSelection(layout: Layout, selection: FieldSelection): FieldSelection {
  if (selection.fields.size === 0) return selection;
  const onCard = new Set(cardOrder(layout));
  const fields = new Set([...selection.fields].filter((f) => onCard.has(f)));
  if (fields.size === selection.fields.size) return selection;
  return {
    fields,
    anchor: selection.anchor !== null && onCard.has(selection.anchor) ? selection.anchor : null,
  };
}

/** What "Move to section…" and a drag of a selected field carry: the selection, or the one field. */
export function fieldsToMove(
  layout: Layout,
  selection: FieldSelection,
  field: FieldCode | null,
): FieldCode[] {
  if (field !== null && !selection.fields.has(field)) return [field];
  const selected = selectedInOrder(layout, selection);
  return selected.length > 0 ? selected : field === null ? [] : [field];
}
