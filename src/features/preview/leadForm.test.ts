import { describe, expect, it } from 'vitest';
import { htmlToText } from './htmlText';
import { toForm } from './leadForm';
import { PORTAL_FIELDS } from './testFixtures';

describe('toForm', () => {
  it('turns a crm.lead.get answer into input values', () => {
    const form = toForm(
      {
        ID: '1590',
        TITLE: 'Inquiry',
        POST: null,
        BIRTHDATE: '1984-09-17T00:00:00+02:00',
        DATE_CREATE: '2024-03-04T09:00:00+02:00',
        UF_CRM_CALL: '',
        UF_CRM_NEWS: '0',
        UF_CRM_INTERESTS: false,
        UF_CRM_TAGS: ['a', 'b'],
        UF_CRM_DOC: { id: 3 },
        COMMENTS: 'a<br/>b',
        CONTACT_ID: '31',
        PHONE: [{ ID: '11', VALUE_TYPE: 'WORK', VALUE: '+1', TYPE_ID: 'PHONE' }],
      },
      PORTAL_FIELDS,
    );
    expect(form.values).toEqual({
      ID: '1590',
      TITLE: 'Inquiry',
      POST: '',
      BIRTHDATE: '1984-09-17',
      DATE_CREATE: '2024-03-04T09:00',
      UF_CRM_CALL: '',
      UF_CRM_NEWS: '0',
      UF_CRM_DOC: '{"id":3}',
      COMMENTS: 'a\nb',
      CONTACT_ID: '31',
    });
    expect(form.lists).toEqual({ UF_CRM_INTERESTS: [], UF_CRM_TAGS: ['a', 'b'], CONTACT_IDS: ['31'] });
    expect(form.rows.PHONE).toEqual([{ key: 'id11', ID: '11', VALUE_TYPE: 'WORK', VALUE: '+1' }]);
    expect(form.rows.EMAIL).toEqual([]);
  });

  it('keeps CONTACT_IDS when the portal sends it', () => {
    expect(
      toForm({ ID: '1', CONTACT_IDS: ['4', '5'], CONTACT_ID: '4' }, PORTAL_FIELDS).lists['CONTACT_IDS'],
    ).toEqual(['4', '5']);
    expect(toForm({ ID: '1', CONTACT_ID: '0' }, PORTAL_FIELDS).lists['CONTACT_IDS']).toEqual([]);
  });
});

describe('htmlToText', () => {
  it('keeps the words, drops the markup, decodes entities once', () => {
    expect(htmlToText('<div>Hello&nbsp;<i>there</i></div><div>&amp;lt;b&amp;gt; &#8364;5 &#x41;</div>')).toBe(
      'Hello there\n&lt;b&gt; €5 A',
    );
    expect(htmlToText('<img src=x onerror=alert(1)>plain')).toBe('plain');
  });
});
