import { describe, expect, it } from 'vitest';
import { aLayout } from '../testing/builders';
import { allCollapsed, outlineKey, outlineOf } from './outline';

describe('the outline of the card', () => {
  const layout = aLayout()
    .section('main', ['TITLE', 'PHONE'], { title: 'About the lead' })
    .section('more', [], { title: '' })
    .build();

  it('lists each section with its title and field count, in card order', () => {
    expect(outlineOf(outlineKey(layout))).toEqual([
      { id: 'main', title: 'About the lead', count: 2 },
      { id: 'more', title: '', count: 0 },
    ]);
    expect(outlineOf(outlineKey({ sections: [] }))).toEqual([]);
  });

  it('keeps its key when fields move within a section', () => {
    const reordered = aLayout()
      .section('main', ['PHONE', 'TITLE'], { title: 'About the lead' })
      .section('more', [], { title: '' })
      .build();
    expect(outlineKey(reordered)).toBe(outlineKey(layout));
  });

  it('says whether every section is folded', () => {
    expect(allCollapsed(['main', 'more'], new Set(['main', 'more']))).toBe(true);
    expect(allCollapsed(['main', 'more'], new Set(['main']))).toBe(false);
    expect(allCollapsed([], new Set())).toBe(false);
  });
});
