import { describe, expect, it } from 'vitest';
import { aLayout, anElement, fieldsBySection, replay } from '../testing/builders';
import { base, merge } from '../testing/mergeScenarios';
import { sameLayout } from './layoutEquals';
import { mergeLayouts } from './merge';

describe('mergeLayouts: one side changes, the other does not', () => {
  it('keeps both sides changes when they touch different things', () => {
    const r = merge(
      [
        { type: 'renameSection', section: 'main', title: 'Lead' },
        { type: 'setAlwaysShow', field: 'PHONE', value: true },
      ],
      [
        { type: 'moveField', field: 'EMAIL', to: { section: 'additional', index: 0 } },
        { type: 'placeField', field: 'WEB', to: { section: 'main', index: 0 } },
      ],
    );
    expect(r.conflicts).toEqual([]);
    expect(fieldsBySection(r.merged)).toEqual({
      main: ['WEB', 'TITLE', 'PHONE', 'NAME'],
      additional: ['EMAIL', 'COMMENTS', 'SOURCE_ID'],
    });
    expect(r.merged.sections[0]?.title).toBe('Lead');
    expect(r.merged.sections[0]?.elements[2]).toEqual({ field: 'PHONE', optionFlags: 1 });
  });

  it('returns mine itself when theirs did not change, and theirs content when mine did not', () => {
    const mine = replay(base(), { type: 'removeField', field: 'NAME' });
    expect(mergeLayouts(base(), mine, base()).merged).toBe(mine);
    const theirs = replay(base(), { type: 'moveSection', section: 'additional', index: 0 });
    expect(sameLayout(mergeLayouts(base(), base(), theirs).merged, theirs)).toBe(true);
  });

  it('keeps one reorder on each side: one moved field is one change', () => {
    const r = merge(
      [{ type: 'moveField', field: 'TITLE', to: { section: 'main', index: 3 } }],
      [{ type: 'moveField', field: 'NAME', to: { section: 'main', index: 0 } }],
    );
    expect(r.conflicts).toEqual([]);
    expect(fieldsBySection(r.merged).main).toEqual(['NAME', 'PHONE', 'EMAIL', 'TITLE']);
  });

  it('keeps a label renamed in the portal while mine moved the field', () => {
    const theirs = aLayout()
      .section('main', ['TITLE', anElement('PHONE').withExtra({ title: 'Mobile' }), 'EMAIL', 'NAME'], {
        title: 'About the lead',
      })
      .section('additional', ['COMMENTS', 'SOURCE_ID'], { title: 'More' })
      .build();
    const mine = replay(base(), {
      type: 'moveField',
      field: 'PHONE',
      to: { section: 'additional', index: 2 },
    });
    const r = mergeLayouts(base(), mine, theirs);
    expect(r.conflicts).toEqual([]);
    expect(r.merged.sections[1]?.elements[2]).toEqual({
      field: 'PHONE',
      optionFlags: 0,
      extra: { title: 'Mobile' },
    });
  });

  it('takes a section theirs removed away, with the fields in it', () => {
    const r = merge(
      [{ type: 'setAlwaysShow', field: 'TITLE', value: true }],
      [{ type: 'removeSection', section: 'additional' }],
    );
    expect(r.conflicts).toEqual([]);
    expect(fieldsBySection(r.merged)).toEqual({ main: ['TITLE', 'PHONE', 'EMAIL', 'NAME'] });
  });
});
