import { describe, expect, it } from 'vitest';
import type { CardCatalog } from '../../../api/methods/cardCatalog';
import { otherPipelinesOf } from './usePipelinesApply';

const catalog: CardCatalog = {
  deals: [
    { id: 0, name: 'General' },
    { id: 4, name: 'Wholesale' },
    { id: 9, name: 'Partners' },
  ],
  processes: [
    {
      entityTypeId: 1032,
      title: 'Projects',
      funnels: [
        { id: 11, name: 'Main' },
        { id: 12, name: 'Internal' },
      ],
    },
  ],
};

describe('the pipelines a card is copied to', () => {
  it('are the other pipelines of deals, in the portal order', () => {
    expect(otherPipelinesOf({ entity: 'deal', categoryId: 4 }, catalog)).toEqual([
      { entity: 'deal', categoryId: 0 },
      { entity: 'deal', categoryId: 9 },
    ]);
  });

  it('are the other funnels of the same smart process', () => {
    expect(otherPipelinesOf({ entity: 'dynamic', entityTypeId: 1032, categoryId: 12 }, catalog)).toEqual([
      { entity: 'dynamic', entityTypeId: 1032, categoryId: 11 },
    ]);
  });

  it('are none for cards without pipelines, or before the catalogue is known', () => {
    expect(otherPipelinesOf({ entity: 'contact' }, catalog)).toEqual([]);
    expect(otherPipelinesOf({ entity: 'lead', leadType: 'simple' }, catalog)).toEqual([]);
    expect(otherPipelinesOf({ entity: 'deal', categoryId: 0 }, null)).toEqual([]);
  });
});
