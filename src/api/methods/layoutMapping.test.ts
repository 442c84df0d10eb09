import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PortalLayoutSchema, type PortalLayout } from '../schemas/layout';
import { fromPortal, predictStored, toPortal } from './layoutMapping';
import { runs } from '../../testing/propertyRuns';

/** A lead card as the portal UI saves it (BITRIX24-API.md 1.5): strings, `[]`, titles, data. */
const UI_SAVED: PortalLayout = PortalLayoutSchema.parse([
  {
    name: 'main',
    title: 'About the lead',
    type: 'section',
    data: { showButtonPanel: true },
    elements: [
      { name: 'TITLE', optionFlags: '0', options: [] },
      { name: 'PHONE', optionFlags: '1', options: { defaultCountry: 'DE' } },
      { name: 'NAME', title: 'Given name', optionFlags: '0', options: {} },
    ],
  },
  {
    name: 'more',
    title: 'More',
    type: 'section',
    elements: [
      { name: 'COMMENTS', optionFlags: 3, sort: 10 },
      { name: 'PHONE', optionFlags: '0' },
      { name: 'UTM', optionFlags: 'abc' },
      { name: '  ' },
    ],
  },
  { name: 'more', title: 'More again', elements: [] },
  { name: 'area', title: 'Included', type: 'included_area', data: { url: '/x' } },
]);

describe('fromPortal', () => {
  it('reads a layout saved by the portal UI', () => {
    const { layout, notices } = fromPortal(UI_SAVED);
    expect(layout).toEqual({
      sections: [
        {
          id: 'main',
          name: 'main',
          title: 'About the lead',
          extra: { data: { showButtonPanel: true } },
          elements: [
            { field: 'TITLE', optionFlags: 0 },
            { field: 'PHONE', optionFlags: 1, options: { defaultCountry: 'DE' } },
            { field: 'NAME', optionFlags: 0, extra: { title: 'Given name' } },
          ],
        },
        {
          id: 'more',
          name: 'more',
          title: 'More',
          elements: [
            { field: 'COMMENTS', optionFlags: 3, extra: { sort: 10 } },
            { field: 'UTM', optionFlags: 0 },
          ],
        },
        { id: 'more~2', name: 'more', title: 'More again', elements: [] },
        {
          id: 'area',
          name: 'area',
          title: 'Included',
          elements: [],
          extra: { data: { url: '/x' }, type: 'included_area' },
        },
      ],
    });
    expect(notices).toEqual([
      { code: 'renamedLabel', params: { field: 'NAME', label: 'Given name' } },
      { code: 'placedTwice', params: { field: 'PHONE', first: 'main', section: 'more' } },
      { code: 'flagsNotNumber', params: { field: 'UTM', value: 'abc' } },
      { code: 'blankElement', params: { section: 'more' } },
      { code: 'sameName', params: { section: 'more' } },
      { code: 'sectionType', params: { section: 'area', type: 'included_area' } },
    ]);
  });

  it('reads a REST-written layout (numbers, absent keys) and a missing title as the name', () => {
    const { layout, notices } = fromPortal([
      { type: 'section', name: 'main', elements: [{ name: 'TITLE' }, { name: 'PHONE', optionFlags: 1 }] },
    ]);
    expect(layout.sections[0]).toEqual({
      id: 'main',
      name: 'main',
      title: 'main',
      elements: [
        { field: 'TITLE', optionFlags: 0 },
        { field: 'PHONE', optionFlags: 1 },
      ],
    });
    expect(notices).toEqual([]);
  });

  it('unwraps a column wrapper like the portal (first column only)', () => {
    const wrapped = PortalLayoutSchema.parse([
      {
        type: 'column',
        name: 'default_column',
        elements: [{ type: 'section', name: 'main', title: 'Main', elements: [{ name: 'TITLE' }] }],
      },
      { type: 'column', name: 'second', elements: [] },
    ]);
    const { layout, notices } = fromPortal(wrapped);
    expect(layout.sections.map((s) => [s.id, s.elements.map((e) => e.field)])).toEqual([['main', ['TITLE']]]);
    expect(notices).toHaveLength(1);
  });
});

describe('toPortal', () => {
  it('writes sections and elements in the set shape, keeping extra keys', () => {
    const { layout } = fromPortal(UI_SAVED);
    expect(toPortal(layout)).toEqual([
      {
        type: 'section',
        name: 'main',
        title: 'About the lead',
        elements: [
          { name: 'TITLE' },
          { name: 'PHONE', optionFlags: 1, options: { defaultCountry: 'DE' } },
          { name: 'NAME', title: 'Given name' },
        ],
        data: { showButtonPanel: true },
      },
      {
        type: 'section',
        name: 'more',
        title: 'More',
        elements: [{ name: 'COMMENTS', optionFlags: 3, sort: 10 }, { name: 'UTM' }],
      },
      { type: 'section', name: 'more', title: 'More again', elements: [] },
      { type: 'included_area', name: 'area', title: 'Included', elements: [], data: { url: '/x' } },
    ]);
  });

  it('round-trips: fromPortal(toPortal(x)) equals x for the UI-saved layout', () => {
    const { layout } = fromPortal(UI_SAVED);
    expect(fromPortal(toPortal(layout)).layout).toEqual(layout);
  });

  it('round-trips any portal layout (property)', () => {
    const text = fc.oneof(
      fc.constantFrom('main', 'more', 'TITLE', 'PHONE', '', ' '),
      fc.string({ maxLength: 4 }),
    );
    const json = fc.jsonValue({ maxDepth: 2 });
    const element = fc.record(
      {
        name: fc.oneof(
          fc.constantFrom('TITLE', 'PHONE', 'EMAIL', 'UF_CRM_1', ''),
          fc.string({ maxLength: 3 }),
        ),
        optionFlags: fc.oneof(
          fc.integer({ min: -3, max: 7 }),
          // what JSON can carry: no Infinity, no NaN (`'1e400'` covers the overflow as text)
          fc.double({ noDefaultInfinity: true, noNaN: true }),
          fc.constantFrom('0', '1', ' 2', '1e3', 'abc', '', '-0', '1e400'),
        ),
        options: fc.oneof(
          fc.constant([]),
          fc.array(json, { maxLength: 2 }),
          fc.dictionary(fc.string(), json),
        ),
        title: fc.string({ maxLength: 4 }),
        sort: fc.integer(),
      },
      { requiredKeys: ['name'] },
    );
    const section = fc.record(
      {
        type: fc.constantFrom('section', '', 'included_area', 'column'),
        name: text,
        title: text,
        elements: fc.array(element, { maxLength: 4 }),
        data: fc.dictionary(fc.string({ maxLength: 3 }), json, { maxKeys: 2 }),
      },
      { requiredKeys: ['name'] },
    );
    fc.assert(
      fc.property(fc.array(section, { maxLength: 4 }), (raw) => {
        const { layout } = fromPortal(PortalLayoutSchema.parse(raw));
        expect(fromPortal(toPortal(layout)).layout).toEqual(layout);
        const ids = layout.sections.map((s) => s.id);
        expect(new Set(ids).size).toBe(ids.length);
        const fields = layout.sections.flatMap((s) => s.elements.map((e) => e.field));
        expect(new Set(fields).size).toBe(fields.length);
      }),
      { numRuns: runs(300) },
    );
  });
});

describe('predictStored', () => {
  it('is what get returns after set: strings, and no titles, data or extra keys', () => {
    const { layout } = fromPortal(UI_SAVED);
    expect(predictStored(layout)).toEqual([
      {
        type: 'section',
        name: 'main',
        title: 'About the lead',
        elements: [
          { name: 'TITLE' },
          { name: 'PHONE', optionFlags: '1', options: { defaultCountry: 'DE' } },
          { name: 'NAME' },
        ],
      },
      {
        type: 'section',
        name: 'more',
        title: 'More',
        elements: [{ name: 'COMMENTS', optionFlags: '3' }, { name: 'UTM' }],
      },
      { type: 'section', name: 'more', title: 'More again', elements: [] },
      { type: 'section', name: 'area', title: 'Included', elements: [] },
    ]);
  });
});
