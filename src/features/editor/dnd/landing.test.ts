import { describe, expect, it } from 'vitest';
import { aLayout } from '../../../testing/builders';
import type { Geometry, RowBox, SectionBox } from './geometry';
import { parseDndId, toDndId, type DragRef } from './ids';
import {
  homeOf,
  landingAt,
  landingInView,
  landingToIntent,
  lineFor,
  placeOf,
  stepLanding,
  type Dragged,
  type Landing,
} from './landing';

// the page as the geometry cache holds it: the palette on the left, three sections in a column
const layout = aLayout()
  .section('main', ['TITLE', 'PHONE', 'EMAIL'])
  .section('more', ['COMMENTS'])
  .section('empty', [])
  .build();
const col = (top: number, bottom: number) => ({ top, bottom, left: 300, right: 700 });
const SECTIONS: SectionBox[] = [
  { id: 'main', box: col(0, 200) },
  { id: 'more', box: col(220, 320) },
  { id: 'empty', box: col(340, 420) },
];
const ROWS: Record<string, RowBox[]> = {
  main: [
    { field: 'TITLE', top: 50, bottom: 90 },
    { field: 'PHONE', top: 100, bottom: 140 },
    { field: 'EMAIL', top: 150, bottom: 190 },
  ],
  more: [{ field: 'COMMENTS', top: 260, bottom: 300 }],
  empty: [],
};
const geo: Geometry = {
  palette: { top: 0, bottom: 800, left: 0, right: 200 },
  sections: SECTIONS,
  rows: (id) => ROWS[id] ?? [],
  zone: (id) => {
    const s = SECTIONS.find((x) => x.id === id);
    return s ? { ...s.box, top: s.box.top + 40 } : null;
  },
};
const el = (field: string): Dragged => ({ kind: 'element', field });
const pal = (field: string): Dragged => ({ kind: 'palette', field });
const at = (d: Dragged, y: number, x = 500) => landingAt(geo, d, { x, y });
const drop = (d: Dragged, y: number, x = 500) => landingToIntent(layout, d, at(d, y, x));
const placed = (field: string, section: string, index: number) =>
  ({ type: 'placeField', field, to: { section, index } }) as const;
const moved = (field: string, section: string, index: number) =>
  ({ type: 'moveField', field, to: { section, index } }) as const;

describe('where a dragged field lands', () => {
  it.each([
    ['before the first field whose middle is below the pointer', pal('POST'), 60, placed('POST', 'main', 0)],
    ['before the first field whose middle is below the pointer', pal('POST'), 80, placed('POST', 'main', 1)],
    ['below the last field of a section', pal('POST'), 195, placed('POST', 'main', 3)],
    ['within its own section, counting the place it leaves', el('TITLE'), 180, moved('TITLE', 'main', 2)],
    ['within its own section, counting the place it leaves', el('EMAIL'), 95, moved('EMAIL', 'main', 1)],
    ['back on its own place changes nothing', el('PHONE'), 110, null],
    ['back on its own place changes nothing', el('PHONE'), 130, null],
    ['into an empty section', pal('POST'), 380, placed('POST', 'empty', 0)],
    ['between sections into the nearer one', pal('POST'), 205, placed('POST', 'main', 3)],
    ['between sections into the nearer one', pal('POST'), 335, placed('POST', 'empty', 0)],
  ])('%s (%o at y=%d)', (_, dragged, y, intent) => {
    expect(drop(dragged, y)).toEqual(intent);
  });

  it('below the middle of a field of another section: after it, and the announcement says so', () => {
    const landing = at(el('TITLE'), 290);
    expect(landingToIntent(layout, el('TITLE'), landing)).toEqual(moved('TITLE', 'more', 1));
    expect(placeOf(layout, landing)).toEqual({ kind: 'field', section: 'more', position: 2 });
  });

  it('over the field list: a card field leaves the card, a listed one stays put', () => {
    expect(drop(el('EMAIL'), 400, 100)).toEqual({ type: 'removeField', field: 'EMAIL' });
    expect(at(pal('POST'), 400, 100)).toBeNull();
  });
});

describe('where a dragged section lands', () => {
  const sec = (section: string): Dragged => ({ kind: 'section', section });
  it('before the first other section whose middle is below the pointer', () => {
    expect(drop(sec('empty'), 10)).toEqual({ type: 'moveSection', section: 'empty', index: 0 });
    expect(drop(sec('main'), 400)).toEqual({ type: 'moveSection', section: 'main', index: 2 });
    expect(drop(sec('main'), 5)).toBeNull();
  });

  it('is announced by the section it takes the place of', () => {
    expect(placeOf(layout, at(sec('main'), 400))).toEqual({ kind: 'section', over: 'empty' });
  });
});

describe('keyboard steps', () => {
  const step = (d: Dragged, from: ReturnType<typeof homeOf>, dir: 1 | -1, y = 0) =>
    stepLanding(layout, geo, d, from, dir, y);

  it('go through every place of every section in reading order, from where the field is', () => {
    let l = homeOf(layout, el('PHONE'));
    const seen: string[] = [];
    for (let i = 0; i < 6; i++) {
      l = step(el('PHONE'), l, 1);
      seen.push(l?.kind === 'field' ? `${l.section}:${l.index}` : String(l));
    }
    // main has 3 places for a field of its own, more 2, empty 1; the last step stays at the end
    expect(seen).toEqual(['main:2', 'more:0', 'more:1', 'empty:0', 'empty:0', 'empty:0']);
    expect(step(el('TITLE'), homeOf(layout, el('TITLE')), -1)).toEqual({
      kind: 'field',
      section: 'main',
      index: 0,
    });
  });

  it('from the field list start at the first place below, or the last one above, the field', () => {
    expect(step(pal('POST'), null, 1, 210)).toEqual({ kind: 'field', section: 'more', index: 0 });
    expect(step(pal('POST'), null, -1, 330)).toEqual({ kind: 'field', section: 'more', index: 1 });
    expect(step(pal('POST'), null, -1, -10)).toEqual({ kind: 'field', section: 'main', index: 0 });
    expect(step(pal('POST'), null, 1, 9999)).toEqual({ kind: 'field', section: 'empty', index: 0 });
  });

  it('move one place per press across every section boundary, down to the end and back up to the start', () => {
    const name = (l: Landing | null) => (l?.kind === 'field' ? `${l.section}:${l.index}` : String(l));
    const walk = (d: Dragged, from: Landing | null, dir: 1 | -1, presses: number) => {
      const seen: string[] = [];
      let l = from;
      for (let i = 0; i < presses; i++) seen.push(name((l = step(d, l, dir))));
      return { seen, last: l };
    };
    // TITLE leaves main: 3 places there, 2 in more, 1 in the empty section
    const down = walk(el('TITLE'), homeOf(layout, el('TITLE')), 1, 5);
    expect(down.seen).toEqual(['main:1', 'main:2', 'more:0', 'more:1', 'empty:0']);
    const up = walk(el('TITLE'), down.last, -1, 5);
    expect(up.seen).toEqual(['more:1', 'more:0', 'main:2', 'main:1', 'main:0']);
    // a field from the list has one more place in main (4, 2, 1)
    const fromList = walk(pal('POST'), { kind: 'field', section: 'main', index: 0 }, 1, 6);
    expect(fromList.seen).toEqual(['main:1', 'main:2', 'main:3', 'more:0', 'more:1', 'empty:0']);
    // the only field of a section steps out of it both ways
    expect(name(step(el('COMMENTS'), homeOf(layout, el('COMMENTS')), 1))).toBe('empty:0');
    expect(name(step(el('COMMENTS'), homeOf(layout, el('COMMENTS')), -1))).toBe('main:3');
  });

  it('from the field list by keyboard start at position 1 of the section across the middle of the window', () => {
    expect(landingInView(geo, { top: 0, bottom: 400 })).toEqual({ kind: 'field', section: 'main', index: 0 });
    expect(landingInView(geo, { top: 100, bottom: 500 })).toEqual({
      kind: 'field',
      section: 'more',
      index: 0,
    });
    // the middle between two sections, or below the card: the nearest one
    expect(landingInView(geo, { top: 0, bottom: 430 })).toEqual({ kind: 'field', section: 'more', index: 0 });
    expect(landingInView(geo, { top: 800, bottom: 1200 })).toEqual({
      kind: 'field',
      section: 'empty',
      index: 0,
    });
    expect(landingInView({ ...geo, sections: [] }, { top: 0, bottom: 400 })).toBeNull();
  });

  it('move a section one place at a time, within the ends', () => {
    const main: Dragged = { kind: 'section', section: 'main' };
    expect(step(main, homeOf(layout, main), 1)).toEqual({ kind: 'section', index: 1 });
    expect(step(main, homeOf(layout, main), -1)).toEqual({ kind: 'section', index: 0 });
  });
});

describe('the drop line', () => {
  it('sits above the field the drop goes before, below the last one, or at the top of an empty list', () => {
    expect(lineFor(geo, pal('POST'), { kind: 'field', section: 'main', index: 1 })?.top).toBe(97);
    expect(lineFor(geo, pal('POST'), { kind: 'field', section: 'main', index: 3 })?.top).toBe(191);
    expect(lineFor(geo, pal('POST'), { kind: 'field', section: 'empty', index: 0 })?.top).toBe(383);
    expect(lineFor(geo, el('TITLE'), { kind: 'field', section: 'main', index: 0 })?.top).toBe(97);
    expect(lineFor(geo, el('TITLE'), { kind: 'offCard' })).toBeNull();
  });
});

describe('dnd ids', () => {
  it('round-trip through the codec', () => {
    const refs: DragRef[] = [
      el('UF_CRM_1'),
      pal('TITLE'),
      { kind: 'section', section: 'main' },
      { kind: 'zone', section: 'a:b' },
      { kind: 'paletteZone' },
    ];
    for (const r of refs) expect(parseDndId(toDndId(r))).toEqual(r);
    expect(parseDndId('bogus')).toBeNull();
    expect(parseDndId('element:')).toBeNull();
  });
});

describe('a drop on an entry of the outline', () => {
  // the outline in a column right of the card, one entry per section
  const withOutline: Geometry = {
    ...geo,
    outline: [
      { id: 'main', box: { top: 0, bottom: 30, left: 720, right: 900 } },
      { id: 'more', box: { top: 30, bottom: 60, left: 720, right: 900 } },
    ],
  };
  const over = (d: Dragged, y: number) => landingAt(withOutline, d, { x: 800, y });

  it('lands at the end of that section, wherever the section is on the page', () => {
    expect(over(el('TITLE'), 40)).toEqual({ kind: 'sectionEnd', section: 'more' });
    expect(landingToIntent(layout, el('TITLE'), over(el('TITLE'), 40))).toEqual(moved('TITLE', 'more', 1));
    expect(landingToIntent(layout, el('TITLE'), over(el('TITLE'), 10))).toEqual(moved('TITLE', 'main', 2));
    expect(landingToIntent(layout, pal('POST'), over(pal('POST'), 10))).toEqual(placed('POST', 'main', 3));
  });

  it('is announced as the last place of the section, and draws no line in the card', () => {
    const landing = over(el('TITLE'), 10);
    expect(placeOf(layout, landing, el('TITLE'))).toEqual({ kind: 'field', section: 'main', position: 3 });
    expect(placeOf(layout, over(el('TITLE'), 40), el('TITLE'))).toEqual({
      kind: 'field',
      section: 'more',
      position: 2,
    });
    expect(lineFor(withOutline, el('TITLE'), landing)).toBeNull();
  });

  it('beside the outline the card still decides', () => {
    expect(landingAt(withOutline, el('TITLE'), { x: 500, y: 40 })).toEqual({
      kind: 'field',
      section: 'main',
      index: 0,
    });
  });
});
