import { describe, expect, it } from 'vitest';
import { aLayout } from '../testing/builders';
import {
  emptySelection,
  extendTo,
  fieldsToMove,
  pruneSelection,
  selectedInOrder,
  toggleField,
  type FieldSelection,
} from './fieldSelection';

const layout = aLayout()
  .section('main', ['TITLE', 'PHONE', 'EMAIL'])
  .section('more', ['WEB', 'NAME'])
  .build();
const codes = (s: FieldSelection) => [...s.fields].sort();

describe('field selection', () => {
  it('toggles a field in and out and makes it the anchor', () => {
    const one = toggleField(emptySelection, 'PHONE');
    expect(codes(one)).toEqual(['PHONE']);
    const two = toggleField(one, 'WEB');
    expect(codes(two)).toEqual(['PHONE', 'WEB']);
    expect(two.anchor).toBe('WEB');
    expect(codes(toggleField(two, 'PHONE'))).toEqual(['WEB']);
  });

  it('extends from the anchor across sections, in both directions', () => {
    const down = extendTo(layout, toggleField(emptySelection, 'PHONE'), 'WEB');
    expect(codes(down)).toEqual(['EMAIL', 'PHONE', 'WEB']);
    expect(down.anchor).toBe('PHONE');
    const up = extendTo(layout, toggleField(emptySelection, 'NAME'), 'EMAIL');
    expect(codes(up)).toEqual(['EMAIL', 'NAME', 'WEB']);
  });

  it('without an anchor a range starts and ends at the field itself', () => {
    expect(codes(extendTo(layout, emptySelection, 'EMAIL'))).toEqual(['EMAIL']);
    expect(extendTo(layout, emptySelection, 'GONE')).toBe(emptySelection);
  });

  it('lists the selection in card order, whatever order it was picked in', () => {
    const picked = toggleField(toggleField(toggleField(emptySelection, 'NAME'), 'TITLE'), 'EMAIL');
    expect(selectedInOrder(layout, picked)).toEqual(['TITLE', 'EMAIL', 'NAME']);
  });

  it('forgets fields that left the card, and keeps the same object when none did', () => {
    const picked = toggleField(toggleField(emptySelection, 'PHONE'), 'IM');
    const pruned = pruneSelection(layout, picked);
    expect(codes(pruned)).toEqual(['PHONE']);
    expect(pruned.anchor).toBeNull();
    expect(pruneSelection(layout, pruned)).toBe(pruned);
  });

  it('moves the selection when the field is in it, else only that field', () => {
    const picked = toggleField(toggleField(emptySelection, 'WEB'), 'TITLE');
    expect(fieldsToMove(layout, picked, 'WEB')).toEqual(['TITLE', 'WEB']);
    expect(fieldsToMove(layout, picked, 'EMAIL')).toEqual(['EMAIL']);
    expect(fieldsToMove(layout, picked, null)).toEqual(['TITLE', 'WEB']);
    expect(fieldsToMove(layout, emptySelection, null)).toEqual([]);
  });
});
