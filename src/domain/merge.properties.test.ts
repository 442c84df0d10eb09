import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryIntent, arbitraryLayout, failureOf } from '../testing/arbitraries';
import { replay } from '../testing/builders';
import { sameLayout } from './layoutEquals';
import { mergeLayouts, resolve, resolveAll, type MergeResult } from './merge';
import type { Layout } from './types';

// Properties: random intents applied to both sides from one base.

const FIELDS = ['TITLE', 'PHONE', 'EMAIL', 'WEB', 'NAME', 'COMMENTS', 'UF_CRM_1', 'UF_CRM_2'];
const SECTION_IDS = ['main', 'more', 's1', 's2', 's3'];
const field = fc.constantFrom(...FIELDS);
const section = fc.constantFrom(...SECTION_IDS);
const index = fc.integer({ min: -1, max: 9 });
const title = fc.constantFrom('Main', 'More', 'Deals', 'Контакты', '');
const name = fc.constantFrom('x', 'main', 'more');
const options = fc.dictionary(fc.constantFrom('defaultCountry', 'x'), fc.constantFrom('DE', 'RU', undefined));

const startLayout = arbitraryLayout({ section, field, maxFlags: 3 });

const intent = arbitraryIntent(
  { field, section, index, title, name, newIndex: 'always', options },
  {
    placeField: 4,
    moveField: 5,
    removeField: 2,
    setAlwaysShow: 2,
    setElementOptions: 2,
    addSection: 2,
    removeSection: 2,
    moveSection: 1,
    renameSection: 1,
    setSectionName: 1,
  },
);

const edits = fc.array(intent, { maxLength: 10 });
const onCard = (l: Layout) => l.sections.flatMap((s) => s.elements.map((e) => e.field));

/** Every invariant of one merge result, as a list of what went wrong. */
function problems(r: MergeResult): string[] {
  const out: string[] = [];
  const merged = onCard(r.merged);
  const mine = new Set(onCard(r.mine));
  const theirs = new Set(onCard(r.theirs));
  if (new Set(merged).size !== merged.length) out.push(`a field is on the card twice: ${merged.join(',')}`);
  for (const f of merged) if (!mine.has(f) && !theirs.has(f)) out.push(`${f} came from nowhere`);
  for (const f of mine) if (theirs.has(f) && !merged.includes(f)) out.push(`${f} was lost`);
  const ids = r.merged.sections.map((s) => s.id);
  if (new Set(ids).size !== ids.length) out.push(`duplicate section ids: ${ids.join(',')}`);
  return out;
}

describe('mergeLayouts: properties', () => {
  it('never duplicates or loses a field, whichever side the conflicts take', () => {
    const property = fc.property(startLayout, edits, edits, (start, xs, ys) => {
      const r = mergeLayouts(start, replay(start, ...xs), replay(start, ...ys));
      const found = [
        ...problems(r),
        ...problems(resolveAll(r, 'theirs')),
        ...problems(resolveAll(r, 'mine')),
      ];
      if (found.length > 0) throw new Error(found.join('; '));
    });
    expect(failureOf(property, 300)).toBeNull();
  });

  it('merge(base, x, base) is x and merge(base, base, y) is y, without conflicts', () => {
    const property = fc.property(startLayout, edits, (start, xs) => {
      const x = replay(start, ...xs);
      const mineOnly = mergeLayouts(start, x, start);
      const theirsOnly = mergeLayouts(start, start, x);
      return (
        sameLayout(mineOnly.merged, x) &&
        sameLayout(theirsOnly.merged, x) &&
        mineOnly.conflicts.length === 0 &&
        theirsOnly.conflicts.length === 0
      );
    });
    expect(failureOf(property, 300)).toBeNull();
  });

  it('merge(base, x, x) is x without conflicts', () => {
    const property = fc.property(startLayout, edits, (start, xs) => {
      const x = replay(start, ...xs);
      const r = mergeLayouts(start, x, x);
      return sameLayout(r.merged, x) && r.conflicts.length === 0;
    });
    expect(failureOf(property, 300)).toBeNull();
  });

  it('without conflicts, a field is on the card when one side added it or both kept it', () => {
    const property = fc.property(startLayout, edits, edits, (start, xs, ys) => {
      const r = mergeLayouts(start, replay(start, ...xs), replay(start, ...ys));
      if (r.conflicts.length > 0) return;
      const b = new Set(onCard(start));
      const m = new Set(onCard(r.mine));
      const t = new Set(onCard(r.theirs));
      const merged = new Set(onCard(r.merged));
      for (const f of new Set([...b, ...m, ...t])) {
        const expected = m.has(f) === t.has(f) ? m.has(f) : m.has(f) === b.has(f) ? t.has(f) : m.has(f);
        expect({ field: f, onCard: merged.has(f) }).toEqual({ field: f, onCard: expected });
      }
    });
    expect(failureOf(property, 300)).toBeNull();
  });

  it('is deterministic and resolve keeps conflict ids', () => {
    const property = fc.property(startLayout, edits, edits, (start, xs, ys) => {
      const mine = replay(start, ...xs);
      const theirs = replay(start, ...ys);
      const a = mergeLayouts(start, mine, theirs);
      const b = mergeLayouts(start, mine, theirs);
      expect(b).toEqual(a);
      const first = a.conflicts.find((c) => c.kind !== 'sectionPresence');
      if (!first) return;
      const flipped = resolve(a, first.id, 'theirs');
      expect(flipped.conflicts.find((c) => c.id === first.id)?.choice).toBe('theirs');
    });
    expect(failureOf(property, 150)).toBeNull();
  });
});
