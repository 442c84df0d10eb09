import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryIntent, arbitraryLayout, failureOf } from '../testing/arbitraries';
import { aLayout, anElement, fieldsBySection, replay } from '../testing/builders';
import type { LayoutIntent } from './intents';
import { sameLayout } from './layoutEquals';
import { sectionLabel } from './diff';
import { mergeLayouts, resolve, resolveAll, type FieldPlace, type MergeResult } from './merge';
import type { Layout } from './types';

const placeOf = (p: FieldPlace | null) => (p === null ? 'off' : `${sectionLabel(p.section)}@${p.index + 1}`);
const shown = (v: unknown) => (v === undefined ? 'none' : JSON.stringify(v));

/** What each side did in each conflict, as values (the wording is the catalogue's). */
const described = (r: MergeResult) =>
  r.conflicts.map((c) => {
    switch (c.kind) {
      case 'fieldPlacement':
        return `${c.kind} ${c.field}: mine ${placeOf(c.mine)}, theirs ${placeOf(c.theirs)}`;
      case 'fieldOption':
        return `${c.kind} ${c.field} ${c.key}: mine ${shown(c.mine)}, theirs ${shown(c.theirs)}`;
      case 'sectionTitle':
      case 'sectionName':
        return `${c.kind} ${sectionLabel(c.section)}: mine ${c.mine}, theirs ${c.theirs}`;
      case 'sectionPresence':
        return `${c.kind} ${sectionLabel(c.section)}: removed by ${c.removedBy}`;
    }
  });

/** What both sides loaded: the portal's layout when the draft started. */
const base = () =>
  aLayout()
    .section('main', ['TITLE', 'PHONE', 'EMAIL', 'NAME'], { title: 'About the lead' })
    .section('additional', ['COMMENTS', 'SOURCE_ID'], { title: 'More' })
    .build();

const merge = (mineIntents: LayoutIntent[], theirsIntents: LayoutIntent[]) =>
  mergeLayouts(base(), replay(base(), ...mineIntents), replay(base(), ...theirsIntents));

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

describe('mergeLayouts: both sides', () => {
  it('accepts the same change made on both sides', () => {
    const same: LayoutIntent[] = [
      { type: 'moveField', field: 'PHONE', to: { section: 'additional', index: 0 } },
      { type: 'renameSection', section: 'additional', title: 'Extra' },
      { type: 'addSection', section: 'new-1', title: 'Deals' },
    ];
    // Theirs added the same section under another editor id: the portal name pairs them.
    const theirs: LayoutIntent[] = [
      ...same.slice(0, 2),
      { type: 'addSection', section: 'deals', title: 'Deals' },
    ];
    const r = merge(same, theirs);
    expect(r.conflicts).toEqual([]);
    expect(fieldsBySection(r.merged)).toEqual({
      main: ['TITLE', 'EMAIL', 'NAME'],
      additional: ['PHONE', 'COMMENTS', 'SOURCE_ID'],
      'new-1': [],
    });
  });

  it('reports a field placed differently, takes mine, and flips to theirs', () => {
    const r = merge(
      [{ type: 'moveField', field: 'PHONE', to: { section: 'additional', index: 0 } }],
      [{ type: 'removeField', field: 'PHONE' }],
    );
    expect(r.conflicts).toEqual([
      {
        id: 'field:PHONE:placement',
        kind: 'fieldPlacement',
        field: 'PHONE',
        base: { section: { id: 'main', name: 'main', title: 'About the lead' }, index: 1 },
        mine: { section: { id: 'additional', name: 'additional', title: 'More' }, index: 0 },
        theirs: null,
        choice: 'mine',
      },
    ]);
    expect(described(r)).toEqual(['fieldPlacement PHONE: mine More@1, theirs off']);
    expect(fieldsBySection(r.merged).additional).toEqual(['PHONE', 'COMMENTS', 'SOURCE_ID']);

    const theirs = resolve(r, 'field:PHONE:placement', 'theirs');
    expect(theirs.conflicts[0]?.choice).toBe('theirs');
    expect(fieldsBySection(theirs.merged)).toEqual({
      main: ['TITLE', 'EMAIL', 'NAME'],
      additional: ['COMMENTS', 'SOURCE_ID'],
    });
    expect(fieldsBySection(resolve(theirs, 'field:PHONE:placement', 'mine').merged)).toEqual(
      fieldsBySection(r.merged),
    );
  });

  it('merges flags bit by bit and options key by key', () => {
    const r = merge(
      [
        { type: 'setAlwaysShow', field: 'PHONE', value: true },
        { type: 'setElementOptions', field: 'PHONE', options: { defaultCountry: 'DE' } },
      ],
      [{ type: 'setElementOptions', field: 'PHONE', options: { defaultCountry: 'RU', extraKey: 1 } }],
    );
    const one = aLayout().section('main', ['PHONE']).build();
    const flags = mergeLayouts(
      one,
      replay(one, { type: 'setAlwaysShow', field: 'PHONE', value: true }),
      aLayout()
        .section('main', [anElement('PHONE').withFlags(2)])
        .build(),
    );
    expect(flags.merged.sections[0]?.elements).toEqual([{ field: 'PHONE', optionFlags: 3 }]);
    expect(flags.conflicts).toEqual([]);
    expect(r.conflicts.map((c) => c.id)).toEqual(['field:PHONE:option:defaultCountry']);
    expect(described(r)).toEqual(['fieldOption PHONE defaultCountry: mine "DE", theirs "RU"']);
    const phone = (x: MergeResult) => x.merged.sections[0]?.elements.find((e) => e.field === 'PHONE');
    expect(phone(r)).toEqual({
      field: 'PHONE',
      optionFlags: 1,
      options: { defaultCountry: 'DE', extraKey: 1 },
    });
    expect(phone(resolve(r, 'field:PHONE:option:defaultCountry', 'theirs'))).toEqual({
      field: 'PHONE',
      optionFlags: 1,
      options: { defaultCountry: 'RU', extraKey: 1 },
    });
  });

  it('reports different section titles and portal names', () => {
    const r = merge(
      [
        { type: 'renameSection', section: 'additional', title: 'Extra' },
        { type: 'setSectionName', section: 'additional', name: 'extra' },
      ],
      [
        { type: 'renameSection', section: 'additional', title: 'Details' },
        { type: 'setSectionName', section: 'additional', name: 'details' },
      ],
    );
    expect(r.conflicts.map((c) => c.kind)).toEqual(['sectionName', 'sectionTitle']);
    expect(described(r)).toEqual([
      'sectionName Extra: mine extra, theirs details',
      'sectionTitle Extra: mine Extra, theirs Details',
    ]);
    const all = resolveAll(r, 'theirs');
    expect(all.merged.sections[1]).toMatchObject({ name: 'details', title: 'Details' });
    expect(all.conflicts.every((c) => c.choice === 'theirs')).toBe(true);
  });

  it('reports a section one side removed and the other changed; keeping the removal drops what they put in it, keeping the section brings its fields back', () => {
    const r = merge(
      [{ type: 'removeSection', section: 'additional' }],
      [{ type: 'placeField', field: 'WEB', to: { section: 'additional', index: 0 } }],
    );
    expect(r.conflicts).toMatchObject([
      { id: 'section:b1:presence', kind: 'sectionPresence', removedBy: 'mine', choice: 'mine' },
    ]);
    expect(described(r)).toEqual(['sectionPresence More: removed by mine']);
    expect(fieldsBySection(r.merged)).toEqual({ main: ['TITLE', 'PHONE', 'EMAIL', 'NAME'] });

    const kept = resolve(r, 'section:b1:presence', 'theirs');
    expect(fieldsBySection(kept.merged)).toEqual({
      main: ['TITLE', 'PHONE', 'EMAIL', 'NAME'],
      additional: ['WEB', 'COMMENTS', 'SOURCE_ID'],
    });
  });

  it('keeps a field the other side moved into a section mine removed where mine has it', () => {
    const r = merge(
      [{ type: 'removeSection', section: 'additional' }],
      [{ type: 'moveField', field: 'PHONE', to: { section: 'additional', index: 0 } }],
    );
    expect(r.conflicts.map((c) => c.id)).toEqual(['section:b1:presence']);
    expect(fieldsBySection(r.merged)).toEqual({ main: ['TITLE', 'PHONE', 'EMAIL', 'NAME'] });
  });

  it('keeps the section when a field both sides keep has nowhere else to go', () => {
    // Mine moved PHONE into "more" and removed "main"; theirs moved it into "main" and removed "more".
    const start = aLayout()
      .section('main', ['TITLE'])
      .section('more', ['EMAIL'])
      .section('keep', ['PHONE'])
      .build();
    const mine = replay(
      start,
      { type: 'moveField', field: 'PHONE', to: { section: 'more', index: 0 } },
      { type: 'removeSection', section: 'main' },
    );
    const theirs = replay(
      start,
      { type: 'moveField', field: 'PHONE', to: { section: 'main', index: 0 } },
      { type: 'removeSection', section: 'more' },
    );
    for (const r of [
      mergeLayouts(start, mine, theirs),
      resolveAll(mergeLayouts(start, mine, theirs), 'theirs'),
    ]) {
      const fields = r.merged.sections.flatMap((s) => s.elements.map((e) => e.field));
      expect(fields.filter((f) => f === 'PHONE')).toEqual(['PHONE']);
    }
  });

  it('lists conflicts sections first, then fields in reading order', () => {
    const r = merge(
      [
        { type: 'renameSection', section: 'main', title: 'Mine' },
        { type: 'moveField', field: 'EMAIL', to: { section: 'additional', index: 0 } },
        { type: 'moveField', field: 'TITLE', to: { section: 'additional', index: 0 } },
      ],
      [
        { type: 'renameSection', section: 'main', title: 'Theirs' },
        { type: 'removeField', field: 'TITLE' },
        { type: 'removeField', field: 'EMAIL' },
      ],
    );
    expect(r.conflicts.map((c) => c.id)).toEqual([
      'section:b0:title',
      'field:TITLE:placement',
      'field:EMAIL:placement',
    ]);
    const theirs = resolveAll(r, 'theirs');
    expect(fieldsBySection(theirs.merged)).toEqual({
      main: ['PHONE', 'NAME'],
      additional: ['COMMENTS', 'SOURCE_ID'],
    });
  });

  it('never asks about kept keys (the portal drops them on write), but about a section theirs removed while mine changed it', () => {
    const start = aLayout()
      .section('main', [anElement('PHONE').withExtra({ title: 'Tel' })], { extra: { data: { a: 1 } } })
      .section('more', ['EMAIL'], { title: 'More' })
      .build();
    const mine = aLayout()
      .section('main', [anElement('PHONE').withExtra({ title: 'Mobile' })], { extra: { data: { a: 2 } } })
      .section('more', ['EMAIL'], { title: 'More details' })
      .build();
    const theirs = aLayout()
      .section('main', [anElement('PHONE').withExtra({ title: 'Cell' })], { extra: { data: { a: 3 } } })
      .build();
    const r = mergeLayouts(start, mine, theirs);
    expect(described(r)).toEqual(['sectionPresence More details: removed by theirs']);
    // Mine is the default: the section stays, with the field theirs took away with it.
    expect(fieldsBySection(r.merged)).toEqual({ main: ['PHONE'], more: ['EMAIL'] });
    // kept keys changed on both sides take what the portal holds now
    expect(r.merged.sections[0]).toEqual(theirs.sections[0]);
    expect(fieldsBySection(resolveAll(r, 'theirs').merged)).toEqual({ main: ['PHONE'] });
  });

  it('a save that dropped the kept keys is no change: the other side removes that section without a question', () => {
    const start = aLayout()
      .section('main', ['TITLE'])
      .section('more', [anElement('EMAIL').withExtra({ title: 'Mail' })], {
        extra: { data: { isRemovable: true } },
      })
      .build();
    const theirs = aLayout().section('main', ['TITLE']).section('more', ['EMAIL']).build(); // saved by REST
    const mine = replay(start, { type: 'removeSection', section: 'more' });
    const r = mergeLayouts(start, mine, theirs);
    expect(r.conflicts).toEqual([]);
    expect(fieldsBySection(r.merged)).toEqual({ main: ['TITLE'] });
  });

  it('keeps section ids unique when both sides used the same new id for different sections', () => {
    const r = merge(
      [{ type: 'addSection', section: 'new-1', title: 'Deals' }],
      [{ type: 'addSection', section: 'new-1', title: 'Offers' }],
    );
    expect(r.merged.sections.map((s) => s.id)).toEqual(['main', 'additional', 'new-1', 'new-1~2']);
  });
});

// ---------------------------------------------------------------------------------------------
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
