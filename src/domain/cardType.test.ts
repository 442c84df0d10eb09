import { describe, expect, it } from 'vitest';
import { cardTypeString, categoryIdOf, entityTypeIdOf, parseCardType, type CardType } from './cardType';

const CARDS: CardType[] = [
  { entity: 'lead', leadType: 'simple' },
  { entity: 'lead', leadType: 'repeat' },
  { entity: 'deal', categoryId: 0 },
  { entity: 'deal', categoryId: 7 },
  { entity: 'contact' },
  { entity: 'company' },
  { entity: 'quote' },
  { entity: 'invoice' },
  { entity: 'dynamic', entityTypeId: 1032, categoryId: 5 },
];

describe('card types', () => {
  it('read back every card from its text', () => {
    for (const card of CARDS) expect(parseCardType(cardTypeString(card))).toEqual(card);
  });

  it('keep the lead spellings drafts were saved under', () => {
    expect(cardTypeString({ entity: 'lead', leadType: 'repeat' })).toBe('repeat');
  });

  it('name the portal entity type and the pipeline', () => {
    expect(CARDS.map(entityTypeIdOf)).toEqual([1, 1, 2, 2, 3, 4, 7, 31, 1032]);
    expect(CARDS.map(categoryIdOf)).toEqual([null, null, 0, 7, null, null, null, null, 5]);
  });

  it('refuse text that names no card', () => {
    for (const text of ['', 'deal', 'deal:-1', 'dynamic:5', 'lead', 'Deal:1', 'deal:1:2'])
      expect(parseCardType(text)).toBeNull();
  });
});
