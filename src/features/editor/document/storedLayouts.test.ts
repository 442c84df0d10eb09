import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { fromPortal } from '../../../api/methods/layoutMapping';
import { batchOk, script, testClient } from '../../../api/testing/fakeFetch';
import type { DocumentKey } from '../../../store/documentKey';
import { layoutPairQuery, storedLayouts } from './storedLayouts';

const SIMPLE: DocumentKey = { scope: 'C', userId: null, card: { entity: 'lead', leadType: 'simple' } };
const REPEAT: DocumentKey = { ...SIMPLE, card: { entity: 'lead', leadType: 'repeat' } };
const DEAL: DocumentKey = { scope: 'P', userId: 3, card: { entity: 'deal', categoryId: 2 } };
const SECTION = { type: 'section', name: 'main', title: 'Main', elements: [{ name: 'TITLE' }] };

const setUp = (...replies: Parameters<typeof script>) => {
  const { client, fetch } = testClient(script(...replies));
  return { client, fetch, layouts: storedLayouts(client, new QueryClient()) };
};

describe('the stored layouts the editor knows', () => {
  it('reads a lead family in one request: both lead types come together, keyed by the family', async () => {
    const { client, fetch, layouts } = setUp(batchOk({ result: { simple: [SECTION], repeat: null } }));
    expect(await layouts.fetch(SIMPLE)).toEqual(fromPortal([SECTION]));
    // the repeat card came along: no second request
    expect(await layouts.fetch(REPEAT)).toBeNull();
    expect(fetch.requests).toHaveLength(1);
    expect(layoutPairQuery(client, { scope: 'C', userId: null }, SIMPLE.card).queryKey).toEqual([
      'portal',
      client.id,
      'layoutPair',
      'C',
      'lead',
    ]);
    expect(layoutPairQuery(client, { scope: 'P', userId: 3 }, DEAL.card).queryKey.slice(2)).toEqual([
      'layoutPair',
      'P:3',
      'deal:2',
    ]);
  });

  it("a write's answer is what the next read finds, without asking the portal", async () => {
    const { fetch, layouts } = setUp(batchOk({ result: { simple: null, repeat: [SECTION] } }));
    expect(layouts.peek(SIMPLE)).toBeUndefined();
    await layouts.fetch(SIMPLE);
    const saved = fromPortal([{ ...SECTION, title: 'Saved' }]);
    layouts.stored(SIMPLE, saved);
    expect(await layouts.fetch(SIMPLE)).toEqual(saved);
    // the other card of the family is left as it was
    expect(layouts.peek(REPEAT)).toEqual(fromPortal([SECTION]));
    layouts.stored(REPEAT, null);
    expect(layouts.peek(REPEAT)).toBeNull();
    expect(fetch.requests).toHaveLength(1);
  });

  it('a layout written elsewhere is read again; force common reads every family again', async () => {
    const { fetch, layouts } = setUp(
      batchOk({ result: { 'deal:2': null } }),
      batchOk({ result: { 'deal:2': [SECTION] } }),
      batchOk({ result: { 'deal:2': null } }),
    );
    expect(await layouts.fetch(DEAL)).toBeNull();
    layouts.stale(DEAL);
    expect(await layouts.fetch(DEAL)).toEqual(fromPortal([SECTION]));
    await layouts.staleAll();
    expect(await layouts.fetch(DEAL)).toBeNull();
    expect(fetch.requests).toHaveLength(3);
  });

  it('the opening request primes a whole family', async () => {
    const { fetch, layouts } = setUp();
    layouts.primed({ scope: 'C', userId: null }, SIMPLE.card, {
      simple: null,
      repeat: fromPortal([SECTION]),
    });
    expect(await layouts.fetch(REPEAT)).toEqual(fromPortal([SECTION]));
    expect(fetch.requests).toHaveLength(0);
  });
});
