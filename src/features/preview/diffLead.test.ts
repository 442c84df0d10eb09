import { describe, expect, it } from 'vitest';
import { aLayout } from '../../testing/builders';
import { diffLead, diffRows, fieldsForAdd } from './diffLead';
import { toForm, type LeadForm, type MultiRow } from './leadForm';
import { catalogFor, PORTAL_FIELDS } from './testFixtures';

const catalog = catalogFor('simple');
const layout = aLayout()
  .section('main', ['TITLE', 'STATUS_ID', 'OPPORTUNITY_WITH_CURRENCY', 'PHONE', 'EMAIL', 'ADDRESS', 'CLIENT'])
  .section('more', ['UF_CRM_BUDGET', 'UF_CRM_INTERESTS', 'BIRTHDATE', 'UF_CRM_CALL', 'COMMENTS', 'ID', 'UTM'])
  .build();

const original = toForm(
  {
    ID: '1590',
    TITLE: 'Website inquiry',
    STATUS_ID: 'NEW',
    OPPORTUNITY: '12500.00',
    CURRENCY_ID: 'EUR',
    NAME: 'Anna',
    COMMENTS: '<p>Call back</p>',
    BIRTHDATE: '1984-09-17T00:00:00+02:00',
    UF_CRM_CALL: '2024-04-02T10:30:00+02:00',
    ADDRESS: 'Unter den Linden 1',
    ADDRESS_CITY: 'Berlin',
    ADDRESS_COUNTRY: 'Germany',
    UF_CRM_BUDGET: '79',
    UF_CRM_INTERESTS: ['1', '2'],
    PHONE: [
      { ID: '11', VALUE_TYPE: 'WORK', VALUE: '+49 30 1', TYPE_ID: 'PHONE' },
      { ID: '12', VALUE_TYPE: 'MOBILE', VALUE: '+49 170 2', TYPE_ID: 'PHONE' },
    ],
    EMAIL: [{ ID: '13', VALUE_TYPE: 'WORK', VALUE: 'anna@x.example', TYPE_ID: 'EMAIL' }],
    UTM_SOURCE: 'google',
  },
  PORTAL_FIELDS,
);

const edit = (
  patch: Partial<{ values: Record<string, string>; lists: Record<string, string[]>; rows: LeadForm['rows'] }>,
): LeadForm => ({
  values: { ...original.values, ...patch.values },
  lists: { ...original.lists, ...patch.lists },
  rows: { ...original.rows, ...patch.rows },
});

describe('diffLead', () => {
  it('sends nothing for an untouched lead, even after the form normalised dates and html', () => {
    expect(diffLead(original, original, layout, catalog)).toEqual({});
    expect(diffLead(original, edit({ values: { OPPORTUNITY: '12500' } }), layout, catalog)).toEqual({});
  });

  it('sends only what changed', () => {
    const edited = edit({ values: { STATUS_ID: 'IN_PROCESS', TITLE: ' New title ', UF_CRM_BUDGET: '80' } });
    expect(diffLead(original, edited, layout, catalog)).toEqual({
      TITLE: 'New title',
      STATUS_ID: 'IN_PROCESS',
      UF_CRM_BUDGET: '80',
    });
  });

  it('sends one part of the amount without the other', () => {
    expect(diffLead(original, edit({ values: { CURRENCY_ID: 'USD' } }), layout, catalog)).toEqual({
      CURRENCY_ID: 'USD',
    });
  });

  it('sends the whole address when one part changed', () => {
    expect(diffLead(original, edit({ values: { ADDRESS_CITY: 'Potsdam' } }), layout, catalog)).toEqual({
      ADDRESS: 'Unter den Linden 1',
      ADDRESS_2: '',
      ADDRESS_CITY: 'Potsdam',
      ADDRESS_POSTAL_CODE: '',
      ADDRESS_REGION: '',
      ADDRESS_PROVINCE: '',
      ADDRESS_COUNTRY: 'Germany',
      ADDRESS_COUNTRY_CODE: '',
    });
  });

  it('adds, edits and deletes multifield rows in the ID/DELETE form', () => {
    const phones: MultiRow[] = [
      { key: 'a', ID: '11', VALUE_TYPE: 'WORK', VALUE: '+49 30 99' },
      { key: 'n', VALUE_TYPE: 'HOME', VALUE: ' +49 40 3 ' },
      { key: 'e', VALUE_TYPE: 'HOME', VALUE: '' },
    ];
    const edited = edit({
      rows: { PHONE: phones, EMAIL: [{ key: 'm', ID: '13', VALUE_TYPE: 'HOME', VALUE: 'anna@x.example' }] },
    });
    expect(diffLead(original, edited, layout, catalog)).toEqual({
      PHONE: [
        { ID: '11', VALUE: '+49 30 99', VALUE_TYPE: 'WORK' },
        { ID: '12', DELETE: 'Y' },
        { VALUE: '+49 40 3', VALUE_TYPE: 'HOME' },
      ],
      EMAIL: [{ ID: '13', VALUE: 'anna@x.example', VALUE_TYPE: 'HOME' }],
    });
  });

  it('deletes a row whose value was emptied', () => {
    expect(
      diffRows(
        [{ key: 'a', ID: '5', VALUE_TYPE: 'WORK', VALUE: 'x' }],
        [{ key: 'a', ID: '5', VALUE_TYPE: 'WORK', VALUE: ' ' }],
      ),
    ).toEqual([{ ID: '5', DELETE: 'Y' }]);
    expect(diffRows([], [])).toBeNull();
  });

  it('sends a changed list whole and a cleared list as ""', () => {
    expect(diffLead(original, edit({ lists: { UF_CRM_INTERESTS: ['2', '3'] } }), layout, catalog)).toEqual({
      UF_CRM_INTERESTS: ['2', '3'],
    });
    expect(diffLead(original, edit({ lists: { UF_CRM_INTERESTS: [] } }), layout, catalog)).toEqual({
      UF_CRM_INTERESTS: '',
    });
  });

  it('binds a company through CLIENT', () => {
    expect(
      diffLead(
        original,
        edit({ values: { COMPANY_ID: '14' }, lists: { CONTACT_IDS: ['31'] } }),
        layout,
        catalog,
      ),
    ).toEqual({
      COMPANY_ID: '14',
      CONTACT_IDS: ['31'],
    });
  });

  it('never sends read-only fields, fields not on the card, or card-only read-only composites', () => {
    const edited = edit({
      values: { ID: '1', NAME: 'Anne', UTM_SOURCE: 'bing', DATE_CREATE: '2020-01-01T00:00' },
    });
    expect(diffLead(original, edited, layout, catalog)).toEqual({});
  });

  it('sends dates and date-times in the form the inputs hold', () => {
    const edited = edit({
      values: { BIRTHDATE: '1985-01-02', UF_CRM_CALL: '2024-04-03T09:00', COMMENTS: 'Call back\nsoon' },
    });
    expect(diffLead(original, edited, layout, catalog)).toEqual({
      BIRTHDATE: '1985-01-02',
      UF_CRM_CALL: '2024-04-03T09:00',
      COMMENTS: 'Call back\nsoon',
    });
  });
});

describe('fieldsForAdd', () => {
  it('sends every filled writable value of the card, rows as new rows', () => {
    expect(
      fieldsForAdd(original, aLayout().section('main', ['TITLE', 'PHONE', 'ID', 'POST']).build(), catalog),
    ).toEqual({
      TITLE: 'Website inquiry',
      PHONE: [
        { VALUE: '+49 30 1', VALUE_TYPE: 'WORK' },
        { VALUE: '+49 170 2', VALUE_TYPE: 'MOBILE' },
      ],
    });
  });
});
