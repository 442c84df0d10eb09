import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryIntent, failureOf } from '../testing/arbitraries';
import { aLayout, anElement, replay } from '../testing/builders';
import { diffLayouts, type LayoutChange } from './diff';
import { sameLayout } from './layoutEquals';
import type { Layout } from './types';

const FIELDS = ['TITLE', 'PHONE', 'EMAIL', 'WEB', 'NAME', 'COMMENTS', 'UF_CRM_1', 'UF_CRM_2'];
const SECTION_IDS = ['main', 'more', 's1', 's2'];
const field = fc.constantFrom(...FIELDS);
const section = fc.constantFrom(...SECTION_IDS);
const index = fc.integer({ min: 0, max: 8 });

const start: fc.Arbitrary<Layout> = fc
  .uniqueArray(fc.record({ field, section: fc.nat(1), flags: fc.nat(3) }), { selector: (p) => p.field })
  .map((placed) =>
    aLayout()
      .section(
        'main',
        placed.filter((p) => p.section === 0).map((p) => anElement(p.field).withFlags(p.flags)),
      )
      .section(
        'more',
        placed.filter((p) => p.section === 1).map((p) => anElement(p.field).withFlags(p.flags)),
      )
      .build(),
  );

/** Every kind of intent but replaceLayout, all equally often. */
const intent = arbitraryIntent(
  {
    field,
    section,
    index,
    title: fc.constantFrom('A', 'B', ''),
    name: fc.constantFrom('x', 'y', 'main'),
    newTitle: fc.constantFrom('S1', 'More', 'Deals'),
    newIndex: 'never',
    options: fc.dictionary(fc.constantFrom('defaultCountry', 'x'), fc.constantFrom('DE', 'RU', undefined)),
  },
  {
    placeField: 1,
    moveField: 1,
    removeField: 1,
    setAlwaysShow: 1,
    setElementOptions: 1,
    addSection: 1,
    removeSection: 1,
    moveSection: 1,
    renameSection: 1,
    setSectionName: 1,
  },
);

describe('diffLayouts: properties', () => {
  it('applying nothing yields no changes', () => {
    expect(
      failureOf(
        fc.property(start, (a) => diffLayouts(a, replay(a)).length === 0),
        200,
      ),
    ).toBeNull();
  });

  it('is empty exactly when the layouts are the same', () => {
    const property = fc.property(
      start,
      fc.array(intent, { maxLength: 12 }),
      fc.array(intent, { maxLength: 12 }),
      (s, xs, ys) => {
        const a = replay(s, ...xs);
        const b = replay(s, ...ys);
        return (diffLayouts(a, b).length === 0) === sameLayout(a, b);
      },
    );
    expect(failureOf(property, 200)).toBeNull();
  });

  it('reports every field that left or reached the card, once', () => {
    const property = fc.property(start, fc.array(intent, { maxLength: 12 }), (s, xs) => {
      const after = replay(s, ...xs);
      const changes = diffLayouts(s, after);
      const on = (l: Layout) => new Set(l.sections.flatMap((x) => x.elements.map((e) => e.field)));
      const added = [...on(after)].filter((f) => !on(s).has(f)).sort();
      const removed = [...on(s)].filter((f) => !on(after).has(f)).sort();
      const fieldsOf = (kind: LayoutChange['kind']) =>
        changes.flatMap((c) => (c.kind === kind && 'field' in c ? [c.field] : [])).sort();
      expect(fieldsOf('fieldAdded')).toEqual(added);
      expect(fieldsOf('fieldRemoved')).toEqual(removed);
    });
    expect(failureOf(property, 200)).toBeNull();
  });

  it('reports exactly one reorder after moving one field within its section', () => {
    const property = fc.property(start, fc.nat(), fc.nat(), (s, a, b) => {
      const main = s.sections[0]?.elements ?? [];
      const moving = main[a % Math.max(main.length, 1)];
      if (!moving) return;
      const to = b % main.length;
      const after = replay(s, { type: 'moveField', field: moving.field, to: { section: 'main', index: to } });
      const changes = diffLayouts(s, after);
      const from = main.indexOf(moving);
      // Moving by one place swaps two neighbours: either of them may be the one reported.
      expect(changes.length).toBe(from === to ? 0 : 1);
      const reported = changes.map((c) => (c.kind === 'fieldReordered' ? c.field : c.kind));
      expect(Math.abs(from - to) <= 1 || reported[0] === moving.field).toBe(true);
    });
    expect(failureOf(property, 200)).toBeNull();
  });
});
