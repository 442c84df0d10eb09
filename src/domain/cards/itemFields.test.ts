import { describe, expect, it } from 'vitest';
import { cardFieldsOf } from '.';
import { byUpperName } from './itemFields';

// The shape of a `crm.item.fields` entry (dev.1c-bitrix.ru rest_help crm_item_fields: `currencyId`
// with `upperName: CURRENCY_ID`).
const entry = (type: string, title: string, upperName?: string) => ({
  type,
  isRequired: false,
  isReadOnly: false,
  isImmutable: false,
  isMultiple: false,
  isDynamic: false,
  title,
  ...(upperName ? { upperName } : {}),
});

describe('byUpperName', () => {
  it('keys crm.item.fields by upperName in the portal order, so the card finds its fields', () => {
    const fields = byUpperName({
      title: entry('string', 'Name', 'TITLE'),
      currencyId: entry('crm_currency', 'Currency', 'CURRENCY_ID'),
      opportunity: entry('double', 'Amount', 'OPPORTUNITY'),
      ufCrm5Region: { ...entry('string', 'UF_CRM_5_REGION', 'UF_CRM_5_REGION'), formLabel: 'Region' },
      odd: entry('string', 'Odd'),
    });
    expect(Object.keys(fields)).toEqual(['TITLE', 'CURRENCY_ID', 'OPPORTUNITY', 'UF_CRM_5_REGION', 'odd']);
    const card = cardFieldsOf({ entity: 'dynamic', entityTypeId: 1040, categoryId: 0 }, fields);
    expect(card.map((f) => [f.code, f.label])).toEqual([
      ['TITLE', 'Name'],
      ['odd', 'Odd'],
      ['OPPORTUNITY_WITH_CURRENCY', 'Amount and currency'],
      ['PRODUCT_ROW_SUMMARY', 'Products'],
      ['UF_CRM_5_REGION', 'Region'],
    ]);
  });
});
