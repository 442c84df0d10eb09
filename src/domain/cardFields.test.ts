import { describe, expect, it } from 'vitest';
import { REPEAT_LEADS, SIMPLE_LEADS } from './cardType';
import { aField, aPortalFields, portalFieldsOf } from '../testing/builders';
import { fieldCodes } from '../testing/fieldCodes';
import { isContactField, type CardField } from './cardFields';
import { cardFieldsOf, defaultLayoutOf } from './cards';

const byCode = (fields: readonly CardField[]) => new Map(fields.map((f) => [f.code, f]));

const COMMON = fieldCodes(
  'ID DATE_CREATE DATE_MODIFY TITLE STATUS_ID STATUS_DESCRIPTION OPPORTUNITY_WITH_CURRENCY SOURCE_ID SOURCE_DESCRIPTION ASSIGNED_BY_ID OBSERVER OPENED COMMENTS PRODUCT_ROW_SUMMARY CLIENT UTM',
);
const CONTACT = fieldCodes(
  'HONORIFIC LAST_NAME NAME SECOND_NAME BIRTHDATE POST COMPANY_TITLE ADDRESS PHONE EMAIL WEB IM LINK',
);

describe('cardFieldsOf a lead card', () => {
  it('lists the card fields of a simple lead in the reference order, then user fields', () => {
    const fields = cardFieldsOf(
      SIMPLE_LEADS,
      aPortalFields({ UF_CRM_1: aField('UF_CRM_1').labelled('Budget') }),
    );
    expect(fields.map((f) => f.code)).toEqual([...COMMON, ...CONTACT, 'UF_CRM_1']);
  });

  it('leaves the contact fields out for a repeat lead', () => {
    const fields = cardFieldsOf(REPEAT_LEADS, aPortalFields());
    expect(fields.map((f) => f.code)).toEqual(COMMON);
    expect(fields.some((f) => isContactField(f.code))).toBe(false);
  });

  it('gives the card its own labels, not crm.lead.fields titles', () => {
    const f = byCode(cardFieldsOf(SIMPLE_LEADS, aPortalFields()));
    expect(f.get('TITLE')?.label).toBe('Lead name');
    expect(f.get('ASSIGNED_BY_ID')?.label).toBe('Responsible person');
    expect(f.get('OPENED')?.label).toBe('Available to everyone');
    expect(f.get('BIRTHDATE')?.label).toBe('Date of birth');
    expect(f.get('OPPORTUNITY_WITH_CURRENCY')?.label).toBe('Amount and currency');
    expect(f.get('UTM')?.label).toBe('UTM parameters');
  });

  it('describes kinds and composites', () => {
    const f = byCode(cardFieldsOf(SIMPLE_LEADS, {}));
    expect(f.get('OPPORTUNITY_WITH_CURRENCY')).toMatchObject({
      kind: 'money',
      composite: ['OPPORTUNITY', 'CURRENCY_ID'],
    });
    expect(f.get('CLIENT')).toMatchObject({ kind: 'client', composite: ['COMPANY_ID', 'CONTACT_IDS'] });
    expect(f.get('ADDRESS')?.composite).toContain('ADDRESS_CITY');
    expect(f.get('OBSERVER')).toMatchObject({ kind: 'users', isMultiple: true });
    expect(f.get('PHONE')).toMatchObject({ kind: 'multifield', isMultiple: true, isUserField: false });
    expect(f.get('TITLE')).not.toHaveProperty('composite');
  });

  it('marks ID, dates, UTM and the products summary read-only', () => {
    const f = byCode(cardFieldsOf(SIMPLE_LEADS, {}));
    const readOnly = [...f.values()].filter((x) => x.isReadOnly).map((x) => x.code);
    expect(readOnly).toEqual(['ID', 'DATE_CREATE', 'DATE_MODIFY', 'PRODUCT_ROW_SUMMARY', 'UTM']);
  });

  it('takes required-ness from the portal field, or from any part of a composite', () => {
    const portal = aPortalFields({
      TITLE: aField('TITLE').labelled('Lead Title').required(),
      OPPORTUNITY: aField('OPPORTUNITY').ofType('double').required(),
      SOURCE_ID: aField('SOURCE_ID').withStatusType('SOURCE').readOnly(),
    });
    const f = byCode(cardFieldsOf(SIMPLE_LEADS, portal));
    expect(f.get('TITLE')?.isRequired).toBe(true);
    expect(f.get('OPPORTUNITY_WITH_CURRENCY')?.isRequired).toBe(true);
    expect(f.get('SOURCE_ID')?.isReadOnly).toBe(true);
    expect(f.get('NAME')?.isRequired).toBe(false);
  });

  it('labels user fields by formLabel, then listLabel, then code, and sorts them by label', () => {
    const portal = portalFieldsOf(
      aField('UF_CRM_3').labelled('zeta'),
      aField('UF_CRM_1').withLabels({ listLabel: 'Alpha list', formLabel: '' }),
      aField('UF_CRM_2').withLabels({ formLabel: 'Beta form', listLabel: 'ignored' }),
      aField('UF_CRM_0'),
      aField('UF_CRM_9').labelled('Beta form'),
    );
    expect(
      cardFieldsOf(REPEAT_LEADS, portal)
        .filter((f) => f.isUserField)
        .map((f) => [f.code, f.label]),
    ).toEqual([
      ['UF_CRM_1', 'Alpha list'],
      ['UF_CRM_2', 'Beta form'],
      ['UF_CRM_9', 'Beta form'],
      ['UF_CRM_0', 'UF_CRM_0'],
      ['UF_CRM_3', 'zeta'],
    ]);
  });

  it('copies user-field flags and maps their types to kinds', () => {
    const portal = portalFieldsOf(
      aField('UF_CRM_E').withItems('A', 'B').required(),
      aField('UF_CRM_M').ofType('employee').multiple(),
      aField('UF_CRM_U').ofType('employee'),
      aField('UF_CRM_R').ofType('rest_app_type').readOnly(),
      aField('UF_CRM_S').ofType('crm_status'),
    );
    const f = byCode(cardFieldsOf(SIMPLE_LEADS, portal));
    expect(f.get('UF_CRM_E')).toEqual({
      code: 'UF_CRM_E',
      label: 'UF_CRM_E',
      kind: 'enumeration',
      isRequired: true,
      isReadOnly: false,
      isMultiple: false,
      isUserField: true,
    });
    expect(f.get('UF_CRM_M')).toMatchObject({ kind: 'users', isMultiple: true });
    expect(f.get('UF_CRM_U')?.kind).toBe('user');
    expect(f.get('UF_CRM_R')).toMatchObject({ kind: 'other', isReadOnly: true });
    expect(f.get('UF_CRM_S')?.kind).toBe('list');
  });

  it('ignores other crm.lead.fields entries (composite parts, UF of other entities)', () => {
    const portal = portalFieldsOf(aField('ADDRESS_CITY'), aField('UF_COMPANY_X'), aField('CURRENCY_ID'));
    expect(cardFieldsOf(SIMPLE_LEADS, portal).map((f) => f.code)).toEqual([...COMMON, ...CONTACT]);
  });
});

describe('isContactField', () => {
  it('is true exactly for the simple-lead-only fields', () => {
    expect(CONTACT.every(isContactField)).toBe(true);
    expect([...COMMON, 'UF_CRM_1'].some(isContactField)).toBe(false);
  });
});

describe('card labels in Russian', () => {
  it('names the card fields as a Russian-speaking portal does and keeps user-field labels as given', () => {
    const fields = aPortalFields({
      UF_CRM_BUDGET: aField('UF_CRM_BUDGET').ofType('enumeration').labelled('Бюджет'),
    });
    const ru = cardFieldsOf(SIMPLE_LEADS, fields, 'ru');
    const label = (code: string) => ru.find((f) => f.code === code)?.label;
    expect([label('TITLE'), label('STATUS_ID'), label('ASSIGNED_BY_ID'), label('UF_CRM_BUDGET')]).toEqual([
      'Название лида',
      'Стадия',
      'Ответственный',
      'Бюджет',
    ]);
    expect(defaultLayoutOf(SIMPLE_LEADS, ru, 'ru').sections.map((s) => s.title)).toEqual([
      'О лиде',
      'Дополнительно',
      'Товары',
    ]);
  });
});
