/** `crm.lead.*` (BITRIX24-API.md 3): CRUD, multifields, repeat-lead flag, list paging and filters. */
import { describe, expect, it } from 'vitest';
import { successEnvelope } from '../../src/api/schemas/envelope';
import { LeadListSchema, LeadSchema } from '../../src/api/schemas/lead';
import { ADMIN, crmErrorBody, dig, portalForFile } from './harness';

const portal = portalForFile({ reset: true });

async function add(fields: Record<string, unknown>): Promise<number> {
  const reply = await portal.json(`${ADMIN}crm.lead.add`, { fields });
  expect(reply.status).toBe(200);
  return dig(reply.json, 'result') as number;
}
async function get(id: number) {
  return successEnvelope(LeadSchema).parse((await portal.json(`${ADMIN}crm.lead.get`, { id })).json).result;
}
async function list(params: Record<string, unknown>) {
  return successEnvelope(LeadListSchema).parse((await portal.json(`${ADMIN}crm.lead.list`, params)).json);
}

describe('add / get / update / delete', () => {
  it('reads numbers and ids as strings, unset strings as null, dates ISO with offset or ""', async () => {
    const id = await add({ TITLE: 'Typed', OPPORTUNITY: '99.5', BIRTHDATE: '1990-02-03' });
    const lead = await get(id);
    expect(lead).toMatchObject({
      ID: String(id),
      OPPORTUNITY: '99.50',
      CURRENCY_ID: 'USD',
      SECOND_NAME: null,
      COMPANY_ID: null,
      BIRTHDATE: '1990-02-03T00:00:00+02:00',
      DATE_CLOSED: '',
      STATUS_ID: 'NEW',
      STATUS_SEMANTIC_ID: 'P',
      CREATED_BY_ID: '1',
    });
    expect(lead['DATE_CREATE']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+02:00$/);
    expect(lead['UF_CRM_VAT_ID']).toBe(''); // get: `VALUE ?? ''`
    expect(lead['UF_CRM_TAGS']).toBe(false); // unset multiple user field
    expect(lead['PHONE']).toBeUndefined();
  });

  it('drops unknown and read-only keys', async () => {
    const id = await add({
      TITLE: 'x',
      IS_RETURN_CUSTOMER: 'Y',
      DATE_CREATE: '2001-01-01',
      FOO: 'bar',
      title: 'lower',
    });
    const lead = await get(id);
    expect(lead).toMatchObject({ TITLE: 'x', IS_RETURN_CUSTOMER: 'N' });
    expect(lead['DATE_CREATE']).not.toContain('2001');
    expect(lead['FOO']).toBeUndefined();
  });

  it('recomputes IS_RETURN_CUSTOMER from COMPANY_ID / CONTACT_IDS / CONTACT_ID on add and update', async () => {
    const withCompany = await add({ TITLE: 'c', COMPANY_ID: 7 });
    expect((await get(withCompany))['IS_RETURN_CUSTOMER']).toBe('Y');
    const withContact = await add({ TITLE: 'k', CONTACT_ID: 9 });
    expect(await get(withContact)).toMatchObject({ IS_RETURN_CUSTOMER: 'Y', CONTACT_ID: '9' });
    const withContacts = await add({ TITLE: 'ks', CONTACT_IDS: [11, 12] });
    expect(await get(withContacts)).toMatchObject({ IS_RETURN_CUSTOMER: 'Y', CONTACT_ID: '11' });

    await portal.json(`${ADMIN}crm.lead.update`, { id: withCompany, fields: { COMPANY_ID: '' } });
    expect((await get(withCompany))['IS_RETURN_CUSTOMER']).toBe('N');
    await portal.form(`${ADMIN}crm.lead.update`, { id: withContacts, fields: { CONTACT_IDS: '' } });
    expect((await get(withContacts))['IS_RETURN_CUSTOMER']).toBe('N');
    const simple = await add({ TITLE: 's' });
    await portal.json(`${ADMIN}crm.lead.update`, { id: simple, fields: { CONTACT_IDS: [3] } });
    expect((await get(simple))['IS_RETURN_CUSTOMER']).toBe('Y');
  });

  it('multifields: add with VALUE/VALUE_TYPE, edit by ID, delete by DELETE:Y or empty VALUE', async () => {
    const id = await add({
      TITLE: 'mf',
      PHONE: [{ VALUE: '+1 555 0100', VALUE_TYPE: 'MOBILE' }, { VALUE: '+1 555 0101' }, { VALUE: '' }],
      EMAIL: [{ VALUE: 'a@example.com', VALUE_TYPE: 'HOME' }],
    });
    const lead = await get(id);
    const phones = lead['PHONE'] ?? [];
    expect(phones.map((p) => [p.VALUE, p.VALUE_TYPE, p.TYPE_ID])).toEqual([
      ['+1 555 0100', 'MOBILE', 'PHONE'],
      ['+1 555 0101', 'WORK', 'PHONE'],
    ]);
    const [first, second] = phones;
    await portal.json(`${ADMIN}crm.lead.update`, {
      id,
      fields: {
        PHONE: [
          { ID: first?.ID, VALUE: '+1 555 0199' },
          { ID: second?.ID, DELETE: 'Y' },
          { VALUE: '+1 555 0102', VALUE_TYPE: 'FAX' },
        ],
        EMAIL: [{ ID: lead['EMAIL']?.[0]?.ID, VALUE: '' }],
      },
    });
    const after = await get(id);
    expect((after['PHONE'] ?? []).map((p) => [p.ID === first?.ID, p.VALUE, p.VALUE_TYPE])).toEqual([
      [true, '+1 555 0199', 'MOBILE'],
      [false, '+1 555 0102', 'FAX'],
    ]);
    expect(after['EMAIL']).toBeUndefined();
    expect(after['HAS_EMAIL']).toBe('N');
  });

  it('user fields: enumeration ids, booleans, money, multiple values', async () => {
    const fields = (await portal.json(`${ADMIN}crm.lead.fields`, {})).json;
    const band = dig(fields, 'result', 'UF_CRM_BUDGET_BAND', 'items', 1, 'ID') as string;
    const id = await add({
      TITLE: 'uf',
      UF_CRM_BUDGET_BAND: band,
      UF_CRM_NEWSLETTER: 'Y',
      UF_CRM_EXPECTED_REVENUE: '500|EUR',
      UF_CRM_TAGS: ['a', 'b'],
      UF_CRM_COMPANY_SIZE: '12',
    });
    expect(await get(id)).toMatchObject({
      UF_CRM_BUDGET_BAND: band,
      UF_CRM_NEWSLETTER: '1',
      UF_CRM_EXPECTED_REVENUE: '500|EUR',
      UF_CRM_TAGS: ['a', 'b'],
      UF_CRM_COMPANY_SIZE: '12',
    });
  });

  it('errors: ID, Not found, Lead is not found, fields not an array', async () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ['crm.lead.get', {}, 'ID is not defined or invalid.'],
      ['crm.lead.get', { id: 'abc' }, 'ID is not defined or invalid.'],
      ['crm.lead.get', { id: 5 }, 'Not found'],
      ['crm.lead.update', { id: -1, fields: {} }, 'ID is not defined or invalid.'],
      ['crm.lead.update', { id: 5, fields: { TITLE: 'x' } }, 'Lead is not found'],
      ['crm.lead.update', { id: 1590, fields: 'TITLE' }, "Parameter 'fields' must be array."],
      ['crm.lead.add', { fields: 'TITLE' }, "Parameter 'fields' must be array."],
      ['crm.lead.delete', {}, 'ID is not defined or invalid.'],
      ['crm.lead.list', { order: 'ID' }, "Parameter 'order' must be array."],
      ['crm.lead.list', { filter: 'x' }, "Parameter 'filter' must be array."],
    ];
    for (const [method, params, message] of cases) {
      const reply = await portal.json(`${ADMIN}${method}`, params);
      expect({ method, status: reply.status, body: reply.json }).toEqual({
        method,
        status: 400,
        body: crmErrorBody(message),
      });
    }
  });

  it('delete removes the lead; an empty add gets a default title and stage', async () => {
    const id = await add({});
    expect(await get(id)).toMatchObject({ TITLE: `Lead #${id}`, STATUS_ID: 'NEW', OPENED: 'Y' });
    const del = await portal.json(`${ADMIN}crm.lead.delete`, { id });
    expect(dig(del.json, 'result')).toBe(true);
    expect((await portal.json(`${ADMIN}crm.lead.get`, { id })).json).toEqual(crmErrorBody('Not found'));
  });
});

describe('list', () => {
  it('pages of 50 with top-level total and next; start=-1 has neither', async () => {
    const cmd = Object.fromEntries(
      Array.from({ length: 25 }, (_, i) => [`a${i}`, `crm.lead.add?fields[TITLE]=Bulk ${i}`]),
    );
    await portal.json(`${ADMIN}batch`, { cmd });
    const first = await list({ order: { ID: 'ASC' } });
    expect(first.result).toHaveLength(50);
    expect(first).toMatchObject({ total: 55, next: 50 });
    const raw = await portal.json(`${ADMIN}crm.lead.list`, { start: 50 });
    expect(raw.text).toMatch(/^\{"result":\[.*\],"total":55,"time":/);
    expect(dig(raw.json, 'result', 'length')).toBe(5);
    expect(dig(raw.json, 'next')).toBeUndefined();
    const middle = await list({ start: 10 });
    expect(middle).toMatchObject({ total: 55, next: 50 });
    expect(middle.result[0]?.ID).toBe('1590');
    const top = await list({ start: -1 });
    expect(top.result).toHaveLength(50);
    expect(top.total).toBeUndefined();
    expect(top.next).toBeUndefined();
  });

  it('filters with prefixes', async () => {
    const ids = async (filter: Record<string, unknown>): Promise<string[]> =>
      (await list({ filter, select: ['ID'] })).result.map((l) => l.ID);
    expect(await ids({ IS_RETURN_CUSTOMER: 'Y' })).toHaveLength(8);
    expect(await ids({ '=STATUS_ID': 'JUNK' })).toEqual(['1632', '1680']);
    expect((await ids({ '!STATUS_ID': 'NEW' })).length + (await ids({ STATUS_ID: 'NEW' })).length).toBe(30);
    expect(await ids({ '@STATUS_ID': ['JUNK', 'CONVERTED'] })).toHaveLength(4);
    expect(await ids({ '!@STATUS_ID': ['JUNK', 'CONVERTED'] })).toHaveLength(26);
    expect(await ids({ '>=OPPORTUNITY': 50000 })).toEqual(['1596', '1668', '1674', '1704']);
    expect(await ids({ '>ID': 1752 })).toEqual(['1758', '1764']);
    expect(await ids({ '<ID': 1600 })).toEqual(['1590', '1596']);
    expect(await ids({ '%TITLE': 'repeat' })).toHaveLength(5);
    expect(await ids({ '=%NAME': 'an%' })).toEqual(['1590']);
    const withE = await ids({ '%TITLE': 'e' });
    const withoutE = await ids({ '!%TITLE': 'e' });
    expect(withoutE).toEqual(['1596', '1704']); // the two Cyrillic titles
    expect(withE.length + withoutE.length).toBe(30);
    expect(await ids({ PHONE: '+49 30 901820' })).toEqual(['1590']);
    expect(await ids({ '>=DATE_CREATE': '2024-05-01', '<DATE_CREATE': '2024-05-10' })).toEqual([
      '1710',
      '1716',
      '1722',
    ]);
    expect(await ids({ NO_SUCH_FIELD: 1, STATUS_ID: 'CONVERTED' })).toEqual(['1620', '1704']);
  });

  it('order (STATUS_ID by stage order) and select (*, UF_*, named multifields)', async () => {
    const byStage = await list({ order: { STATUS_ID: 'DESC', ID: 'ASC' }, select: ['ID', 'STATUS_ID'] });
    expect(byStage.result.slice(0, 2).map((l) => l.STATUS_ID)).toEqual(['JUNK', 'JUNK']);
    expect(byStage.result.at(-1)?.STATUS_ID).toBe('NEW');

    const star = await list({ filter: { ID: 1590 }, select: ['*'] });
    const row: Record<string, unknown> = star.result[0] ?? {};
    expect(row).toMatchObject({ ID: '1590', TITLE: expect.any(String), IS_RETURN_CUSTOMER: 'N' });
    expect(Object.keys(row).some((k) => k.startsWith('UF_'))).toBe(false);
    expect(row['PHONE']).toBeUndefined();

    const picked = await list({ filter: { ID: 1590 }, select: ['TITLE', 'UF_*', 'PHONE'] });
    const pickedRow: Record<string, unknown> = picked.result[0] ?? {};
    expect(Object.keys(pickedRow).slice(0, 2)).toEqual(['ID', 'TITLE']);
    expect(pickedRow['UF_CRM_COMPANY_SIZE']).toBe('40');
    expect(pickedRow['UF_CRM_VAT_ID']).toBeNull(); // list: unset single user field is null
    expect(pickedRow['PHONE']).toEqual([
      expect.objectContaining({ VALUE: '+49 30 901820', TYPE_ID: 'PHONE' }),
    ]);
    expect(pickedRow['NAME']).toBeUndefined();
  });
});
