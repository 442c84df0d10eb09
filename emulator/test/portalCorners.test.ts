/**
 * The last corners where the emulator now answers as the portal's source does: unreadable dates
 * are dropped (the stored value stays), `userfield.get` carries every label per language, the XML
 * transport, `total`/`next` lifted out of an array result, and the exact JSON media type.
 */
import { describe, expect, it } from 'vitest';
import { ADMIN, ADMIN_TOKEN, dig, portalForFile } from './harness';

const portal = portalForFile({ reset: true });

async function lead(id: number): Promise<Record<string, unknown>> {
  return dig((await portal.json(`${ADMIN}crm.lead.get`, { id })).json, 'result') as Record<string, unknown>;
}

describe('crm.lead.update: a date the portal cannot read is dropped, not stored as empty', () => {
  it('keeps BIRTHDATE and a date user field as they were; "" still clears', async () => {
    const added = await portal.json(`${ADMIN}crm.lead.add`, {
      fields: { TITLE: 'Dated', BIRTHDATE: '1990-02-03', UF_CRM_DEMO_DATE: '2026-05-06' },
    });
    const id = dig(added.json, 'result') as number;
    const update = await portal.json(`${ADMIN}crm.lead.update`, {
      id,
      fields: { BIRTHDATE: 'not a date', UF_CRM_DEMO_DATE: 'soon', UF_CRM_NEXT_CALL: 'later', TITLE: 'Kept' },
    });
    expect(update.json).toMatchObject({ result: true });
    expect(await lead(id)).toMatchObject({
      TITLE: 'Kept',
      BIRTHDATE: '1990-02-03T00:00:00+02:00',
      UF_CRM_DEMO_DATE: '2026-05-06T00:00:00+02:00',
      UF_CRM_NEXT_CALL: '',
    });
    await portal.json(`${ADMIN}crm.lead.update`, { id, fields: { BIRTHDATE: '' } });
    expect((await lead(id))['BIRTHDATE']).toBe('');
  });
});

describe('crm.lead.userfield.get: the labels of every language', () => {
  it('answers EDIT_FORM_LABEL, LIST_COLUMN_LABEL, LIST_FILTER_LABEL, ERROR_MESSAGE, HELP_MESSAGE as maps', async () => {
    const list = await portal.json(`${ADMIN}crm.lead.userfield.list`, {
      filter: { FIELD_NAME: 'UF_CRM_NEXT_CALL' },
    });
    const id = dig(list.json, 'result', 0, 'ID');
    const reply = await portal.json(`${ADMIN}crm.lead.userfield.get`, { id });
    const field = dig(reply.json, 'result') as Record<string, unknown>;
    expect(field).toMatchObject({
      FIELD_NAME: 'UF_CRM_NEXT_CALL',
      EDIT_FORM_LABEL: { en: 'Next call', ru: 'Следующий звонок', de: 'Nächster Anruf' },
      LIST_COLUMN_LABEL: { en: 'Next call', ru: 'Следующий звонок', de: 'Nächster Anruf' },
      LIST_FILTER_LABEL: { en: 'Next call', ru: 'Следующий звонок', de: 'Nächster Anruf' },
    });
    expect(field).toHaveProperty('ERROR_MESSAGE');
    expect(field).toHaveProperty('HELP_MESSAGE');
    // the list without LANG still has no labels, as CUserTypeEntity::GetList
    expect(dig(list.json, 'result', 0)).not.toHaveProperty('EDIT_FORM_LABEL');
  });
});

describe('METHOD.xml: the XML transport', () => {
  it('answers 200 text/xml with <response><result>… and <item> for list entries', async () => {
    const reply = await portal.get(`${ADMIN}crm.status.list.xml?filter[ENTITY_ID]=SOURCE&order[SORT]=ASC`);
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toBe('text/xml; charset=utf-8');
    expect(reply.text).toMatch(/^<response><result><item><ID>\d+<\/ID><ENTITY_ID>SOURCE<\/ENTITY_ID>/);
    expect(reply.text).toMatch(/<total>\d+<\/total><time><start>[\d.]+<\/start>/);
    expect(reply.text.endsWith('</time></response>')).toBe(true);
  });

  it('answers errors in XML too, with the same status', async () => {
    const reply = await portal.get(`${ADMIN}crm.lead.get.xml?id=999999`);
    expect(reply.status).toBe(400);
    expect(reply.text).toBe(
      '<response><error></error><error_description>Not found</error_description></response>',
    );
  });

  it('escapes markup and writes true as 1, false as empty', async () => {
    const reply = await portal.get(`${ADMIN}method.get.xml?name=crm.lead.get`);
    expect(reply.text).toMatch(
      /^<response><result><isExisting>1<\/isExisting><isAvailable>1<\/isAvailable><\/result>/,
    );
    const app = await portal.json(`/rest/app.option.set.json`, {
      auth: ADMIN_TOKEN,
      options: { a: '<b>&"' },
    });
    expect(app.status).toBe(200);
    const read = await portal.get(`/rest/app.option.get.xml?auth=${ADMIN_TOKEN}`);
    expect(read.text).toContain('<a>&lt;b&gt;&amp;&quot;</a>');
  });
});

describe('total and next inside an array result are lifted to the top of the answer', () => {
  it('as CRestServer::processCall does, as integers; the rest of the result stays', async () => {
    await portal.json('/rest/app.option.set.json', {
      auth: ADMIN_TOKEN,
      options: { total: '7', next: '50', history: 'x' },
    });
    const reply = await portal.json('/rest/app.option.get.json', { auth: ADMIN_TOKEN });
    expect(reply.json).toMatchObject({ result: { history: 'x' }, total: 7, next: 50 });
    expect(dig(reply.json, 'result')).not.toHaveProperty('total');
    expect(dig(reply.json, 'result')).not.toHaveProperty('next');
  });
});

describe('the JSON media type is compared exactly', () => {
  it('application/json is read as JSON; any other spelling is parsed as a form', async () => {
    const body = JSON.stringify({ id: 1 });
    const exact = await portal.json(`${ADMIN}crm.status.list`, { filter: { ENTITY_ID: 'SOURCE' } });
    expect(Array.isArray(dig(exact.json, 'result'))).toBe(true);
    const mixed = await fetch(`${portal.url}${ADMIN}crm.lead.get`, {
      method: 'POST',
      headers: { 'content-type': 'Application/JSON' },
      body,
    });
    // parse_str of '{"id":1}' gives one odd key and no id
    expect(await mixed.json()).toMatchObject({
      error: '',
      error_description: 'ID is not defined or invalid.',
    });
    const withCharset = await fetch(`${portal.url}${ADMIN}crm.lead.get`, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ id: 999999 }),
    });
    expect(await withCharset.json()).toMatchObject({ error_description: 'Not found' });
  });
});
