/**
 * Conformance: every request example of the seed documentation pages (each describe names its
 * page), sent as written, answered as the pages document (or, where the example itself is broken,
 * as the portal would).
 */
import { describe, expect, it } from 'vitest';
import { ConfigurationWriteResultSchema, PortalLayoutSchema } from '../../src/api/schemas/layout';
import { LeadIdSchema, LeadSchema, TrueResultSchema } from '../../src/api/schemas/lead';
import { PortalErrorBodySchema, successEnvelope } from '../../src/api/schemas/envelope';
import { ADMIN, ADMIN_TOKEN, crmErrorBody, dig, portalForFile } from './harness';

const portal = portalForFile();

const getLead = async (id: number): Promise<unknown> => {
  const reply = await portal.json(`${ADMIN}crm.lead.get`, { id });
  return successEnvelope(LeadSchema).parse(reply.json).result;
};

/** The lead of the crm.lead.add page, which the crm.lead.update page's JS example sends again. */
const TITOV = {
  TITLE: 'ИП Титов',
  NAME: 'Глеб',
  SECOND_NAME: 'Егорович',
  LAST_NAME: 'Титов',
  STATUS_ID: 'NEW',
  OPENED: 'Y',
  ASSIGNED_BY_ID: 1,
  CURRENCY_ID: 'USD',
  OPPORTUNITY: 12500,
  PHONE: [{ VALUE: '555888', VALUE_TYPE: 'WORK' }],
  WEB: [{ VALUE: 'www.mysite.com', VALUE_TYPE: 'WORK' }],
};

describe('crm.lead.details.configuration.set (seed v2: curl examples)', () => {
  const body = {
    scope: 'P',
    userId: 1,
    extras: { leadCustomerType: 2 },
    data: [
      {
        name: 'main',
        title: 'About the Lead',
        type: 'section',
        elements: [
          { name: 'TITLE' },
          { name: 'STATUS_ID' },
          { name: 'SOURCE_ID' },
          { name: 'NAME' },
          { name: 'PHONE', optionFlags: 1 },
        ],
      },
      {
        name: 'additional',
        title: 'Additional Information',
        type: 'section',
        elements: [{ name: 'ASSIGNED_BY_ID' }, { name: 'COMMENTS' }],
      },
    ],
  };

  it('webhook form: HTTP 200, {"result": true, "time": {...}}', async () => {
    const reply = await portal.json(`${ADMIN}crm.lead.details.configuration.set`, body, {
      Accept: 'application/json',
    });
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const envelope = successEnvelope(ConfigurationWriteResultSchema).parse(reply.json);
    expect(envelope.result).toBe(true);
    expect(Object.keys(envelope.time)).toEqual([
      'start',
      'finish',
      'duration',
      'processing',
      'date_start',
      'date_finish',
      'operating_reset_at',
      'operating',
    ]);
    expect(envelope.time.date_start).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);

    const get = await portal.json(`${ADMIN}crm.lead.details.configuration.get`, {
      scope: 'P',
      userId: 1,
      extras: { leadCustomerType: 2 },
    });
    // Stored as sent: the same sections, elements and flags (toEqual does not compare key order).
    expect(PortalLayoutSchema.parse(dig(get.json, 'result'))).toEqual(body.data);
  });

  it('OAuth form: `auth` in the JSON body at /rest/{method}', async () => {
    const reply = await portal.json('/rest/crm.lead.details.configuration.set', {
      ...body,
      auth: ADMIN_TOKEN,
    });
    expect(reply.status).toBe(200);
    expect(dig(reply.json, 'result')).toBe(true);
  });

  it('the documented error: HTTP 400, error "", exact description', async () => {
    const broken = { ...body, data: [body.data[0], { ...body.data[1], elements: [{ title: 'no name' }] }] };
    const reply = await portal.json(`${ADMIN}crm.lead.details.configuration.set`, broken);
    expect(reply.status).toBe(400);
    expect(PortalErrorBodySchema.strict().parse(reply.json)).toEqual(
      crmErrorBody('Element at index 0 in section at index 1 does not have name.'),
    );
  });
});

describe('crm.lead.details.configuration.set (seed v1: JS / PHP / BX24.js examples)', () => {
  const data = [
    {
      name: 'main',
      title: 'General Information',
      type: 'section',
      elements: ['TITLE', 'STATUS_ID', 'NAME', 'BIRTHDATE', 'POST', 'PHONE', 'EMAIL'].map((name) => ({
        name,
      })),
    },
    {
      name: 'additional',
      title: 'Additional Information',
      type: 'section',
      elements: ['SOURCE_ID', 'SOURCE_DESCRIPTION', 'OPENED', 'ASSIGNED_BY_ID', 'OBSERVER', 'COMMENTS'].map(
        (name) => ({
          name,
        }),
      ),
    },
  ];

  it('JSON ($b24.callMethod / PHP SDK) and form-encoded (BX24.js) both save the personal card', async () => {
    for (const send of [portal.json, portal.form]) {
      const reply = await send(`${ADMIN}crm.lead.details.configuration.set`, { scope: 'P', userId: 1, data });
      expect(reply.status).toBe(200);
      expect(dig(reply.json, 'result')).toBe(true);
      const get = await portal.form(`${ADMIN}crm.lead.details.configuration.get`, { scope: 'P', userId: 1 });
      expect(dig(get.json, 'result')).toEqual(data);
    }
  });
});

describe('crm.lead.add (seed: crm.lead.add.ru.md)', () => {
  it('answers the new id as an integer and stores the lead (JSON and BX24.js form)', async () => {
    for (const send of [portal.json, portal.form]) {
      const reply = await send(`${ADMIN}crm.lead.add`, {
        fields: TITOV,
        params: { REGISTER_SONET_EVENT: 'Y' },
      });
      expect(reply.status).toBe(200);
      const id = successEnvelope(LeadIdSchema).parse(reply.json).result;
      expect(reply.text).toMatch(/^\{"result":\d+,"time":/);
      expect(await getLead(id)).toMatchObject({
        ID: String(id),
        TITLE: 'ИП Титов',
        NAME: 'Глеб',
        SECOND_NAME: 'Егорович',
        LAST_NAME: 'Титов',
        STATUS_ID: 'NEW',
        OPENED: 'Y',
        ASSIGNED_BY_ID: '1',
        CURRENCY_ID: 'USD',
        OPPORTUNITY: '12500.00',
        IS_RETURN_CUSTOMER: 'N',
        HAS_PHONE: 'Y',
        PHONE: [
          { ID: expect.stringMatching(/^\d+$/), VALUE_TYPE: 'WORK', VALUE: '555888', TYPE_ID: 'PHONE' },
        ],
        WEB: [
          { ID: expect.stringMatching(/^\d+$/), VALUE_TYPE: 'WORK', VALUE: 'www.mysite.com', TYPE_ID: 'WEB' },
        ],
      });
    }
  });
});

describe('crm.lead.update (seed: crm.lead.update.ru.md)', () => {
  it('cURL: its body is not valid JSON ({0:…}), so the portal sees no params and no auth', async () => {
    const raw =
      '{"id":1608,"fields":{"TITLE":"ИП Титов","PHONE":{0:{"VALUE":"555888","VALUE_TYPE":"WORK"}}} ,"auth":"' +
      ADMIN_TOKEN +
      '"}';
    const res = await fetch(`${portal.url}/rest/crm.lead.update`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: raw,
    });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({
      error: 'NO_AUTH_FOUND',
      error_description: 'Wrong authorization data',
    });
  });

  it('cURL with the object key quoted: result true, PHONE added', async () => {
    const reply = await portal.json('/rest/crm.lead.update', {
      id: 1608,
      fields: { TITLE: 'ИП Титов', PHONE: { 0: { VALUE: '555888', VALUE_TYPE: 'WORK' } } },
      auth: ADMIN_TOKEN,
    });
    expect(successEnvelope(TrueResultSchema).parse(reply.json).result).toBe(true);
    const lead = await getLead(1608);
    expect(lead).toMatchObject({ TITLE: 'ИП Титов' });
    expect(dig(lead, 'PHONE')).toContainEqual(
      expect.objectContaining({ VALUE: '555888', VALUE_TYPE: 'WORK' }),
    );
  });

  it('JS (BX24.callMethod): result true', async () => {
    const reply = await portal.form(`${ADMIN}crm.lead.update`, {
      id: 1608,
      fields: TITOV,
      options: { REGISTER_SONET_EVENT: 'Y' },
    });
    expect(reply.status).toBe(200);
    expect(reply.json).toMatchObject({ result: true });
    expect(await getLead(1608)).toMatchObject({ NAME: 'Глеб', OPPORTUNITY: '12500.00', STATUS_ID: 'NEW' });
  });

  it('PHP (CRest): COMPANY_ID makes it a repeat lead', async () => {
    const reply = await portal.json(`${ADMIN}crm.lead.update`, {
      id: 1608,
      fields: { TITLE: 'Updated', COMPANY_ID: 123, PHONE: [{ VALUE: '555888', VALUE_TYPE: 'WORK' }] },
    });
    expect(dig(reply.json, 'result')).toBe(true);
    expect(await getLead(1608)).toMatchObject({ COMPANY_ID: '123', IS_RETURN_CUSTOMER: 'Y' });
  });

  it('B24-PHP-SDK: id 123 does not exist on this portal → "Lead is not found"', async () => {
    const reply = await portal.json(`${ADMIN}crm.lead.update`, {
      id: 123,
      fields: { TITLE: 'Updated Lead Title', BIRTHDATE: '1980-01-01T00:00:00+00:00', PHONE: '1234567890' },
      params: { REGISTER_SONET_EVENT: 'Y' },
    });
    expect(reply.status).toBe(400);
    expect(reply.json).toEqual(crmErrorBody('Lead is not found'));
  });

  it('HTTPS: GET with fields[...] in the query string', async () => {
    const query =
      'id=1734&fields[NAME]=Василий&fields[SECOND_NAME]=Петрович&fields[LAST_NAME]=Космонавт' +
      '&fields[PHONE][0][VALUE]=89994445556&fields[PHONE][0][VALUE_TYPE]=WORK' +
      '&fields[EMAIL][0][VALUE]=test@ya.ru&fields[EMAIL][0][VALUE_TYPE]=WORK';
    const reply = await portal.get(`${ADMIN}crm.lead.update.json?${encodeURI(query)}`);
    expect(reply.status).toBe(200);
    expect(dig(reply.json, 'result')).toBe(true);
    const lead = await getLead(1734);
    expect(lead).toMatchObject({
      NAME: 'Василий',
      SECOND_NAME: 'Петрович',
      LAST_NAME: 'Космонавт',
      HAS_EMAIL: 'Y',
    });
    expect(dig(lead, 'PHONE')).toContainEqual(
      expect.objectContaining({ VALUE: '89994445556', VALUE_TYPE: 'WORK' }),
    );
    expect(dig(lead, 'EMAIL')).toEqual([
      expect.objectContaining({ VALUE: 'test@ya.ru', VALUE_TYPE: 'WORK', TYPE_ID: 'EMAIL' }),
    ]);
  });
});
