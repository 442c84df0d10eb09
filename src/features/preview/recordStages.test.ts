import { describe, expect, it } from 'vitest';
import type { LeadFields } from '../../api/schemas/fields';
import { itemFieldsAnswer } from '../../api/testing/itemFields';
import type { CardType } from '../../domain/cardType';
import { recordTitle, stageOf, withCardStages } from './recordStages';
import { aForm } from './testFixtures';

// a stage field as the portal describes one (the extra `upperName` of crm.item.fields is harmless)
const STAGE = itemFieldsAnswer({ stageId: ['STAGE_ID', { type: 'crm_status', title: 'Stage' }] }).fields[
  'stageId'
]!;

describe('stages of each card', () => {
  it('names the crm.status.list entity of the stage of every card that has one', () => {
    const none = aForm({});
    const cases: [CardType, ReturnType<typeof stageOf>][] = [
      [
        { entity: 'lead', leadType: 'repeat' },
        { key: 'STATUS_ID', entity: 'STATUS' },
      ],
      [
        { entity: 'deal', categoryId: 0 },
        { key: 'STAGE_ID', entity: 'DEAL_STAGE' },
      ],
      [
        { entity: 'deal', categoryId: 2 },
        { key: 'STAGE_ID', entity: 'DEAL_STAGE_2' },
      ],
      [{ entity: 'quote' }, { key: 'STATUS_ID', entity: 'QUOTE_STATUS' }],
      [
        { entity: 'dynamic', entityTypeId: 1030, categoryId: 3 },
        { key: 'STAGE_ID', entity: 'DYNAMIC_1030_STAGE_3' },
      ],
      [{ entity: 'contact' }, null],
      [{ entity: 'company' }, null],
    ];
    for (const [card, stage] of cases) expect(stageOf(card, none)).toEqual(stage);
    // a smart invoice's category is its own
    expect(stageOf({ entity: 'invoice' }, aForm({ CATEGORY_ID: '5' }))?.entity).toBe('SMART_INVOICE_STAGE_5');
  });

  it("gives a deal's stage field its pipeline's stages, which the portal names DEAL_STAGE for all", () => {
    const fields: LeadFields = { STAGE_ID: { ...STAGE, statusType: 'DEAL_STAGE' } };
    expect(withCardStages({ entity: 'deal', categoryId: 1 }, fields)['STAGE_ID']?.statusType).toBe(
      'DEAL_STAGE_1',
    );
    expect(withCardStages({ entity: 'deal', categoryId: 0 }, fields)).toBe(fields);
    const item: LeadFields = { STAGE_ID: STAGE };
    expect(
      withCardStages({ entity: 'dynamic', entityTypeId: 1030, categoryId: 3 }, item)['STAGE_ID']?.statusType,
    ).toBe('DYNAMIC_1030_STAGE_3');
  });

  it("titles a contact by the person's name, anything else by its title", () => {
    const form = aForm({ TITLE: 'Ignored', NAME: ' Anna ', LAST_NAME: 'Schmidt' });
    expect(recordTitle({ entity: 'contact' }, form)).toBe('Anna Schmidt');
    expect(recordTitle({ entity: 'company' }, form)).toBe('Ignored');
  });
});
