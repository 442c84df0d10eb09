import { describe, expect, it } from 'vitest';
import { aLayout, anElement, fieldsBySection } from '../../testing/builders';
import { moveFields } from './moveFields';

const before = aLayout()
  .section('main', ['TITLE', 'PHONE', 'EMAIL', 'WEB'])
  .section('more', ['NAME', 'COMMENTS'])
  .section('extra', [])
  .build();

describe('moveFields', () => {
  it('moves fields from several sections together, in their card order, to the index after they left', () => {
    const after = moveFields(before, {
      fields: ['COMMENTS', 'PHONE', 'WEB'],
      to: { section: 'more', index: 1 },
    });
    expect(fieldsBySection(after)).toEqual({
      main: ['TITLE', 'EMAIL'],
      more: ['NAME', 'PHONE', 'WEB', 'COMMENTS'],
      extra: [],
    });
    expect(after.sections[2]).toBe(before.sections[2]);
  });

  it('moves them into an empty section and keeps each element as it was', () => {
    const start = aLayout()
      .section('main', [anElement('PHONE').alwaysShown().withOptions({ defaultCountry: 'DE' }), 'TITLE'])
      .section('extra', [])
      .build();
    const after = moveFields(start, { fields: ['TITLE', 'PHONE'], to: { section: 'extra', index: 0 } });
    expect(fieldsBySection(after)).toEqual({ main: [], extra: ['PHONE', 'TITLE'] });
    expect(after.sections[1]?.elements[0]).toBe(start.sections[0]?.elements[0]);
  });

  it('reorders within one section and gathers fields that were apart', () => {
    const after = moveFields(before, { fields: ['TITLE', 'EMAIL'], to: { section: 'main', index: 2 } });
    expect(fieldsBySection(after).main).toEqual(['PHONE', 'WEB', 'TITLE', 'EMAIL']);
    const gathered = moveFields(before, { fields: ['TITLE', 'WEB'], to: { section: 'main', index: 0 } });
    expect(fieldsBySection(gathered).main).toEqual(['TITLE', 'WEB', 'PHONE', 'EMAIL']);
    expect(gathered.sections[1]).toBe(before.sections[1]);
  });

  it('clamps the index and ignores fields not on the card', () => {
    const after = moveFields(before, { fields: ['IM', 'TITLE'], to: { section: 'more', index: 99 } });
    expect(fieldsBySection(after).more).toEqual(['NAME', 'COMMENTS', 'TITLE']);
    const first = moveFields(before, { fields: ['COMMENTS'], to: { section: 'main', index: -4 } });
    expect(fieldsBySection(first).main).toEqual(['COMMENTS', 'TITLE', 'PHONE', 'EMAIL', 'WEB']);
  });

  it('returns the same layout when nothing would change', () => {
    expect(moveFields(before, { fields: ['PHONE', 'EMAIL'], to: { section: 'main', index: 1 } })).toBe(
      before,
    );
    expect(moveFields(before, { fields: [], to: { section: 'main', index: 0 } })).toBe(before);
    expect(moveFields(before, { fields: ['IM'], to: { section: 'main', index: 0 } })).toBe(before);
    expect(moveFields(before, { fields: ['TITLE'], to: { section: 'gone', index: 0 } })).toBe(before);
  });

  it('moves nothing into a section closed to new fields, but reorders the ones already there', () => {
    const start = aLayout()
      .section('main', ['TITLE', 'PHONE'])
      .section('locked', ['NAME', 'WEB'], { extra: { data: { isChangeable: false } } })
      .build();
    const after = moveFields(start, { fields: ['TITLE', 'WEB'], to: { section: 'locked', index: 0 } });
    expect(fieldsBySection(after)).toEqual({ main: ['TITLE', 'PHONE'], locked: ['WEB', 'NAME'] });
    expect(after.sections[0]).toBe(start.sections[0]);
    expect(moveFields(start, { fields: ['TITLE'], to: { section: 'locked', index: 0 } })).toBe(start);
  });
});
