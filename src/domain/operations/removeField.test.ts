import { describe, expect, it } from 'vitest';
import { aLayout, fieldsBySection } from '../../testing/builders';
import { removeField } from './removeField';

const before = aLayout().section('main', ['TITLE', 'PHONE']).section('more', ['EMAIL']).build();

describe('removeField', () => {
  it('takes the field off the card and shares the other sections', () => {
    const after = removeField(before, { field: 'PHONE' });
    expect(fieldsBySection(after)).toEqual({ main: ['TITLE'], more: ['EMAIL'] });
    expect(after.sections[1]).toBe(before.sections[1]);
    expect(after.sections[0]?.elements[0]).toBe(before.sections[0]?.elements[0]);
  });

  it('leaves an empty section in place', () => {
    expect(fieldsBySection(removeField(before, { field: 'EMAIL' }))).toEqual({
      main: ['TITLE', 'PHONE'],
      more: [],
    });
  });

  it('removes every element of a field a portal layout held twice', () => {
    const twice = aLayout().section('main', ['PHONE', 'TITLE', 'PHONE']).section('more', ['PHONE']).build();
    expect(fieldsBySection(removeField(twice, { field: 'PHONE' }))).toEqual({ main: ['TITLE'], more: [] });
  });

  it('returns the same layout for a field not on the card', () => {
    expect(removeField(before, { field: 'WEB' })).toBe(before);
  });
});
