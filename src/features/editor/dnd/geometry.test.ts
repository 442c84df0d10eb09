import { describe, expect, it } from 'vitest';
import {
  GeometryCache,
  insertionIndex,
  sectionIndexAt,
  type GeometrySource,
  type SectionBox,
} from './geometry';

const box = (top: number, bottom: number) => ({ top, bottom, left: 300, right: 700 });
const SECTIONS: SectionBox[] = [
  { id: 'a', box: box(0, 200) },
  { id: 'b', box: box(250, 370) },
  { id: 'c', box: box(600, 700) },
];
const ROWS = [
  { field: 'TITLE', top: 50, bottom: 90 },
  { field: 'NAME', top: 100, bottom: 140 },
  { field: 'PHONE', top: 150, bottom: 190 },
];

describe('the section at a height', () => {
  it('is the one the height is in', () => {
    expect(sectionIndexAt(SECTIONS, 10)).toBe(0);
    expect(sectionIndexAt(SECTIONS, 300)).toBe(1);
    expect(sectionIndexAt(SECTIONS, 700)).toBe(2);
  });

  it('between two sections, the nearer; above the first or below the last, that one', () => {
    expect(sectionIndexAt(SECTIONS, 220)).toBe(0);
    expect(sectionIndexAt(SECTIONS, 240)).toBe(1);
    expect(sectionIndexAt(SECTIONS, 590)).toBe(2);
    expect(sectionIndexAt(SECTIONS, -50)).toBe(0);
    expect(sectionIndexAt(SECTIONS, 5000)).toBe(2);
    expect(sectionIndexAt([], 10)).toBe(-1);
  });
});

describe('the index a dropped field takes among rows', () => {
  it('counts the rows whose middle is above the pointer', () => {
    expect(insertionIndex(ROWS, 60, null)).toBe(0);
    expect(insertionIndex(ROWS, 80, null)).toBe(1);
    expect(insertionIndex(ROWS, 125, null)).toBe(2);
    expect(insertionIndex(ROWS, 999, null)).toBe(3);
    expect(insertionIndex([], 10, null)).toBe(0);
  });

  it('leaves out the dragged row itself when it is above the pointer', () => {
    expect(insertionIndex(ROWS, 999, 'TITLE')).toBe(2);
    expect(insertionIndex(ROWS, 125, 'TITLE')).toBe(1);
    expect(insertionIndex(ROWS, 60, 'PHONE')).toBe(0);
  });
});

describe('the geometry cache', () => {
  function counting() {
    const calls = { sections: 0, rows: [] as string[], zones: 0 };
    const source: GeometrySource = {
      measureSections: () => {
        calls.sections += 1;
        return { palette: { top: 0, bottom: 800, left: 0, right: 200 }, sections: SECTIONS };
      },
      measureRows: (id) => {
        calls.rows.push(id);
        return id === 'a' ? ROWS : [];
      },
      measureZone: () => {
        calls.zones += 1;
        return box(40, 200);
      },
    };
    return { calls, cache: new GeometryCache(source) };
  }

  it('measures sections once, and the rows of a section only when asked, once', () => {
    const { calls, cache } = counting();
    expect(calls.sections).toBe(0);
    expect(cache.sections).toHaveLength(3);
    expect(cache.palette?.right).toBe(200);
    expect(cache.rows('a')).toBe(ROWS);
    cache.rows('a');
    cache.zone('a');
    cache.zone('a');
    expect(calls).toEqual({ sections: 1, rows: ['a'], zones: 1 });
  });

  it('measures again, lazily, after it was invalidated (scroll, resize)', () => {
    const { calls, cache } = counting();
    void cache.sections;
    cache.rows('a');
    cache.invalidate();
    expect(calls.sections).toBe(1);
    void cache.sections;
    cache.rows('a');
    expect(calls).toEqual({ sections: 2, rows: ['a', 'a'], zones: 0 });
  });
});
