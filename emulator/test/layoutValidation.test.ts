/**
 * `crm.lead.details.configuration.set` validation (BITRIX24-API.md 1.6): the portal's texts with
 * HTTP 400 and error "", for JSON and form bodies, over real HTTP.
 */
import { describe, expect, it } from 'vitest';
import { ADMIN, crmErrorBody, dig, portalForFile } from './harness';
import { GET, section, SET } from './layoutCalls';

const portal = portalForFile({ reset: true });

describe('set: validation (1.6), HTTP 400 with error ""', () => {
  const cases: [string, unknown, string][] = [
    ['data missing', undefined, "Parameter 'data' must be array."],
    ['data a string', 'abc', "Parameter 'data' must be array."],
    ['data a number', 5, "Parameter 'data' must be array."],
    ['data empty', [], 'There are no data to write.'],
    ['an empty column', [{ type: 'column', elements: [] }], 'There are no data to write.'],
    ['keys not 0..n-1', { 1: section('main') }, 'The data must be indexed array.'],
    ['string keys', { main: section('main') }, 'The data must be indexed array.'],
    [
      'a non-section type',
      [section('main'), { type: 'included_area', name: 'x', title: 'X' }],
      "Section at index 1 have type 'included_area'. The expected type is 'section'.",
    ],
    [
      'no section name',
      [{ type: 'section', title: 'T', elements: [] }],
      'Section at index 0 does not have name.',
    ],
    ['blank section name', [{ name: '   ', title: 'T' }], 'Section at index 0 does not have name.'],
    ['no section title', [{ type: 'section', name: 'main' }], 'Section at index 0 does not have title.'],
    [
      'an element without name',
      [section('main', [{ name: 'TITLE' }, { optionFlags: 1 }])],
      'Element at index 1 in section at index 0 does not have name.',
    ],
    [
      'elements keyed by name',
      [section('main', { a: { name: 'TITLE' } } as unknown as unknown[])],
      'Element at index 0 in section at index 0 does not have name.',
    ],
  ];
  it.each(cases)('%s', async (_label, data, message) => {
    const reply = await portal.json(`${ADMIN}${SET}`, {
      scope: 'C',
      ...(data === undefined ? {} : { data }),
    });
    expect(reply.status).toBe(400);
    expect(reply.json).toEqual(crmErrorBody(message));
  });

  it('form-encoded data is checked the same way', async () => {
    const reply = await portal.form(`${ADMIN}${SET}`, {
      scope: 'C',
      data: { a: { name: 'main', title: 'Main' } },
    });
    expect(reply.json).toEqual(crmErrorBody('The data must be indexed array.'));
    const noName = await portal.form(`${ADMIN}${SET}`, { scope: 'C', data: [{ title: 'Main' }] });
    expect(noName.json).toEqual(crmErrorBody('Section at index 0 does not have name.'));
  });

  it('a column wrapper is accepted and unwrapped; a missing type becomes section', async () => {
    const reply = await portal.json(`${ADMIN}${SET}`, {
      scope: 'C',
      data: [
        {
          name: 'default_column',
          type: 'column',
          elements: [{ name: 'main', title: 'Main', elements: [{ name: 'TITLE' }] }],
        },
      ],
    });
    expect(dig(reply.json, 'result')).toBe(true);
    const get = await portal.json(`${ADMIN}${GET}`, { scope: 'C' });
    expect(dig(get.json, 'result')).toEqual([
      { type: 'section', name: 'main', title: 'Main', elements: [{ name: 'TITLE' }] },
    ]);
  });
});
