import { describe, expect, it } from 'vitest';
import { aLayout, anElement } from '../../testing/builders';
import { setElementOptions } from './setElementOptions';

const before = aLayout()
  .section('main', [anElement('PHONE').withOptions({ defaultCountry: 'DE', custom: { a: 1 } }), 'TITLE'])
  .section('more', ['ADDRESS'])
  .build();
const phone = (l: typeof before) => l.sections[0]?.elements[0];

describe('setElementOptions', () => {
  it('merges keys and keeps unknown keys', () => {
    const after = setElementOptions(before, {
      field: 'PHONE',
      options: { defaultCountry: 'FR', extra: true },
    });
    expect(phone(after)?.options).toEqual({ defaultCountry: 'FR', custom: { a: 1 }, extra: true });
    expect(after.sections[1]).toBe(before.sections[1]);
    expect(after.sections[0]?.elements[1]).toBe(before.sections[0]?.elements[1]);
  });

  it('deletes a key whose value is undefined', () => {
    const after = setElementOptions(before, { field: 'PHONE', options: { custom: undefined } });
    expect(phone(after)?.options).toEqual({ defaultCountry: 'DE' });
  });

  it('leaves options absent when nothing is left', () => {
    const after = setElementOptions(before, {
      field: 'PHONE',
      options: { custom: undefined, defaultCountry: undefined },
    });
    expect(phone(after)).toEqual({ field: 'PHONE', optionFlags: 0 });
    expect(phone(after)).not.toHaveProperty('options');
  });

  it('creates options on an element without any', () => {
    const after = setElementOptions(before, { field: 'ADDRESS', options: { defaultAddressType: 1 } });
    expect(after.sections[1]?.elements[0]).toEqual({
      field: 'ADDRESS',
      optionFlags: 0,
      options: { defaultAddressType: 1 },
    });
  });

  it('keeps a key named __proto__ as plain data', () => {
    const options = JSON.parse('{"__proto__": {"polluted": true}}') as Record<string, unknown>;
    const after = setElementOptions(before, { field: 'ADDRESS', options });
    const stored = after.sections[1]?.elements[0]?.options;
    expect(Object.keys(stored ?? {})).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('returns the same layout when no key changes value', () => {
    expect(setElementOptions(before, { field: 'PHONE', options: { defaultCountry: 'DE' } })).toBe(before);
    expect(setElementOptions(before, { field: 'PHONE', options: { custom: { a: 1 } } })).toBe(before);
    expect(setElementOptions(before, { field: 'PHONE', options: { missing: undefined } })).toBe(before);
    expect(setElementOptions(before, { field: 'PHONE', options: {} })).toBe(before);
    expect(setElementOptions(before, { field: 'ADDRESS', options: { x: undefined } })).toBe(before);
  });

  it('returns the same layout for a field not on the card', () => {
    expect(setElementOptions(before, { field: 'WEB', options: { a: 1 } })).toBe(before);
  });
});
