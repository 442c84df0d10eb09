import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { batchOk, ok, script, testClient } from '../testing/fakeFetch';
import { catalogStartQuery, funnelsQuery } from './cardCatalog';
import { applyToCards, readCardLayouts } from './cardsApply';
import { cardFieldsCommand } from './fields';
import { callCommand } from '../transport';
import { forceCommonLayoutForAll, getLayout, resetLayout, setLayout } from './layout';

const main = { type: 'section', name: 'main', title: 'Main', elements: [{ name: 'TITLE' }] };

describe('layouts of cards other than leads', () => {
  it('reads a deal pipeline with crm.item, entityTypeId 2 and extras.dealCategoryId', async () => {
    const { client, fetch } = testClient(script(ok([main])));
    const loaded = await getLayout(client, {
      scope: 'P',
      userId: 7,
      card: { entity: 'deal', categoryId: 3 },
    });
    expect(fetch.requests[0]?.method).toBe('crm.item.details.configuration.get');
    expect(fetch.requests[0]?.params).toEqual({
      scope: 'P',
      userId: '7',
      entityTypeId: '2',
      extras: { dealCategoryId: '3' },
    });
    expect(loaded?.layout.sections.map((s) => s.name)).toEqual(['main']);
  });

  it('writes a smart-process funnel with its entityTypeId and extras.categoryId', async () => {
    const { client, fetch } = testClient(script(ok(true)));
    const card = { entity: 'dynamic', entityTypeId: 1032, categoryId: 11 } as const;
    await setLayout(
      client,
      { scope: 'C', card },
      { sections: [{ id: 'main', name: 'main', title: 'Main', elements: [] }] },
    );
    expect(fetch.requests[0]?.method).toBe('crm.item.details.configuration.set');
    expect(fetch.requests[0]?.params).toMatchObject({
      scope: 'C',
      entityTypeId: '1032',
      extras: { categoryId: '11' },
    });
  });

  it('names contacts by entityTypeId alone, for reset and force', async () => {
    const { client, fetch } = testClient(script(ok(true), ok(true)));
    await resetLayout(client, { scope: 'C', card: { entity: 'contact' } });
    await forceCommonLayoutForAll(client, { entity: 'company' });
    expect(fetch.requests.map((r) => [r.method, r.params])).toEqual([
      ['crm.item.details.configuration.reset', { scope: 'C', entityTypeId: '3' }],
      ['crm.item.details.configuration.forceCommonScopeForAll', { entityTypeId: '4' }],
    ]);
  });
});

describe('field lists of every entity', () => {
  it('asks crm.deal.fields for a deal pipeline', () => {
    expect(cardFieldsCommand({ entity: 'deal', categoryId: 5 }).method).toBe('crm.deal.fields');
    expect(cardFieldsCommand({ entity: 'quote' }).method).toBe('crm.quote.fields');
  });

  it('reads crm.item.fields of a smart process by the card names (upperName)', async () => {
    const info = {
      isRequired: false,
      isReadOnly: false,
      isImmutable: false,
      isMultiple: false,
      isDynamic: false,
    };
    const { client, fetch } = testClient(
      script(
        ok({
          fields: {
            title: { ...info, type: 'string', title: 'Name', upperName: 'TITLE' },
            ufCrm5Budget: { ...info, type: 'double', title: 'Budget', upperName: 'UF_CRM_5_BUDGET' },
          },
        }),
      ),
    );
    const fields = await callCommand(
      client,
      cardFieldsCommand({ entity: 'dynamic', entityTypeId: 1032, categoryId: 0 }),
    );
    expect(fetch.requests[0]?.params).toEqual({ entityTypeId: '1032' });
    expect(Object.keys(fields)).toEqual(['TITLE', 'UF_CRM_5_BUDGET']);
    expect(fields['UF_CRM_5_BUDGET']?.formLabel).toBe('Budget');
  });
});

describe('the card catalogue', () => {
  it('reads deal pipelines and smart processes, then every process funnel, in two requests', async () => {
    const { client, fetch } = testClient(
      script(
        batchOk({
          result: {
            catalogDeals: {
              categories: [
                { id: 4, name: 'Wholesale', sort: 200, entityTypeId: 2, isDefault: 'N' },
                { id: 0, name: 'General', sort: 100, entityTypeId: 2, isDefault: 'Y' },
              ],
            },
            catalogTypes: {
              types: [
                {
                  id: 5,
                  title: 'Projects',
                  entityTypeId: 1032,
                  isCategoriesEnabled: 'Y',
                  isStagesEnabled: 'Y',
                },
              ],
            },
          },
        }),
        batchOk({
          result: {
            t1032: { categories: [{ id: 11, name: 'Main', sort: 100, entityTypeId: 1032, isDefault: 'Y' }] },
          },
        }),
      ),
    );
    // as the card picker reads it: the start, then the funnels of the types the start named
    const queries = new QueryClient();
    const start = await queries.fetchQuery(catalogStartQuery(client));
    const processes = await queries.fetchQuery(funnelsQuery(client, start.types));
    expect(fetch.requests.map((r) => r.method)).toEqual(['batch', 'batch']);
    expect({ deals: start.deals, processes }).toEqual({
      deals: [
        { id: 0, name: 'General' },
        { id: 4, name: 'Wholesale' },
      ],
      processes: [{ entityTypeId: 1032, title: 'Projects', funnels: [{ id: 11, name: 'Main' }] }],
    });
  });
});

describe('one layout for many pipelines', () => {
  it('reads and writes each pipeline in one batch, with a result per pipeline', async () => {
    const cards = [
      { entity: 'deal', categoryId: 0 },
      { entity: 'deal', categoryId: 4 },
    ] as const;
    const { client, fetch } = testClient(
      script(
        batchOk({ result: { c_deal_0: [main], c_deal_4: null } }),
        batchOk({
          result: { c_deal_0: true },
          result_error: { c_deal_4: { error: '', error_description: 'Access denied.' } },
        }),
      ),
    );
    const read = await readCardLayouts(client, { scope: 'C', userId: null }, cards);
    expect(read.map((r) => (r.ok ? (r.value === null ? 'default' : 'stored') : 'refused'))).toEqual([
      'stored',
      'default',
    ]);
    const layout = { sections: [{ id: 'main', name: 'main', title: 'Main', elements: [] }] };
    const written = await applyToCards(client, layout, { scope: 'C', userId: null }, cards);
    expect(written.map((w) => w.ok)).toEqual([true, false]);
    expect(fetch.requests[1]?.body).toContain('crm.item.details.configuration.set');
    expect(fetch.requests[1]?.body).toContain('dealCategoryId');
  });
});
