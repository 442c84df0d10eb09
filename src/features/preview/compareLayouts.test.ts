import { describe, expect, it } from 'vitest';
import { aLayout, anElement } from '../../testing/builders';
import { compareLayouts, outOfOrder } from './compareLayouts';

const saved = aLayout()
  .section('main', ['TITLE', 'STATUS_ID', 'NAME', 'PHONE'], { title: 'About the lead' })
  .section('more', ['COMMENTS', 'SOURCE_ID'], { title: 'More' })
  .build();

describe('compareLayouts', () => {
  it('finds nothing between equal layouts', () => {
    const c = compareLayouts(saved, saved);
    expect(c.differences).toEqual([]);
    expect(c.marks.size).toBe(0);
  });

  it('marks added, removed, moved and flag-changed fields', () => {
    const draft = aLayout()
      .section('main', ['TITLE', 'POST', 'STATUS_ID', anElement('PHONE').alwaysShown()], {
        title: 'About the lead',
      })
      .section('more', ['NAME', 'SOURCE_ID'], { title: 'More' })
      .build();
    const c = compareLayouts(saved, draft);
    expect(Object.fromEntries(c.marks)).toEqual({
      POST: ['added'],
      PHONE: ['alwaysShowOn'],
      NAME: ['moved'],
      COMMENTS: ['removed'],
    });
    expect(c.differences).toEqual([
      { kind: 'added', field: 'POST', section: 'About the lead' },
      { kind: 'alwaysShow', field: 'PHONE', value: true },
      { kind: 'moved', field: 'NAME', from: 'About the lead', to: 'More' },
      { kind: 'removed', field: 'COMMENTS', section: 'More' },
    ]);
  });

  it('marks only the fields that moved within a section, not those pushed along', () => {
    const draft = aLayout()
      .section('main', ['PHONE', 'TITLE', 'STATUS_ID', 'NAME'], { title: 'About the lead' })
      .section('more', ['COMMENTS', 'SOURCE_ID'], { title: 'More' })
      .build();
    expect(Object.fromEntries(compareLayouts(saved, draft).marks)).toEqual({ PHONE: ['moved'] });
  });

  it('reports sections added, removed, renamed and reordered', () => {
    const draft = aLayout()
      .section('more', ['COMMENTS', 'SOURCE_ID'], { title: 'Extra' })
      .section('terms', [], { title: 'Deal terms' })
      .build();
    const c = compareLayouts(
      aLayout()
        .section('main', [], { title: 'About' })
        .section('gone', [], { title: 'Gone' })
        .section('more', [], { title: 'More' })
        .build(),
      draft,
    );
    expect(c.differences).toEqual([
      { kind: 'sectionRemoved', section: 'About' },
      { kind: 'sectionRemoved', section: 'Gone' },
      { kind: 'sectionRenamed', from: 'More', to: 'Extra' },
      { kind: 'sectionAdded', section: 'Deal terms' },
      { kind: 'added', field: 'COMMENTS', section: 'Extra' },
      { kind: 'added', field: 'SOURCE_ID', section: 'Extra' },
    ]);
    expect([...c.newSections]).toEqual(['terms']);
    expect([...c.removedSections]).toEqual(['main', 'gone']);
    const swapped = aLayout()
      .section('more', ['COMMENTS', 'SOURCE_ID'], { title: 'More' })
      .section('main', ['TITLE', 'STATUS_ID', 'NAME', 'PHONE'], { title: 'About the lead' })
      .build();
    expect(compareLayouts(saved, swapped).differences).toEqual([{ kind: 'sectionMoved', section: 'More' }]);
  });

  it('marks a field switched back off', () => {
    const on = aLayout()
      .section('main', [anElement('TITLE').alwaysShown()])
      .build();
    const off = aLayout().section('main', ['TITLE']).build();
    expect(Object.fromEntries(compareLayouts(on, off).marks)).toEqual({ TITLE: ['alwaysShowOff'] });
  });
});

describe('outOfOrder', () => {
  it('keeps a longest increasing run in place', () => {
    expect([...outOfOrder([0, 1, 2])]).toEqual([]);
    expect([...outOfOrder([3, 0, 1, 2])]).toEqual([0]);
    expect([...outOfOrder([1, 2, 3, 0])]).toEqual([3]);
    expect(outOfOrder([2, 1, 0]).size).toBe(2);
    expect([...outOfOrder([])]).toEqual([]);
  });
});
