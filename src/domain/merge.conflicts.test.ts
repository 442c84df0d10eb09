import { describe, expect, it } from 'vitest';
import { aLayout, anElement, fieldsBySection, replay } from '../testing/builders';
import { described, merge } from '../testing/mergeScenarios';
import type { LayoutIntent } from './intents';
import { mergeLayouts, resolve, resolveAll, type MergeResult } from './merge';

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
