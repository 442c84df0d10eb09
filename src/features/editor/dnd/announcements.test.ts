import { describe, expect, it } from 'vitest';
import { translate } from '../../../i18n/i18nStore';
import { aLayout } from '../../../testing/builders';
import { describePlace, whatOf, type Namer } from './announcements';
import type { Geometry } from './geometry';
import { landingAt, landingToIntent, placeOf, type Dragged } from './landing';

const layout = aLayout().section('main', ['TITLE', 'PHONE']).section('more', ['COMMENTS', 'POST']).build();
const namer: Namer = {
  field: (code) =>
    ({ TITLE: 'Lead name', PHONE: 'Phone', COMMENTS: 'Comment', POST: 'Position' })[code] ?? code,
  section: (id) => ({ main: 'Main', more: 'More' })[id] ?? id,
};
const col = (top: number, bottom: number) => ({ top, bottom, left: 300, right: 700 });
const geo: Geometry = {
  palette: { top: 0, bottom: 800, left: 0, right: 200 },
  sections: [
    { id: 'main', box: col(0, 150) },
    { id: 'more', box: col(170, 320) },
  ],
  rows: (id) =>
    id === 'main'
      ? [
          { field: 'TITLE', top: 50, bottom: 90 },
          { field: 'PHONE', top: 100, bottom: 140 },
        ]
      : [
          { field: 'COMMENTS', top: 220, bottom: 260 },
          { field: 'POST', top: 270, bottom: 310 },
        ],
  zone: () => null,
};
const en = translate('en');
const ru = translate('ru');

describe('what a screen reader hears', () => {
  const phone: Dragged = { kind: 'element', field: 'PHONE' };

  it('names the place the drop then takes, also below the middle of a field of another section', () => {
    const landing = landingAt(geo, phone, { x: 500, y: 250 });
    const place = placeOf(layout, landing);
    expect(describePlace(namer, en, phone, place, false)).toBe('Phone is over section More, position 2.');
    expect(landingToIntent(layout, phone, landing)).toEqual({
      type: 'moveField',
      field: 'PHONE',
      to: { section: 'more', index: 1 },
    });
    expect(describePlace(namer, en, phone, place, true)).toBe(
      'Phone was dropped on section More, position 2.',
    );
  });

  it('in Russian too, and for the field list and a section', () => {
    const place = placeOf(layout, landingAt(geo, phone, { x: 500, y: 60 }));
    expect(describePlace(namer, ru, phone, place, false)).toBe(
      'Phone: можно перенести сюда — раздел Main, позиция 1.',
    );
    expect(describePlace(namer, en, phone, { kind: 'offCard' }, true)).toBe(
      'Phone was dropped on the field list: it will leave the card.',
    );
    const main: Dragged = { kind: 'section', section: 'main' };
    expect(
      describePlace(namer, en, main, placeOf(layout, landingAt(geo, main, { x: 500, y: 400 })), false),
    ).toBe('Section Main is over section More.');
    expect(describePlace(namer, en, phone, null, false)).toBe('Phone is not over a drop place.');
    expect(whatOf(namer, en, main)).toBe('section Main');
  });
});
