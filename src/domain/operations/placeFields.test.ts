import { describe, expect, it } from 'vitest';
import { aLayout, fieldsBySection } from '../../testing/builders';
import { placeFields } from './placeFields';

const before = aLayout().section('main', ['TITLE', 'PHONE']).section('more', ['WEB']).build();

describe('placeFields', () => {
  it('puts the fields at the index in the order given, skipping those on the card, blank or listed twice', () => {
    const after = placeFields(before, {
      fields: ['EMAIL', 'WEB', 'NAME', '', 'EMAIL', 'UF_CRM_1'],
      to: { section: 'main', index: 1 },
    });
    expect(fieldsBySection(after)).toEqual({
      main: ['TITLE', 'EMAIL', 'NAME', 'UF_CRM_1', 'PHONE'],
      more: ['WEB'],
    });
    expect(after.sections[1]).toBe(before.sections[1]);
    expect(after.sections[0]?.elements[1]).toEqual({ field: 'EMAIL', optionFlags: 0 });
  });

  it('appends with an index past the end', () => {
    const after = placeFields(before, { fields: ['EMAIL'], to: { section: 'more', index: 100 } });
    expect(fieldsBySection(after).more).toEqual(['WEB', 'EMAIL']);
  });

  it('returns the same layout when nothing is left to add, the section is unknown or closed', () => {
    expect(placeFields(before, { fields: ['TITLE', 'WEB'], to: { section: 'main', index: 0 } })).toBe(before);
    expect(placeFields(before, { fields: ['EMAIL'], to: { section: 'gone', index: 0 } })).toBe(before);
    const locked = aLayout()
      .section('main', ['TITLE'], { extra: { data: { isChangeable: false } } })
      .build();
    expect(placeFields(locked, { fields: ['EMAIL'], to: { section: 'main', index: 0 } })).toBe(locked);
  });
});
