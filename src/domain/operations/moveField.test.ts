import { describe, expect, it } from 'vitest';
import { aLayout, anElement, fieldsBySection } from '../../testing/builders';
import { moveField } from './moveField';

const before = aLayout()
  .section('main', ['TITLE', 'PHONE', 'EMAIL'])
  .section('more', ['WEB'])
  .section('extra', [])
  .build();

describe('moveField', () => {
  it('moves a field into another section at its final index', () => {
    const after = moveField(before, { field: 'PHONE', to: { section: 'more', index: 0 } });
    expect(fieldsBySection(after)).toEqual({ main: ['TITLE', 'EMAIL'], more: ['PHONE', 'WEB'], extra: [] });
    expect(after.sections[2]).toBe(before.sections[2]);
    expect(moveField(after, { field: 'PHONE', to: { section: 'more', index: 0 } })).toBe(after);
  });

  it('uses the index after the move within one section, both directions', () => {
    const down = moveField(before, { field: 'TITLE', to: { section: 'main', index: 2 } });
    expect(fieldsBySection(down).main).toEqual(['PHONE', 'EMAIL', 'TITLE']);
    const up = moveField(before, { field: 'EMAIL', to: { section: 'main', index: 0 } });
    expect(fieldsBySection(up).main).toEqual(['EMAIL', 'TITLE', 'PHONE']);
    const one = moveField(before, { field: 'TITLE', to: { section: 'main', index: 1 } });
    expect(fieldsBySection(one).main).toEqual(['PHONE', 'TITLE', 'EMAIL']);
    expect(one.sections[1]).toBe(before.sections[1]);
  });

  it('keeps the element itself: flags, options and kept keys travel with it', () => {
    const start = aLayout()
      .section('main', [
        anElement('PHONE').alwaysShown().withOptions({ defaultCountry: 'DE' }).withExtra({ title: 'Tel' }),
      ])
      .section('more', [])
      .build();
    const after = moveField(start, { field: 'PHONE', to: { section: 'more', index: 0 } });
    expect(after.sections[1]?.elements[0]).toBe(start.sections[0]?.elements[0]);
  });

  it('clamps the index into the target section', () => {
    expect(
      fieldsBySection(moveField(before, { field: 'TITLE', to: { section: 'more', index: 42 } })).more,
    ).toEqual(['WEB', 'TITLE']);
    expect(
      fieldsBySection(moveField(before, { field: 'WEB', to: { section: 'main', index: -3 } })).main,
    ).toEqual(['WEB', 'TITLE', 'PHONE', 'EMAIL']);
    expect(
      fieldsBySection(moveField(before, { field: 'WEB', to: { section: 'extra', index: 7 } })).extra,
    ).toEqual(['WEB']);
  });

  it('returns the same layout when the field would stay where it is, even with an out-of-range index', () => {
    expect(moveField(before, { field: 'PHONE', to: { section: 'main', index: 1 } })).toBe(before);
    expect(moveField(before, { field: 'EMAIL', to: { section: 'main', index: 99 } })).toBe(before);
    expect(moveField(before, { field: 'TITLE', to: { section: 'main', index: -1 } })).toBe(before);
    expect(moveField(before, { field: 'WEB', to: { section: 'more', index: 5 } })).toBe(before);
  });

  it('returns the same layout for a field not on the card or an unknown section', () => {
    expect(moveField(before, { field: 'IM', to: { section: 'main', index: 0 } })).toBe(before);
    expect(moveField(before, { field: 'PHONE', to: { section: 'nope', index: 0 } })).toBe(before);
  });
});
