import { describe, expect, it } from 'vitest';
import { aLayout, fieldsBySection } from '../../testing/builders';
import { fieldsOnCard } from '../layoutQueries';
import { removeSection } from './removeSection';

const before = aLayout()
  .section('main', ['TITLE'])
  .section('more', ['PHONE', 'EMAIL'])
  .section('x', [])
  .build();

describe('removeSection', () => {
  it('removes the section and sends its fields back to the palette', () => {
    const after = removeSection(before, { section: 'more' });
    expect(fieldsBySection(after)).toEqual({ main: ['TITLE'], x: [] });
    expect([...fieldsOnCard(after)]).toEqual(['TITLE']);
    expect(after.sections[0]).toBe(before.sections[0]);
    expect(after.sections[1]).toBe(before.sections[2]);
  });

  it('returns the same layout for an unknown section', () => {
    expect(removeSection(before, { section: 'nope' })).toBe(before);
  });

  it('keeps the last section: the portal cannot store a card without sections', () => {
    const one = aLayout().section('more', ['TITLE']).build();
    expect(removeSection(one, { section: 'more' })).toBe(one);
  });

  it('keeps a section the portal protects: settings saying not removable, or the main section', () => {
    const kept = aLayout()
      .section('more', ['PHONE'], { extra: { data: { isRemovable: 'false' } } })
      .section('x', [])
      .build();
    expect(removeSection(kept, { section: 'more' })).toBe(kept);
    expect(removeSection(before, { section: 'main' })).toBe(before);
    const mainAllowed = aLayout()
      .section('main', ['TITLE'], { extra: { data: { isRemovable: true } } })
      .section('x', [])
      .build();
    expect(fieldsBySection(removeSection(mainAllowed, { section: 'main' }))).toEqual({ x: [] });
  });
});
