/**
 * `crm.lead.details.configuration.*` and the `crm.item.*` alias (BITRIX24-API.md 1): validation
 * texts, permissions, storage keys, sanitising and type preservation, over real HTTP.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PortalLayoutSchema } from '../../src/api/schemas/layout';
import { ADMIN, crmErrorBody, dig, MANAGER, startPortal, type TestPortal } from './harness';

let portal: TestPortal;
beforeAll(async () => {
  portal = await startPortal();
});
afterAll(() => portal.close());
beforeEach(async () => {
  await portal.control('POST', '/_emulator/reset');
});

const SET = 'crm.lead.details.configuration.set';
const GET = 'crm.lead.details.configuration.get';
const section = (name: string, elements: unknown[] = [{ name: 'TITLE' }]) => ({
  type: 'section',
  name,
  title: name,
  elements,
});

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

describe('permissions (1.4), checked before the data', () => {
  it('the manager may not write the common card, even with invalid data', async () => {
    for (const data of [[section('main')], 'not even an array']) {
      const reply = await portal.json(`${MANAGER}${SET}`, { scope: 'C', data });
      expect(reply.status).toBe(400);
      expect(reply.json).toEqual(crmErrorBody('Access denied.'));
    }
  });

  it("the manager may not read or write another user's personal card", async () => {
    const set = await portal.json(`${MANAGER}${SET}`, { scope: 'P', userId: 3, data: [section('main')] });
    expect(set.json).toEqual(crmErrorBody('Access denied.'));
    const get = await portal.json(`${MANAGER}${GET}`, { scope: 'P', userId: 3 });
    expect(get.json).toEqual(crmErrorBody('Access denied.'));
    const reset = await portal.json(`${MANAGER}crm.lead.details.configuration.reset`, {
      scope: 'P',
      userId: 3,
    });
    expect(reset.json).toEqual(crmErrorBody('Access denied.'));
    const force = await portal.json(`${MANAGER}crm.lead.details.configuration.forceCommonScopeForAll`, {});
    expect(force.json).toEqual(crmErrorBody('Access denied.'));
  });

  it('the manager may read the common card and read/write their own personal one', async () => {
    const common = await portal.json(`${MANAGER}${GET}`, { scope: 'C' });
    expect(PortalLayoutSchema.parse(dig(common.json, 'result')).length).toBeGreaterThan(0);
    const own = await portal.json(`${MANAGER}${SET}`, { scope: 'P', userId: 2, data: [section('mine')] });
    expect(dig(own.json, 'result')).toBe(true);
    // userId omitted (or <= 0) means the caller.
    const get = await portal.json(`${MANAGER}${GET}`, { scope: 'P', userId: 0 });
    expect(dig(get.json, 'result', 0, 'name')).toBe('mine');
  });

  it("the admin may read and write anyone's card", async () => {
    const set = await portal.json(`${ADMIN}${SET}`, { scope: 'P', userId: 5, data: [section('for-olga')] });
    expect(dig(set.json, 'result')).toBe(true);
    const get = await portal.json(`${ADMIN}${GET}`, { scope: 'P', userId: 5 });
    expect(dig(get.json, 'result', 0, 'name')).toBe('for-olga');
  });
});

describe('storage keys (1.2, 1.3)', () => {
  it('get returns null when nothing is saved: repeat-lead card, personal card', async () => {
    for (const params of [
      { scope: 'C', extras: { leadCustomerType: 2 } },
      { scope: 'P' },
      { scope: 'P', userId: 7 },
    ]) {
      const reply = await portal.json(`${ADMIN}${GET}`, params);
      expect(reply.status).toBe(200);
      expect(dig(reply.json, 'result')).toBeNull();
      expect(reply.text).toMatch(/^\{"result":null,"time":/);
    }
  });

  it('scope other than exactly "C" is personal; USER_ID is not a userId spelling', async () => {
    await portal.json(`${ADMIN}${SET}`, { scope: 'c', USER_ID: 5, data: [section('lowercase')] });
    const personal = await portal.json(`${ADMIN}${GET}`, { scope: 'P', userId: 1 });
    expect(dig(personal.json, 'result', 0, 'name')).toBe('lowercase');
    const common = await portal.json(`${ADMIN}${GET}`, { scope: 'C' });
    expect(dig(common.json, 'result', 0, 'name')).toBe('main');
    const olga = await portal.json(`${ADMIN}${GET}`, { SCOPE: 'P', UserId: 5 });
    expect(dig(olga.json, 'result')).toBeNull();
  });

  it('simple and repeat cards are separate; the docs spelling lead.customer.type is ignored', async () => {
    await portal.json(`${ADMIN}${SET}`, {
      scope: 'C',
      extras: { leadCustomerType: 2 },
      data: [section('repeat')],
    });
    await portal.json(`${ADMIN}${SET}`, {
      scope: 'C',
      EXTRAS: { LEAD_CUSTOMER_TYPE: '1' },
      data: [section('simple')],
    });
    const repeat = await portal.form(`${ADMIN}${GET}`, { scope: 'C', extras: { leadcustomertype: '2' } });
    expect(dig(repeat.json, 'result', 0, 'name')).toBe('repeat');
    const docsSpelling = await portal.json(`${ADMIN}${GET}`, {
      scope: 'C',
      extras: { 'lead.customer.type': 2 },
    });
    expect(dig(docsSpelling.json, 'result', 0, 'name')).toBe('simple');
  });

  it('reset deletes one config; forceCommonScopeForAll deletes every personal one', async () => {
    await portal.json(`${ADMIN}${SET}`, { scope: 'P', userId: 4, data: [section('anna')] });
    await portal.json(`${ADMIN}${SET}`, { scope: 'P', userId: 6, data: [section('james')] });
    const reset = await portal.json(`${ADMIN}crm.lead.details.configuration.reset`, {
      scope: 'P',
      userId: 4,
    });
    expect(dig(reset.json, 'result')).toBe(true);
    expect(dig((await portal.json(`${ADMIN}${GET}`, { scope: 'P', userId: 4 })).json, 'result')).toBeNull();
    expect(
      dig((await portal.json(`${ADMIN}${GET}`, { scope: 'P', userId: 6 })).json, 'result', 0, 'name'),
    ).toBe('james');

    const force = await portal.json(`${ADMIN}crm.lead.details.configuration.forcecommonscopeforall`, {});
    expect(dig(force.json, 'result')).toBe(true);
    expect(dig((await portal.json(`${ADMIN}${GET}`, { scope: 'P', userId: 6 })).json, 'result')).toBeNull();
    expect(dig((await portal.json(`${ADMIN}${GET}`, { scope: 'C' })).json, 'result', 0, 'name')).toBe('main');

    const resetCommon = await portal.json(`${ADMIN}crm.lead.details.configuration.reset`, { scope: 'C' });
    expect(dig(resetCommon.json, 'result')).toBe(true);
    expect(dig((await portal.json(`${ADMIN}${GET}`, { scope: 'C' })).json, 'result')).toBeNull();
  });
});

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

describe('crm.item.details.configuration.* (1.9)', () => {
  it('shares storage with the lead methods for entityTypeId 1', async () => {
    const set = await portal.json(`${ADMIN}crm.item.details.configuration.set`, {
      entityTypeId: 1,
      scope: 'C',
      extras: { leadCustomerType: 2 },
      data: [section('via-item')],
    });
    expect(dig(set.json, 'result')).toBe(true);
    const viaLead = await portal.json(`${ADMIN}${GET}`, { scope: 'C', extras: { leadCustomerType: 2 } });
    expect(dig(viaLead.json, 'result', 0, 'name')).toBe('via-item');
    await portal.json(`${ADMIN}${SET}`, { scope: 'P', data: [section('via-lead')] });
    const viaItem = await portal.form(`${ADMIN}crm.item.details.configuration.get`, {
      ENTITY_TYPE_ID: '1',
      scope: 'P',
    });
    expect(dig(viaItem.json, 'result', 0, 'name')).toBe('via-lead');
  });

  it('entityTypeId errors, checked before permissions', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{}, "Parameter 'entityTypeID' is not defined"],
      [{ entityTypeId: 0 }, "Parameter 'entityTypeID' is not defined"],
      [{ entityTypeId: 999 }, "Parameter 'entityTypeID' is not defined"],
      [{ entityTypeid: 1 }, "Parameter 'entityTypeID' is not defined"],
      [{ entityTypeId: 5 }, "The entity type 'INVOICE' is not supported in current context."],
    ];
    for (const [params, message] of cases) {
      const reply = await portal.json(`${MANAGER}crm.item.details.configuration.set`, {
        scope: 'C',
        ...params,
      });
      expect(reply.status).toBe(400);
      expect(reply.json).toEqual(crmErrorBody(message));
    }
  });

  it('unknown method parts are 404', async () => {
    const reply = await portal.json(`${ADMIN}crm.lead.details.configuration.foo`, {});
    expect(reply.status).toBe(404);
    expect(reply.json).toEqual({ error: 'ERROR_METHOD_NOT_FOUND', error_description: 'Method not found!' });
  });
});
