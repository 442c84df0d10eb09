import { describe, expect, it } from 'vitest';
import { aLayout } from '../../testing/builders';
import { NO_REFERENCES } from './references';
import { aForm, catalogFor, REFS } from './testFixtures';
import { validateLead } from './validateLead';
import type { LeadForm } from './leadForm';

const catalog = catalogFor('simple');
const layout = aLayout()
  .section('main', [
    'TITLE',
    'STATUS_ID',
    'OPPORTUNITY_WITH_CURRENCY',
    'PHONE',
    'EMAIL',
    'WEB',
    'CLIENT',
    'OPENED',
    'BIRTHDATE',
  ])
  .section('more', [
    'UF_CRM_BUDGET',
    'UF_CRM_SIZE',
    'UF_CRM_RATE',
    'UF_CRM_NEWS',
    'UF_CRM_CALL',
    'UF_CRM_LINK',
    'UF_CRM_REV',
    'UF_CRM_VAT',
  ])
  .build();
const check = (form: LeadForm, original: LeadForm | null = aForm({}), refs = REFS) =>
  validateLead(form, { original, layout, catalog, refs });

describe('validateLead', () => {
  it('accepts good values of every type', () => {
    const form = aForm(
      {
        STATUS_ID: 'NEW',
        OPPORTUNITY: '12.5',
        CURRENCY_ID: 'EUR',
        COMPANY_ID: '14',
        OPENED: 'N',
        BIRTHDATE: '2000-02-29',
        UF_CRM_BUDGET: '79',
        UF_CRM_SIZE: '-3',
        UF_CRM_RATE: '7.5',
        UF_CRM_NEWS: '1',
        UF_CRM_CALL: '2024-04-02T10:30',
        UF_CRM_LINK: 'linkedin.com/in/x',
        UF_CRM_REV: '100|USD',
        UF_CRM_VAT: 'DE123',
      },
      {
        lists: { CONTACT_IDS: ['31'] },
        rows: {
          PHONE: [{ key: 'a', VALUE_TYPE: 'MOBILE', VALUE: '+49 (30) 901-820' }],
          EMAIL: [{ key: 'b', VALUE_TYPE: 'WORK', VALUE: 'a@b.example' }],
          WEB: [{ key: 'c', VALUE_TYPE: 'WORK', VALUE: 'example.com' }],
        },
      },
    );
    expect(check(form)).toEqual([]);
  });

  it('names what is wrong, at the card field that shows it', () => {
    const form = aForm(
      {
        STATUS_ID: 'LOST',
        OPPORTUNITY: '12,5',
        CURRENCY_ID: 'eur',
        OPENED: 'yes',
        BIRTHDATE: '2001-02-29',
        UF_CRM_BUDGET: '1',
        UF_CRM_SIZE: '4.5',
        UF_CRM_NEWS: 'Y',
        UF_CRM_CALL: '2024-04-02T25:00',
        UF_CRM_REV: '100',
      },
      {
        lists: { CONTACT_IDS: ['abc'] },
        rows: {
          PHONE: [
            { key: 'a', VALUE_TYPE: 'WORK', VALUE: '+1 555 0100' },
            { key: 'b', VALUE_TYPE: 'WORK', VALUE: 'call me' },
          ],
          EMAIL: [
            { key: 'c', VALUE_TYPE: 'SPAM', VALUE: 'a@b.example' },
            { key: 'd', VALUE_TYPE: 'WORK', VALUE: 'anna@' },
          ],
        },
      },
    );
    expect(check(form)).toEqual([
      { field: 'STATUS_ID', message: '"LOST" is not in the portal\'s list.' },
      {
        field: 'OPPORTUNITY_WITH_CURRENCY',
        message: 'Amount: "12,5" is not a number (use a dot for decimals: 12.5).',
      },
      {
        field: 'OPPORTUNITY_WITH_CURRENCY',
        message: 'Currency: "eur" is not a currency code (three capital letters).',
      },
      {
        field: 'PHONE',
        message: 'Row 2: "call me" is not a phone number (digits, spaces and + ( ) - only).',
      },
      { field: 'EMAIL', message: 'Row 1: type "SPAM" is unknown.' },
      { field: 'EMAIL', message: 'Row 2: "anna@" is not an e-mail address.' },
      { field: 'CLIENT', message: 'Contact IDs: "abc" is not an id.' },
      { field: 'OPENED', message: '"yes" must be Y or N.' },
      { field: 'BIRTHDATE', message: '"2001-02-29" is not a date (YYYY-MM-DD).' },
      { field: 'UF_CRM_BUDGET', message: '"1" is not one of the list\'s items.' },
      { field: 'UF_CRM_SIZE', message: '"4.5" is not a whole number.' },
      { field: 'UF_CRM_NEWS', message: '"Y" must be yes (1) or no (0).' },
      { field: 'UF_CRM_CALL', message: '"2024-04-02T25:00" is not a date and time.' },
      { field: 'UF_CRM_REV', message: '"100" is not an amount with a currency.' },
    ]);
  });

  it('checks only what changed on an existing lead', () => {
    const original = aForm({ UF_CRM_SIZE: 'legacy', TITLE: 'x' });
    expect(check(aForm({ UF_CRM_SIZE: 'legacy', TITLE: 'y' }), original)).toEqual([]);
    expect(check(aForm({ UF_CRM_SIZE: 'legacy2', TITLE: 'x' }), original)).toEqual([
      { field: 'UF_CRM_SIZE', message: '"legacy2" is not a whole number.' },
    ]);
  });

  it('requires required fields on a new lead, and on an existing one only when emptied', () => {
    expect(check(aForm({}), null)).toEqual([{ field: 'UF_CRM_VAT', message: 'This field is required.' }]);
    expect(check(aForm({ UF_CRM_VAT: '' }), aForm({ UF_CRM_VAT: 'DE1' }))).toEqual([
      { field: 'UF_CRM_VAT', message: 'This field is required.' },
    ]);
  });

  it('does not check list values against a list that is not loaded', () => {
    expect(check(aForm({ STATUS_ID: 'CUSTOM' }), aForm({}), NO_REFERENCES)).toEqual([]);
  });
});
