import { describe, expect, it } from 'vitest';
import type { UserFieldDetail } from '../../../api/schemas/userFieldEdit';
import {
  changeDraftOf,
  changeInput,
  codeProblem,
  createInput,
  createProblems,
  fullFieldName,
  type CreateDraft,
} from './userFieldForm';

const draft = (over: Partial<CreateDraft> = {}): CreateDraft => ({
  type: 'string',
  code: '',
  labelEn: 'Delivery slot',
  labelRu: 'Окно доставки',
  required: false,
  multiple: false,
  items: [],
  crmTypes: [],
  ...over,
});

describe('the UF_CRM_ name', () => {
  it('is made from the time when no code is typed, and prefixed as the portal does', () => {
    expect(fullFieldName('', 1_712_345_678_900)).toBe('UF_CRM_1712345678');
    expect(fullFieldName('delivery', 0)).toBe('UF_CRM_DELIVERY');
    expect(fullFieldName('UF_SLOT', 0)).toBe('UF_CRM_SLOT');
    expect(fullFieldName('uf_crm_slot', 0)).toBe('UF_CRM_SLOT');
  });

  it('is refused before sending when the portal would refuse it', () => {
    expect(codeProblem('окно')).toBe('codeInvalid');
    expect(codeProblem('with-dash')).toBe('codeInvalid');
    expect(codeProblem('A'.repeat(44))).toBe('codeTooLong');
    expect(codeProblem('A'.repeat(43))).toBeNull();
  });
});

describe('creating a field', () => {
  it('sends both labels to every label key, LABEL for the other languages, and the flags', () => {
    expect(createInput(draft({ required: true, multiple: true }), 0)).toEqual({
      FIELD_NAME: 'UF_CRM_0',
      USER_TYPE_ID: 'string',
      LABEL: 'Delivery slot',
      EDIT_FORM_LABEL: { en: 'Delivery slot', ru: 'Окно доставки' },
      LIST_COLUMN_LABEL: { en: 'Delivery slot', ru: 'Окно доставки' },
      LIST_FILTER_LABEL: { en: 'Delivery slot', ru: 'Окно доставки' },
      MANDATORY: 'Y',
      MULTIPLE: 'Y',
      SHOW_FILTER: 'Y',
    });
  });

  it('a list sends its filled items; a yes/no field is never multiple; a CRM link its entity types', () => {
    const list = createInput(
      draft({
        type: 'enumeration',
        items: [
          { key: 'a', value: ' Morning ' },
          { key: 'b', value: '' },
          { key: 'c', value: 'Evening', removed: true },
        ],
      }),
      0,
    );
    expect(list.LIST).toEqual([{ VALUE: 'Morning' }]);
    expect(createInput(draft({ type: 'boolean', multiple: true }), 0).MULTIPLE).toBe('N');
    expect(createInput(draft({ type: 'crm', crmTypes: ['DEAL', 'LEAD'] }), 0).SETTINGS).toEqual({
      LEAD: 'Y',
      CONTACT: 'N',
      COMPANY: 'N',
      DEAL: 'Y',
    });
  });

  it('a label in one language only serves both', () => {
    expect(createInput(draft({ labelRu: ' ' }), 0).EDIT_FORM_LABEL).toEqual({
      en: 'Delivery slot',
      ru: 'Delivery slot',
    });
  });

  it('names what is missing', () => {
    expect(createProblems(draft({ labelEn: '', labelRu: '', type: 'enumeration', code: 'x-y' }))).toEqual([
      'labelMissing',
      'noItems',
      'codeInvalid',
    ]);
    expect(createProblems(draft({ type: 'crm' }))).toEqual(['noCrmType']);
    expect(createProblems(draft())).toEqual([]);
  });
});

describe('changing a field', () => {
  const stored: UserFieldDetail = {
    ID: '7',
    ENTITY_ID: 'CRM_LEAD',
    FIELD_NAME: 'UF_CRM_BUDGET_BAND',
    USER_TYPE_ID: 'enumeration',
    SORT: '100',
    MULTIPLE: 'N',
    MANDATORY: 'N',
    EDIT_FORM_LABEL: { en: 'Budget band', ru: 'Бюджет', de: 'Budgetrahmen' },
    LIST_COLUMN_LABEL: { en: 'Budget band', ru: 'Бюджет', de: 'Budgetrahmen' },
    LIST: [
      { ID: '1', VALUE: 'Small' },
      { ID: '2', VALUE: 'Large' },
      { ID: '3', VALUE: 'Huge' },
    ],
  };

  it('keeps the languages it does not edit and sends only the items that changed', () => {
    const d = changeDraftOf(stored);
    expect(d).toMatchObject({ labelEn: 'Budget band', labelRu: 'Бюджет', required: false });
    const items = [
      { ...d.items[0]!, value: 'Smallish' },
      d.items[1]!,
      { ...d.items[2]!, removed: true },
      { key: 'new', value: 'Enormous' },
    ];
    expect(changeInput(stored, { ...d, labelEn: 'Budget', required: true, items })).toEqual({
      EDIT_FORM_LABEL: { en: 'Budget', ru: 'Бюджет', de: 'Budgetrahmen' },
      LIST_COLUMN_LABEL: { en: 'Budget', ru: 'Бюджет', de: 'Budgetrahmen' },
      LIST_FILTER_LABEL: { en: 'Budget', ru: 'Бюджет' },
      MANDATORY: 'Y',
      LIST: [{ ID: '1', VALUE: 'Smallish' }, { ID: '3', DEL: 'Y' }, { VALUE: 'Enormous' }],
    });
  });

  it('sends no LIST when no item changed', () => {
    expect(changeInput(stored, changeDraftOf(stored)).LIST).toBeUndefined();
  });
});
