/**
 * A lead layout read, saved and read again (BITRIX24-API.md 1.5, 1.6 step 8): what the portal
 * keeps as sent, what it drops, and the types of form and JSON bodies, over real HTTP.
 */
import { describe, expect, it } from 'vitest';
import { PortalLayoutSchema } from '../../src/api/schemas/layout';
import { ADMIN, dig, portalForFile } from './harness';
import { GET, SET } from './layoutCalls';

const portal = portalForFile({ reset: true });

describe('get → set → get round trip (1.5, 1.6 step 8)', () => {
  it('the seed common card is UI-saved: column unwrapped, string flags, options [], titles, section data', async () => {
    const reply = await portal.json(`${ADMIN}${GET}`, { scope: 'C' });
    const sections = PortalLayoutSchema.parse(dig(reply.json, 'result'));
    expect(sections.map((s) => s.name)).toEqual(['main', 'qualification', 'additional', 'products']);
    expect(sections[0]).toMatchObject({ type: 'section', data: { isChangeable: true, isRemovable: false } });
    expect(sections[0]?.elements?.[0]).toEqual({ name: 'TITLE', optionFlags: '1', options: [] });
    expect(sections[0]?.elements).toContainEqual({
      name: 'NAME',
      optionFlags: '0',
      options: [],
      title: 'First name (as in passport)',
    });
  });

  it('setting it back drops element titles and section data, keeps flags and options as sent', async () => {
    const before = PortalLayoutSchema.parse(
      dig((await portal.json(`${ADMIN}${GET}`, { scope: 'C' })).json, 'result'),
    );
    expect(dig((await portal.json(`${ADMIN}${SET}`, { scope: 'C', data: before })).json, 'result')).toBe(
      true,
    );
    const after = PortalLayoutSchema.parse(
      dig((await portal.json(`${ADMIN}${GET}`, { scope: 'C' })).json, 'result'),
    );
    expect(after).toEqual(
      before.map(({ name, title, elements }) => ({
        type: 'section',
        name,
        title,
        elements: (elements ?? []).map(({ name: n, optionFlags, options }) => ({
          name: n,
          optionFlags,
          options,
        })),
      })),
    );
    expect(JSON.stringify(after)).not.toContain('First name (as in passport)');
  });

  it('sanitising: numeric flags kept as sent, junk dropped, {} comes back as []', async () => {
    const data = [
      {
        type: 'section',
        name: ' main ',
        title: 'Main',
        junk: 'x',
        data: { a: 1 },
        elements: [
          { name: 'A', optionFlags: 1, options: { defaultCountry: 'DE' } },
          { name: 'B', optionFlags: '1', options: {} },
          { name: 'C', optionFlags: true, options: 'nope', title: 'Renamed' },
          { name: 'D', optionFlags: 'abc' },
          { name: 'E', optionFlags: ' 2.5 ', options: ['x'] },
          { name: 'F', optionFlags: 0 },
        ],
      },
    ];
    await portal.json(`${ADMIN}${SET}`, { scope: 'C', data });
    const get = await portal.json(`${ADMIN}${GET}`, { scope: 'C' });
    expect(get.text).toContain('"options":[]');
    expect(dig(get.json, 'result')).toEqual([
      {
        type: 'section',
        name: ' main ',
        title: 'Main',
        elements: [
          { name: 'A', optionFlags: 1, options: { defaultCountry: 'DE' } },
          { name: 'B', optionFlags: '1', options: [] },
          { name: 'C' },
          { name: 'D' },
          { name: 'E', optionFlags: ' 2.5 ', options: ['x'] },
          { name: 'F', optionFlags: 0 },
        ],
      },
    ]);
  });

  it('a form-encoded set stores strings, a JSON set keeps numbers', async () => {
    const data = [
      { type: 'section', name: 'main', title: 'Main', elements: [{ name: 'PHONE', optionFlags: 1 }] },
    ];
    await portal.form(`${ADMIN}${SET}`, { scope: 'P', userId: 1, data });
    expect(
      dig((await portal.json(`${ADMIN}${GET}`, { scope: 'P' })).json, 'result', 0, 'elements', 0),
    ).toEqual({
      name: 'PHONE',
      optionFlags: '1',
    });
    await portal.json(`${ADMIN}${SET}`, { scope: 'P', userId: 1, data });
    expect(
      dig((await portal.json(`${ADMIN}${GET}`, { scope: 'P' })).json, 'result', 0, 'elements', 0),
    ).toEqual({
      name: 'PHONE',
      optionFlags: 1,
    });
  });
});
