import { describe, expect, it } from 'vitest';
import { aLayout } from '../../testing/builders';
import { moveSection } from './moveSection';

const before = aLayout().section('a', ['TITLE']).section('b', []).section('c', ['PHONE']).build();
const ids = (l: typeof before) => l.sections.map((s) => s.id);

describe('moveSection', () => {
  it('moves a section to its index after the move, every section keeping its identity', () => {
    const after = moveSection(before, { section: 'a', index: 2 });
    expect(ids(after)).toEqual(['b', 'c', 'a']);
    expect(after.sections[2]).toBe(before.sections[0]);
    expect(after.sections[0]).toBe(before.sections[1]);
    expect(ids(moveSection(before, { section: 'c', index: 0 }))).toEqual(['c', 'a', 'b']);
    expect(ids(moveSection(before, { section: 'a', index: 1 }))).toEqual(['b', 'a', 'c']);
  });

  it('clamps the index', () => {
    expect(ids(moveSection(before, { section: 'a', index: 10 }))).toEqual(['b', 'c', 'a']);
    expect(ids(moveSection(before, { section: 'c', index: -1 }))).toEqual(['c', 'a', 'b']);
  });

  it('returns the same layout when nothing moves or the section is unknown', () => {
    expect(moveSection(before, { section: 'b', index: 1 })).toBe(before);
    expect(moveSection(before, { section: 'c', index: 99 })).toBe(before);
    expect(moveSection(before, { section: 'a', index: -2 })).toBe(before);
    expect(moveSection(before, { section: 'zz', index: 0 })).toBe(before);
  });
});
