import { describe, expect, it } from 'vitest';
import { aLayout } from '../../testing/builders';
import { addSection } from './addSection';

const before = aLayout().section('main', ['TITLE']).section('kontakty', ['PHONE']).build();

describe('addSection', () => {
  it('appends an empty section named after its title', () => {
    const after = addSection(before, { section: 's1', title: 'Deal terms' });
    expect(after.sections.map((s) => s.id)).toEqual(['main', 'kontakty', 's1']);
    expect(after.sections[2]).toEqual({ id: 's1', name: 'deal_terms', title: 'Deal terms', elements: [] });
    expect(after.sections[0]).toBe(before.sections[0]);
    expect(after.sections[1]).toBe(before.sections[1]);
  });

  it('makes the name unique with a suffix', () => {
    const after = addSection(before, { section: 's1', title: 'Контакты' });
    expect(after.sections[2]?.name).toBe('kontakty_2');
    const again = addSection(after, { section: 's2', title: 'Контакты' });
    expect(again.sections[3]?.name).toBe('kontakty_3');
  });

  it('inserts at a clamped index', () => {
    const ids = (index: number) =>
      addSection(before, { section: 'x', title: 'X', index }).sections.map((s) => s.id);
    expect(ids(0)).toEqual(['x', 'main', 'kontakty']);
    expect(ids(1)).toEqual(['main', 'x', 'kontakty']);
    expect(ids(-4)).toEqual(['x', 'main', 'kontakty']);
    expect(ids(40)).toEqual(['main', 'kontakty', 'x']);
  });

  it('keeps the title as typed, even blank (validation reports it), with the fallback name', () => {
    const after = addSection(before, { section: 's1', title: '  ' });
    expect(after.sections[2]).toMatchObject({ name: 'section', title: '  ' });
  });

  it('returns the same layout when the id is already used', () => {
    expect(addSection(before, { section: 'main', title: 'Other' })).toBe(before);
  });
});
