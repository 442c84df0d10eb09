import { describe, expect, it } from 'vitest';
import { aLayout } from '../../../testing/builders';
import { parseDndId, toDndId, type DragRef } from './ids';
import { toIntent } from './toIntent';

const layout = aLayout()
  .section('main', ['TITLE', 'PHONE', 'EMAIL'])
  .section('more', ['COMMENTS'])
  .section('empty', [])
  .build();
const el = (field: string): DragRef => ({ kind: 'element', field });
const pal = (field: string): DragRef => ({ kind: 'palette', field });

describe('toIntent', () => {
  it('reorders within a section with sortable semantics (final index = index of the field it is over)', () => {
    expect(toIntent(layout, el('TITLE'), el('EMAIL'), false)).toEqual({
      type: 'moveField',
      field: 'TITLE',
      to: { section: 'main', index: 2 },
    });
  });

  it('moves across sections before or after the field it is over', () => {
    expect(toIntent(layout, el('PHONE'), el('COMMENTS'), false)).toEqual({
      type: 'moveField',
      field: 'PHONE',
      to: { section: 'more', index: 0 },
    });
    expect(toIntent(layout, el('PHONE'), el('COMMENTS'), true)).toEqual({
      type: 'moveField',
      field: 'PHONE',
      to: { section: 'more', index: 1 },
    });
  });

  it('places a palette field at the end of a section zone, also an empty one', () => {
    expect(toIntent(layout, pal('POST'), { kind: 'zone', section: 'empty' }, false)).toEqual({
      type: 'placeField',
      field: 'POST',
      to: { section: 'empty', index: 0 },
    });
    expect(toIntent(layout, pal('POST'), { kind: 'zone', section: 'main' }, false)).toEqual({
      type: 'placeField',
      field: 'POST',
      to: { section: 'main', index: 3 },
    });
  });

  it('moving a field to the end of its own section counts the place it leaves', () => {
    expect(toIntent(layout, el('TITLE'), { kind: 'zone', section: 'main' }, false)).toEqual({
      type: 'moveField',
      field: 'TITLE',
      to: { section: 'main', index: 2 },
    });
  });

  it('takes a field off the card when dropped on the palette', () => {
    expect(toIntent(layout, el('EMAIL'), { kind: 'paletteZone' }, false)).toEqual({
      type: 'removeField',
      field: 'EMAIL',
    });
  });

  it('moves sections by the section they are dropped on', () => {
    expect(
      toIntent(layout, { kind: 'section', section: 'empty' }, { kind: 'section', section: 'main' }, false),
    ).toEqual({
      type: 'moveSection',
      section: 'empty',
      index: 0,
    });
    expect(
      toIntent(layout, { kind: 'section', section: 'main' }, { kind: 'section', section: 'main' }, false),
    ).toBeNull();
  });

  it('does nothing without a target or for a palette field dropped on the palette', () => {
    expect(toIntent(layout, el('TITLE'), null, false)).toBeNull();
    expect(toIntent(layout, pal('POST'), { kind: 'paletteZone' }, false)).toBeNull();
  });
});

describe('dnd ids', () => {
  it('round-trip through the codec', () => {
    const refs: DragRef[] = [
      el('UF_CRM_1'),
      pal('TITLE'),
      { kind: 'section', section: 'main' },
      { kind: 'zone', section: 'a:b' },
      { kind: 'paletteZone' },
    ];
    for (const r of refs) expect(parseDndId(toDndId(r))).toEqual(r);
    expect(parseDndId('bogus')).toBeNull();
    expect(parseDndId('element:')).toBeNull();
  });
});
