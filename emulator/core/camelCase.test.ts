import { describe, expect, it } from 'vitest';
import { toCamel, toUpperSnake, upperFilterKeys } from './camelCase';

// Pairs as the portal prints them in docs crm-item-get.md and crm-item-fields.md.
const PAIRS: [string, string][] = [
  ['ASSIGNED_BY_ID', 'assignedById'],
  ['PARENT_ID_1222', 'parentId1222'],
  ['BEGINDATE', 'begindate'],
  ['IS_MANUAL_OPPORTUNITY', 'isManualOpportunity'],
  ['UF_CRM_1720019876534', 'ufCrm_1720019876534'],
  ['UF_CRM_44_1721812760630', 'ufCrm44_1721812760630'],
  ['ID', 'id'],
];

describe('camelCase names of crm.item.*', () => {
  it.each(PAIRS)('%s ⇄ %s', (upper, camel) => {
    expect(toCamel(upper)).toBe(camel);
    expect(toUpperSnake(camel)).toBe(upper);
  });

  it('filter keys keep their operator prefix; known names win over the guess', () => {
    const known = new Map([['ufCrm_DELIVERY_DATE', 'UF_CRM_DELIVERY_DATE']]);
    expect(
      upperFilterKeys({ '>=opportunity': 5, '!@stageId': ['A'], ufCrm_DELIVERY_DATE: '' }, known),
    ).toEqual({
      '>=OPPORTUNITY': 5,
      '!@STAGE_ID': ['A'],
      UF_CRM_DELIVERY_DATE: '',
    });
  });
});
