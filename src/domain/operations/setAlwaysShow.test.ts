import { describe, expect, it } from 'vitest';
import { aLayout, anElement } from '../../testing/builders';
import { isShownAlways, setAlwaysShow } from './setAlwaysShow';

const before = aLayout()
  .section('main', ['TITLE', anElement('PHONE').withFlags(6)])
  .section('more', [anElement('EMAIL').withFlags(1)])
  .build();

describe('setAlwaysShow', () => {
  it('sets bit 1 and keeps the other bits', () => {
    const after = setAlwaysShow(before, { field: 'PHONE', value: true });
    expect(after.sections[0]?.elements[1]?.optionFlags).toBe(7);
    expect(after.sections[1]).toBe(before.sections[1]);
    expect(after.sections[0]?.elements[0]).toBe(before.sections[0]?.elements[0]);
  });

  it('clears bit 1 and keeps the other bits', () => {
    const start = aLayout()
      .section('main', [anElement('PHONE').withFlags(7)])
      .build();
    expect(setAlwaysShow(start, { field: 'PHONE', value: false }).sections[0]?.elements[0]?.optionFlags).toBe(
      6,
    );
    const after = setAlwaysShow(before, { field: 'EMAIL', value: false });
    expect(after.sections[1]?.elements[0]).toEqual({ field: 'EMAIL', optionFlags: 0 });
  });

  it('keeps options and kept keys', () => {
    const start = aLayout()
      .section('main', [anElement('PHONE').withOptions({ defaultCountry: 'DE' }).withExtra({ title: 'Tel' })])
      .build();
    expect(setAlwaysShow(start, { field: 'PHONE', value: true }).sections[0]?.elements[0]).toEqual({
      field: 'PHONE',
      optionFlags: 1,
      options: { defaultCountry: 'DE' },
      extra: { title: 'Tel' },
    });
  });

  it('returns the same layout when the bit already has the value or the field is not on the card', () => {
    expect(setAlwaysShow(before, { field: 'EMAIL', value: true })).toBe(before);
    expect(setAlwaysShow(before, { field: 'PHONE', value: false })).toBe(before);
    expect(setAlwaysShow(before, { field: 'WEB', value: true })).toBe(before);
  });

  it('isShownAlways reads bit 1 only', () => {
    expect([0, 1, 2, 3, 6, 7].map(isShownAlways)).toEqual([false, true, false, true, false, true]);
  });
});
