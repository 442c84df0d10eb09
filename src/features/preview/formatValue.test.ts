import { describe, expect, it } from 'vitest';
import { formatDate, safeHref } from './formatters';
import { formatValue, type FormatContext } from './formatValue';
import { toForm, type LeadForm } from './leadForm';
import { aForm, catalogFor, PORTAL_FIELDS, REFS } from './testFixtures';

const catalog = catalogFor('simple');
const ctx: FormatContext = { locale: 'en-US', fields: PORTAL_FIELDS, refs: REFS };
const field = (code: string) => {
  const f = catalog.byCode.get(code);
  if (!f) throw new Error(`no card field ${code}`);
  return f;
};
const show = (code: string, form: LeadForm) => formatValue(field(code), form, ctx);
const lead = (raw: Record<string, unknown>) => toForm({ ID: '7', ...raw }, PORTAL_FIELDS);

describe('formatValue', () => {
  it('prints text fields as they are and hides empty ones', () => {
    expect(show('TITLE', aForm({ TITLE: 'Website inquiry' }))).toEqual({
      type: 'text',
      text: 'Website inquiry',
    });
    expect(show('TITLE', aForm({ TITLE: '   ' }))).toBeNull();
    expect(show('POST', aForm({}))).toBeNull();
  });

  it('prints statuses, sources and honorifics by name, stages with their colour', () => {
    expect(show('STATUS_ID', aForm({ STATUS_ID: 'IN_PROCESS' }))).toEqual({
      type: 'text',
      text: 'In progress',
      color: '#55D0E0',
    });
    expect(show('SOURCE_ID', aForm({ SOURCE_ID: 'WEB' }))).toEqual({ type: 'text', text: 'Website' });
    expect(show('HONORIFIC', aForm({ HONORIFIC: 'HNR_EN_3' }))).toEqual({ type: 'text', text: 'Ms.' });
    expect(show('UF_CRM_SRC', aForm({ UF_CRM_SRC: 'CALL' }))).toEqual({ type: 'text', text: 'Call' });
    // an id the portal's list does not know is shown as sent
    expect(show('SOURCE_ID', aForm({ SOURCE_ID: 'PARTNER_X' }))).toEqual({ type: 'text', text: 'PARTNER_X' });
  });

  it('prints the amount with its currency in the locale, and hides a zero amount', () => {
    expect(show('OPPORTUNITY_WITH_CURRENCY', lead({ OPPORTUNITY: '12500.00', CURRENCY_ID: 'EUR' }))).toEqual({
      type: 'text',
      text: '€12,500.00',
    });
    expect(show('OPPORTUNITY_WITH_CURRENCY', lead({ OPPORTUNITY: '0.00', CURRENCY_ID: 'USD' }))).toBeNull();
    const ru = formatValue(
      field('OPPORTUNITY_WITH_CURRENCY'),
      lead({ OPPORTUNITY: '1500', CURRENCY_ID: 'RUB' }),
      {
        ...ctx,
        locale: 'ru-RU',
      },
    );
    // Intl separates groups and the sign with no-break spaces
    expect(ru?.type === 'text' && ru.text.replace(/[\u00a0\u202f]/g, ' ')).toBe('1 500,00 ₽');
    expect(show('OPPORTUNITY_WITH_CURRENCY', lead({ OPPORTUNITY: '10', CURRENCY_ID: 'XBONUS' }))).toEqual({
      type: 'text',
      text: '10 XBONUS',
    });
  });

  it('prints the client from its company and contacts', () => {
    expect(show('CLIENT', lead({ COMPANY_ID: '14', CONTACT_ID: '31' }))).toEqual({
      type: 'list',
      items: [
        { label: 'Company', text: 'Company #14' },
        { label: 'Contact', text: 'Contact #31' },
      ],
    });
    expect(show('CLIENT', lead({ COMPANY_ID: null, CONTACT_ID: null }))).toBeNull();
  });

  it('joins the address parts the card shows', () => {
    const form = lead({
      ADDRESS: '221 Baker Street',
      ADDRESS_CITY: 'London',
      ADDRESS_COUNTRY: 'United Kingdom',
      ADDRESS_2: null,
    });
    expect(show('ADDRESS', form)).toEqual({ type: 'text', text: '221 Baker Street, London, United Kingdom' });
    expect(show('ADDRESS', lead({ ADDRESS_COUNTRY_CODE: '' }))).toBeNull();
  });

  it('prints multifields as typed lists with safe links', () => {
    const form = lead({
      PHONE: [
        { ID: '1', VALUE_TYPE: 'MOBILE', VALUE: '+49 170 555', TYPE_ID: 'PHONE' },
        { ID: '2', VALUE_TYPE: 'WORK', VALUE: '+49 30 1', TYPE_ID: 'PHONE' },
      ],
      EMAIL: [{ ID: '3', VALUE_TYPE: 'HOME', VALUE: 'a@b.example', TYPE_ID: 'EMAIL' }],
      WEB: [{ ID: '4', VALUE_TYPE: 'WORK', VALUE: 'javascript:alert(1)', TYPE_ID: 'WEB' }],
      IM: [{ ID: '5', VALUE_TYPE: 'OPENLINE', VALUE: 'imol|livechat|1|67|21', TYPE_ID: 'IM' }],
    });
    expect(show('PHONE', form)).toEqual({
      type: 'list',
      items: [
        { label: 'Mobile', text: '+49 170 555', href: 'tel:+49170555' },
        { label: 'Work', text: '+49 30 1', href: 'tel:+49301' },
      ],
    });
    expect(show('EMAIL', form)).toEqual({
      type: 'list',
      items: [{ label: 'Personal', text: 'a@b.example', href: 'mailto:a@b.example' }],
    });
    expect(show('WEB', form)).toEqual({
      type: 'list',
      items: [{ label: 'Corporate', text: 'javascript:alert(1)' }],
    });
    expect(show('IM', form)).toEqual({
      type: 'list',
      items: [{ label: 'Open Channel', text: 'Open Channel chat' }],
    });
    expect(show('LINK', form)).toBeNull();
  });

  it('prints users by name and unknown users by id', () => {
    expect(show('ASSIGNED_BY_ID', aForm({ ASSIGNED_BY_ID: '4' }))).toEqual({
      type: 'text',
      text: 'Anna Schmidt',
    });
    expect(show('UF_CRM_MANAGER', aForm({ UF_CRM_MANAGER: '99' }))).toEqual({
      type: 'text',
      text: 'User #99',
    });
    expect(show('OBSERVER', aForm({}, { lists: { OBSERVER_IDS: ['1', '4'] } }))).toEqual({
      type: 'list',
      items: [{ text: 'Demo Admin' }, { text: 'Anna Schmidt' }],
    });
  });

  it('prints enumerations by item label, single and multiple', () => {
    expect(show('UF_CRM_BUDGET', lead({ UF_CRM_BUDGET: '80' }))).toEqual({
      type: 'text',
      text: 'Over $50,000',
    });
    expect(show('UF_CRM_BUDGET', lead({ UF_CRM_BUDGET: '' }))).toBeNull();
    expect(show('UF_CRM_INTERESTS', lead({ UF_CRM_INTERESTS: ['1', '3'] }))).toEqual({
      type: 'list',
      items: [{ text: 'CRM' }, { text: 'Training' }],
    });
    expect(show('UF_CRM_INTERESTS', lead({ UF_CRM_INTERESTS: false }))).toBeNull();
  });

  it('prints booleans as Yes/No: a "no" is a value', () => {
    expect(show('OPENED', lead({ OPENED: 'Y' }))).toEqual({ type: 'text', text: 'Yes' });
    expect(show('OPENED', lead({ OPENED: 'N' }))).toEqual({ type: 'text', text: 'No' });
    expect(show('UF_CRM_NEWS', lead({ UF_CRM_NEWS: '1' }))).toEqual({ type: 'text', text: 'Yes' });
    expect(show('UF_CRM_NEWS', lead({ UF_CRM_NEWS: '0' }))).toEqual({ type: 'text', text: 'No' });
  });

  it('prints dates in the locale without shifting the day, date-times in the portal wall time', () => {
    const form = lead({
      BIRTHDATE: '1984-09-17T00:00:00+02:00',
      UF_CRM_DEMO: '2024-03-28T00:00:00-10:00',
      UF_CRM_CALL: '2024-04-02T10:30:00+02:00',
      DATE_CREATE: '2024-03-04T09:00:00+02:00',
    });
    expect(show('BIRTHDATE', form)).toEqual({ type: 'text', text: 'September 17, 1984' });
    expect(show('UF_CRM_DEMO', form)).toEqual({ type: 'text', text: 'March 28, 2024' });
    expect(show('UF_CRM_CALL', form)).toEqual({ type: 'text', text: 'April 2, 2024 at 10:30 AM' });
    expect(show('DATE_CREATE', form)).toEqual({ type: 'text', text: 'March 4, 2024 at 9:00 AM' });
    expect(formatDate('2024-03-28', 'de-DE')).toBe('28. März 2024');
    expect(show('BIRTHDATE', lead({ BIRTHDATE: '' }))).toBeNull();
  });

  it('prints numbers in the locale with the field precision, ids plainly', () => {
    expect(show('UF_CRM_SIZE', lead({ UF_CRM_SIZE: '1200' }))).toEqual({ type: 'text', text: '1,200' });
    expect(show('UF_CRM_RATE', lead({ UF_CRM_RATE: '7.25' }))).toEqual({ type: 'text', text: '7.3' });
    expect(show('ID', lead({ ID: '1590' }))).toEqual({ type: 'text', text: '1590' });
  });

  it('prints money, address, url, crm and file user fields from their portal forms', () => {
    expect(show('UF_CRM_REV', lead({ UF_CRM_REV: '48000|EUR' }))).toEqual({
      type: 'text',
      text: '€48,000.00',
    });
    expect(show('UF_CRM_OFFICE', lead({ UF_CRM_OFFICE: 'Sheikh Zayed Rd 12, Dubai|25.2;55.2' }))).toEqual({
      type: 'text',
      text: 'Sheikh Zayed Rd 12, Dubai',
    });
    expect(show('UF_CRM_LINK', lead({ UF_CRM_LINK: 'https://www.linkedin.com/in/x' }))).toEqual({
      type: 'link',
      text: 'https://www.linkedin.com/in/x',
      href: 'https://www.linkedin.com/in/x',
    });
    expect(show('UF_CRM_DEAL', lead({ UF_CRM_DEAL: 'D_118' }))).toEqual({ type: 'text', text: 'Deal #118' });
    expect(show('UF_CRM_DOC', lead({ UF_CRM_DOC: { id: 12, showUrl: '/x' } }))).toEqual({
      type: 'text',
      text: 'File #12',
    });
    expect(show('UF_CRM_TAGS', lead({ UF_CRM_TAGS: ['print', 'referral'] }))).toEqual({
      type: 'list',
      items: [{ text: 'print' }, { text: 'referral' }],
    });
  });

  it('prints the comment as plain text with the tags stripped', () => {
    const form = lead({ COMMENTS: '<p>Call <b>back</b> &amp; send<br>the offer</p><script>x()</script>' });
    expect(show('COMMENTS', form)).toEqual({ type: 'text', text: 'Call back & send\nthe offer\nx()' });
  });

  it('prints UTM parameters as a labelled list; the product summary has no lead data', () => {
    expect(show('UTM', lead({ UTM_SOURCE: 'google', UTM_MEDIUM: 'cpc', UTM_TERM: null }))).toEqual({
      type: 'list',
      items: [
        { label: 'Source', text: 'google' },
        { label: 'Medium', text: 'cpc' },
      ],
    });
    expect(show('PRODUCT_ROW_SUMMARY', lead({}))).toBeNull();
  });
});

describe('safeHref', () => {
  it('allows only web links', () => {
    expect(safeHref('example.com')).toBe('https://example.com/');
    expect(safeHref('http://x.example/a')).toBe('http://x.example/a');
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('two words')).toBeUndefined();
  });
});
