import { describe, expect, it } from 'vitest';
import { aLayout, fieldsBySection } from '../../testing/builders';
import { placeField } from './placeField';

const before = aLayout().section('main', ['TITLE', 'PHONE']).section('more', ['EMAIL']).build();

describe('placeField', () => {
  it('puts a palette field at the slot with no flags and no options', () => {
    const after = placeField(before, { field: 'WEB', to: { section: 'main', index: 1 } });
    expect(fieldsBySection(after)).toEqual({ main: ['TITLE', 'WEB', 'PHONE'], more: ['EMAIL'] });
    expect(after.sections[0]?.elements[1]).toEqual({ field: 'WEB', optionFlags: 0 });
  });

  it('shares the sections it does not touch', () => {
    const after = placeField(before, { field: 'WEB', to: { section: 'main', index: 0 } });
    expect(after.sections[1]).toBe(before.sections[1]);
    expect(after.sections[0]?.elements[1]).toBe(before.sections[0]?.elements[0]);
  });

  it.each([
    [-5, ['WEB', 'TITLE', 'PHONE']],
    [99, ['TITLE', 'PHONE', 'WEB']],
    [1.7, ['TITLE', 'WEB', 'PHONE']],
    [Number.NaN, ['TITLE', 'PHONE', 'WEB']],
  ])('clamps index %s into the section', (index, main) => {
    const after = placeField(before, { field: 'WEB', to: { section: 'main', index } });
    expect(fieldsBySection(after).main).toEqual(main);
  });

  it('drops into an empty section', () => {
    const start = aLayout().section('main', []).build();
    expect(fieldsBySection(placeField(start, { field: 'WEB', to: { section: 'main', index: 3 } }))).toEqual({
      main: ['WEB'],
    });
  });

  it('returns the same layout when the field is already on the card (it does not move it)', () => {
    expect(placeField(before, { field: 'EMAIL', to: { section: 'main', index: 0 } })).toBe(before);
    expect(placeField(before, { field: 'PHONE', to: { section: 'main', index: 0 } })).toBe(before);
  });

  it('returns the same layout for an unknown section or a blank field', () => {
    expect(placeField(before, { field: 'WEB', to: { section: 'nope', index: 0 } })).toBe(before);
    expect(placeField(before, { field: '  ', to: { section: 'main', index: 0 } })).toBe(before);
  });
});
