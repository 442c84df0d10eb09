import { describe, expect, it } from 'vitest';
import type { Layout, Section } from '../../domain/types';
import { PortalError } from '../errors';
import { fail, ok, script, testClient } from '../testing/fakeFetch';
import { forceCommonLayoutForAll, getLayout, resetLayout, setLayout } from './layout';

const section = (name: string, fields: string[], extra: Partial<Section> = {}): Section => ({
  id: name,
  name,
  title: name.toUpperCase(),
  elements: fields.map((field) => ({ field, optionFlags: 0 })),
  ...extra,
});

async function refused(p: Promise<unknown>): Promise<PortalError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof PortalError) return e;
  }
  throw new Error('expected a PortalError');
}

describe('getLayout', () => {
  it('sends scope, userId and extras.leadCustomerType as the portal spells them', async () => {
    const { client, fetch } = testClient(
      script(ok([{ type: 'section', name: 'main', title: 'Main', elements: [] }])),
    );
    const loaded = await getLayout(client, {
      scope: 'P',
      userId: 9,
      card: { entity: 'lead', leadType: 'repeat' },
    });
    expect(fetch.requests[0]?.method).toBe('crm.lead.details.configuration.get');
    expect(fetch.requests[0]?.params).toEqual({ scope: 'P', userId: '9', extras: { leadCustomerType: '2' } });
    expect(loaded?.layout.sections.map((s) => s.id)).toEqual(['main']);
  });

  it('returns null when nothing is stored and sends no userId for the common layout', async () => {
    const { client, fetch } = testClient(script(ok(null)));
    await expect(
      getLayout(client, { scope: 'C', userId: 3, card: { entity: 'lead', leadType: 'simple' } }),
    ).resolves.toBeNull();
    expect(fetch.requests[0]?.params).toEqual({ scope: 'C', extras: { leadCustomerType: '1' } });
  });
});

describe('setLayout', () => {
  const key = { scope: 'C', card: { entity: 'lead', leadType: 'simple' } } as const;

  it.each<[string, Layout, string, object]>([
    ['no sections', { sections: [] }, 'There are no data to write.', { kind: 'empty' }],
    [
      'a blank title',
      { sections: [section('main', ['TITLE'], { title: '  ' })] },
      'Section at index 0 does not have title.',
      { kind: 'sectionTitle', section: 0 },
    ],
    [
      'a blank section name',
      { sections: [section('main', []), section('x', [], { name: '' })] },
      'Section at index 1 does not have name.',
      { kind: 'sectionName', section: 1 },
    ],
    [
      'a blank field name',
      { sections: [section('main', ['TITLE', ' '])] },
      'Element at index 1 in section at index 0 does not have name.',
      { kind: 'elementName', section: 0, element: 1 },
    ],
    [
      'an included area kept from the portal',
      { sections: [section('main', ['TITLE']), section('area', [], { extra: { type: 'included_area' } })] },
      "Section at index 1 have type 'included_area'. The expected type is 'section'.",
      { kind: 'sectionType', section: 1 },
    ],
  ])('refuses %s with the portal text and sends nothing', async (_, layout, text, problem) => {
    const { client, fetch } = testClient(script());
    const e = await refused(setLayout(client, key, layout));
    expect(e).toMatchObject({ kind: 'validation', code: '', description: text, status: 0, problem });
    expect(e.message).toBe(`crm.lead.details.configuration.set: ${text}`);
    expect(fetch.requests).toHaveLength(0);
  });

  it('sends the layout as data and resolves with what get will return', async () => {
    const { client, fetch } = testClient(script(ok(true)));
    const layout: Layout = {
      sections: [
        {
          id: 'main',
          name: 'main',
          title: 'Main',
          extra: { data: { x: 1 } },
          elements: [
            { field: 'TITLE', optionFlags: 0, extra: { title: 'Renamed' } },
            { field: 'PHONE', optionFlags: 1, options: { defaultCountry: 'DE' } },
          ],
        },
      ],
    };
    const saved = await setLayout(
      client,
      { scope: 'P', userId: 5, card: { entity: 'lead', leadType: 'simple' } },
      layout,
    );
    expect(fetch.requests[0]?.params).toEqual({
      scope: 'P',
      userId: '5',
      extras: { leadCustomerType: '1' },
      data: {
        '0': {
          type: 'section',
          name: 'main',
          title: 'Main',
          elements: {
            '0': { name: 'TITLE', title: 'Renamed' },
            '1': { name: 'PHONE', optionFlags: '1', options: { defaultCountry: 'DE' } },
          },
          data: { x: '1' },
        },
      },
    });
    expect(saved).toEqual({
      layout: {
        sections: [
          {
            id: 'main',
            name: 'main',
            title: 'Main',
            elements: [
              { field: 'TITLE', optionFlags: 0 },
              { field: 'PHONE', optionFlags: 1, options: { defaultCountry: 'DE' } },
            ],
          },
        ],
      },
      notices: [],
    });
  });

  it('passes portal refusals through unchanged', async () => {
    const { client } = testClient(script(fail(400, '', 'Access denied.')));
    const e = await refused(setLayout(client, key, { sections: [section('main', ['TITLE'])] }));
    expect(e).toMatchObject({ kind: 'portal', code: '', description: 'Access denied.', status: 400 });
  });
});

describe('reset and force', () => {
  it('reset sends the key; force sends only extras', async () => {
    const { client, fetch } = testClient(script(ok(true), ok(true)));
    await resetLayout(client, { scope: 'P', userId: 4, card: { entity: 'lead', leadType: 'repeat' } });
    await forceCommonLayoutForAll(client, { entity: 'lead', leadType: 'repeat' });
    expect(fetch.requests.map((r) => [r.method, r.params])).toEqual([
      [
        'crm.lead.details.configuration.reset',
        { scope: 'P', userId: '4', extras: { leadCustomerType: '2' } },
      ],
      ['crm.lead.details.configuration.forceCommonScopeForAll', { extras: { leadCustomerType: '2' } }],
    ]);
  });
});
