import { describe, expect, it } from 'vitest';
import { aLayout, anElement, replay } from '../testing/builders';
import {
  diffLayouts,
  keptSettingsDiffer,
  longestIncreasingRun,
  matchSections,
  type LayoutChange,
} from './diff';
import { changeText } from './changeText';
import type { Layout } from './types';

const LABELS: Readonly<Record<string, string>> = {
  TITLE: 'Lead name',
  PHONE: 'Phone',
  EMAIL: 'E-mail',
  NAME: 'Name',
  COMMENTS: 'Comment',
};
const labelOf = (code: string) => LABELS[code] ?? code;
/** Each change's sentence as its code and slot values (sorted by name): the wording is the catalogue's. */
const sentences = (before: Layout, after: Layout) =>
  diffLayouts(before, after).map((c) => {
    const { code, params } = changeText(c, labelOf);
    const slots = Object.entries(params).sort(([a], [b]) => (a < b ? -1 : 1));
    return `${code}: ${slots.map(([k, v]) => `${k}=${v}`).join('; ')}`;
  });

/** The saved layout most scenarios start from. */
const saved = () =>
  aLayout()
    .section('main', ['TITLE', 'PHONE', 'EMAIL', 'NAME'], { title: 'About the lead' })
    .section('additional', ['COMMENTS'], { title: 'More' })
    .build();

describe('longestIncreasingRun', () => {
  it('keeps the longest run that stayed in order', () => {
    expect([...longestIncreasingRun([0, 1, 2, 3])].sort()).toEqual([0, 1, 2, 3]);
    expect([...longestIncreasingRun([1, 2, 3, 0])].sort()).toEqual([0, 1, 2]); // the 0 moved to the end
    expect([...longestIncreasingRun([3, 0, 1, 2])].sort()).toEqual([1, 2, 3]);
    expect(longestIncreasingRun([])).toEqual(new Set());
    expect(longestIncreasingRun([1, 0]).size).toBe(1);
  });
});

describe('matchSections', () => {
  it('pairs by portal name before id, and by id when the name changed', () => {
    const before = aLayout()
      .section('main', [], { id: 'a' })
      .section('more', [], { id: 'b' })
      .section('old', [], { id: 'c' })
      .build();
    const after = aLayout()
      .section('more', [], { id: 'x' })
      .section('main', [], { id: 'a' })
      .section('renamed', [], { id: 'c' })
      .section('new', [], { id: 'n' })
      .build();
    expect(matchSections(before, after)).toEqual({ afterOf: [1, 0, 2], beforeOf: [1, 0, 2, undefined] });
  });

  it('pairs duplicate names in order', () => {
    const twice = aLayout().section('x', [], { id: 'x1' }).section('x', [], { id: 'x2' }).build();
    const other = aLayout().section('x', [], { id: 'p' }).section('x', [], { id: 'q' }).build();
    expect(matchSections(twice, other).afterOf).toEqual([0, 1]);
  });
});

describe('diffLayouts: scenarios', () => {
  it('finds nothing between a layout and itself or an equal copy with other ids', () => {
    expect(diffLayouts(saved(), saved())).toEqual([]);
    const otherIds = aLayout()
      .section('main', ['TITLE', 'PHONE', 'EMAIL', 'NAME'], { title: 'About the lead', id: 'm' })
      .section('additional', ['COMMENTS'], { title: 'More', id: 'a' })
      .build();
    expect(diffLayouts(saved(), otherIds)).toEqual([]);
  });

  it('reports a field moved between sections with both places', () => {
    const after = replay(saved(), {
      type: 'moveField',
      field: 'PHONE',
      to: { section: 'additional', index: 1 },
    });
    expect(diffLayouts(saved(), after)).toEqual([
      {
        kind: 'fieldMoved',
        field: 'PHONE',
        fromSection: { id: 'main', name: 'main', title: 'About the lead' },
        toSection: { id: 'additional', name: 'additional', title: 'More' },
        index: 1,
      },
    ]);
    expect(sentences(saved(), after)).toEqual(['fieldMoved: field=Phone; from=About the lead; to=More']);
  });

  it('reports one reorder for one field moved to the end, not a shift of every field after it', () => {
    const after = replay(saved(), { type: 'moveField', field: 'TITLE', to: { section: 'main', index: 3 } });
    expect(diffLayouts(saved(), after)).toEqual([
      {
        kind: 'fieldReordered',
        field: 'TITLE',
        section: { id: 'main', name: 'main', title: 'About the lead' },
        from: 0,
        to: 3,
      },
    ]);
    expect(sentences(saved(), after)).toEqual([
      'fieldReordered: field=Lead name; from=1; section=About the lead; to=4',
    ]);
  });

  it('does not report the neighbours of an added or removed field as reordered', () => {
    const after = replay(
      saved(),
      { type: 'placeField', field: 'WEB', to: { section: 'main', index: 1 } },
      { type: 'removeField', field: 'EMAIL' },
    );
    expect(sentences(saved(), after)).toEqual([
      'fieldAdded: field=WEB; section=About the lead',
      'fieldRemoved: field=E-mail; section=About the lead',
    ]);
  });

  it('reports flags and options per field, one key by name', () => {
    const before = aLayout()
      .section('main', [
        anElement('PHONE').withOptions({ defaultCountry: 'DE' }),
        anElement('EMAIL').withFlags(2),
      ])
      .build();
    const after = replay(
      before,
      { type: 'setAlwaysShow', field: 'PHONE', value: true },
      { type: 'setElementOptions', field: 'PHONE', options: { defaultCountry: 'RU' } },
      { type: 'setAlwaysShow', field: 'EMAIL', value: true },
    );
    expect(sentences(before, after)).toEqual([
      'alwaysShown: field=Phone',
      'optionChanged: after="RU"; before="DE"; field=Phone; key=defaultCountry',
      'alwaysShown: field=E-mail',
    ]);
    expect(sentences(after, before)).toContain('hiddenWhenEmpty: field=Phone');
    const flags = aLayout()
      .section('main', [anElement('PHONE').withFlags(3)])
      .build();
    expect(sentences(before, flags)).toContain('flagsChanged: after=3; before=0; field=Phone');
    expect(sentences(before, flags)).toContain('optionRemoved: field=Phone; key=defaultCountry');
  });

  it('reports option keys added and several keys at once', () => {
    const before = aLayout().section('main', ['PHONE']).build();
    const one = replay(before, {
      type: 'setElementOptions',
      field: 'PHONE',
      options: { defaultCountry: 'DE' },
    });
    const two = replay(one, {
      type: 'setElementOptions',
      field: 'PHONE',
      options: { a: 1, defaultCountry: 'FR' },
    });
    expect(sentences(before, one)).toEqual(['optionSet: field=Phone; key=defaultCountry; value="DE"']);
    expect(sentences(one, two)).toEqual(['optionsChanged: field=Phone; keys=a, defaultCountry']);
  });

  it('gives each sentence as a code with its values, the labels and titles as they are', () => {
    const before = aLayout()
      .section('main', ['TITLE', 'PHONE', 'EMAIL'], { title: 'About the lead' })
      .section('more', [], { title: 'More' })
      .build();
    const after = replay(
      before,
      { type: 'moveField', field: 'PHONE', to: { section: 'more', index: 0 } },
      { type: 'setAlwaysShow', field: 'EMAIL', value: true },
    );
    expect(diffLayouts(before, after).map((c) => changeText(c, labelOf))).toEqual([
      { code: 'alwaysShown', params: { field: 'E-mail' } },
      { code: 'fieldMoved', params: { field: 'Phone', from: 'About the lead', to: 'More' } },
    ]);
  });

  it('reports sections added, removed, renamed, re-named on the portal and moved', () => {
    const after = replay(
      saved(),
      { type: 'addSection', section: 'new-1', title: 'Deal terms', index: 0 },
      { type: 'renameSection', section: 'main', title: 'Lead' },
      { type: 'setSectionName', section: 'main', name: 'lead' },
      { type: 'removeSection', section: 'additional' },
    );
    expect(diffLayouts(saved(), after).map((c) => c.kind)).toEqual([
      'sectionRemoved',
      'sectionAdded',
      'sectionNameChanged',
      'sectionRenamed',
      'fieldRemoved',
    ]);
    expect(sentences(saved(), after)).toEqual([
      'sectionRemoved: section=More',
      'sectionAdded: section=Deal terms',
      'sectionNameChanged: after=lead; before=main; section=Lead',
      'sectionRenamed: after=Lead; before=About the lead',
      'fieldRemoved: field=Comment; section=More',
    ]);
  });

  it('reports one section move when sections swap', () => {
    const after = replay(saved(), { type: 'moveSection', section: 'additional', index: 0 });
    expect(sentences(saved(), after)).toEqual(['sectionMoved: from=2; section=More; to=1']);
  });

  it('lists no change for renamed labels and other kept keys, and counts them for one note', () => {
    const before = aLayout()
      .section('main', ['PHONE', anElement('EMAIL').withExtra({ title: 'Mail' }), 'NAME'])
      .build();
    const after = aLayout()
      .section(
        'main',
        [anElement('PHONE').withExtra({ title: 'Mobile' }), 'EMAIL', anElement('NAME').withExtra({ x: 1 })],
        {
          extra: { data: { open: true } },
        },
      )
      .build();
    // only the portal's own editor writes these and a REST save drops them: no one's change
    expect(sentences(before, after)).toEqual([]);
    expect(keptSettingsDiffer(before, after)).toEqual({ sections: 1, fields: 3 });
    const relabel = aLayout()
      .section('main', ['PHONE', anElement('EMAIL').withExtra({ title: 'Post' }), 'NAME'])
      .build();
    expect(sentences(before, relabel)).toEqual([]);
    expect(keptSettingsDiffer(before, relabel)).toEqual({ sections: 0, fields: 1 });
    expect(keptSettingsDiffer(before, before)).toBeNull();
  });

  it('treats the second copy of a field as its own element', () => {
    const once = aLayout().section('main', ['PHONE']).section('more', []).build();
    const twice = aLayout().section('main', ['PHONE']).section('more', ['PHONE']).build();
    expect(diffLayouts(once, twice)).toEqual([
      { kind: 'fieldAdded', field: 'PHONE', section: { id: 'more', name: 'more', title: 'more' }, index: 0 },
    ]);
  });

  it('compares personal with common: sections paired by name although ids differ', () => {
    const common = aLayout()
      .section('main', ['TITLE', 'PHONE'], { id: 'main', title: 'About the lead' })
      .section('additional', ['COMMENTS'], { id: 'additional', title: 'More' })
      .build();
    const personal = aLayout()
      .section('additional', ['COMMENTS', 'PHONE'], { id: 'additional', title: 'More' })
      .section('main', ['TITLE'], { id: 'p-main', title: 'About the lead' })
      .build();
    expect(sentences(common, personal)).toEqual([
      'sectionMoved: from=2; section=More; to=1',
      'fieldMoved: field=Phone; from=About the lead; to=More',
    ]);
  });

  it('lists changes in a fixed order whatever the inputs', () => {
    const after = replay(
      saved(),
      { type: 'moveField', field: 'NAME', to: { section: 'additional', index: 0 } },
      { type: 'setAlwaysShow', field: 'TITLE', value: true },
      { type: 'moveField', field: 'EMAIL', to: { section: 'main', index: 0 } },
    );
    expect(
      diffLayouts(saved(), after).map((c: LayoutChange) => `${c.kind}:${'field' in c ? c.field : ''}`),
    ).toEqual(['fieldReordered:EMAIL', 'flagsChanged:TITLE', 'fieldMoved:NAME']);
  });
});
