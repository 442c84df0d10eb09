/**
 * The old methods of deals, contacts, companies and quotes (BITRIX24-API.md 2, 3): each entity's
 * own fields and user fields, records in the lead's shape, pipelines kept by deals, parsed with
 * the client's schemas.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  CrmRecordListSchema,
  CrmRecordSchema,
  DealListSchema,
  DealSchema,
  EntityFieldsSchema,
} from '../../src/api/schemas/crmRecord';
import { successEnvelope } from '../../src/api/schemas/envelope';
import { UserFieldSchema } from '../../src/api/schemas/fields';
import { ADMIN, crmErrorBody, MANAGER, portalForFile } from './harness';

const portal = portalForFile({ reset: true });

const result = async <S extends z.ZodType>(schema: S, method: string, params: object = {}, path = ADMIN) =>
  successEnvelope(schema).parse((await portal.json(`${path}${method}`, params)).json);

describe('crm.{entity}.fields', () => {
  it('deal: pipeline immutable, stages by pipeline, user fields titled by code', async () => {
    const { result: fields } = await result(EntityFieldsSchema, 'crm.deal.fields', {}, MANAGER);
    expect(fields['CATEGORY_ID']).toMatchObject({
      type: 'crm_category',
      isImmutable: true,
      title: 'Sales Funnel',
    });
    expect(fields['STAGE_ID']).toMatchObject({
      type: 'crm_status',
      statusType: 'DEAL_STAGE',
      title: 'Deal Stage',
    });
    expect(fields['UF_CRM_DELIVERY_DATE']).toMatchObject({
      type: 'date',
      isDynamic: true,
      title: 'UF_CRM_DELIVERY_DATE',
      formLabel: 'Delivery date',
    });
    expect(fields['UF_CRM_CONTRACT_TYPE']?.items?.map((i) => i.VALUE)).toEqual([
      'One-off',
      'Subscription',
      'Framework',
    ]);
    expect(Object.keys(fields)).not.toContain('UF_CRM_BUDGET_BAND'); // a lead field
  });

  it('contacts and companies carry multifields; quotes their status', async () => {
    const contact = (await result(EntityFieldsSchema, 'crm.contact.fields')).result;
    expect(contact['PHONE']).toMatchObject({ type: 'crm_multifield', isMultiple: true });
    expect(contact['COMPANY_IDS']).toMatchObject({ type: 'crm_company', isMultiple: true });
    expect(contact['UF_CRM_LOYALTY_CARD']).toMatchObject({ formLabel: 'Loyalty card' });
    const company = (await result(EntityFieldsSchema, 'crm.company.fields')).result;
    expect(company['INDUSTRY']).toMatchObject({ statusType: 'INDUSTRY' });
    expect(company['EMAIL']).toMatchObject({ type: 'crm_multifield' });
    const quote = (await result(EntityFieldsSchema, 'crm.quote.fields')).result;
    expect(quote['STATUS_ID']).toMatchObject({ statusType: 'QUOTE_STATUS' });
    expect(quote['UF_CRM_DISCOUNT']).toMatchObject({ type: 'double', settings: { PRECISION: 1 } });
  });
});

describe('records', () => {
  it('deals in each pipeline, filtered by CATEGORY_ID, numbers as strings', async () => {
    const all = await result(DealListSchema, 'crm.deal.list', { select: ['ID', 'CATEGORY_ID', 'STAGE_ID'] });
    expect(all.total).toBe(7);
    expect(new Set(all.result.map((d) => d.CATEGORY_ID))).toEqual(new Set(['0', '1', '2']));
    const second = await result(DealListSchema, 'crm.deal.list', { filter: { CATEGORY_ID: 1 } });
    expect(second.result.map((d) => d.STAGE_ID)).toEqual(['C1:EXECUTING', 'C1:NEW']);
    const deal = (await result(DealSchema, 'crm.deal.get', { id: 1 })).result;
    expect(deal).toMatchObject({
      ID: '1',
      TITLE: 'Nordwind: fleet tracking',
      CATEGORY_ID: '0',
      STAGE_ID: 'PREPARATION',
      STAGE_SEMANTIC_ID: 'P',
      CLOSED: 'N',
      IS_NEW: 'N',
      OPPORTUNITY: '18000.00',
      COMPANY_ID: '14',
      CONTACT_ID: null,
      UF_CRM_DELIVERY_DATE: '',
    });
  });

  it('a deal stays in its pipeline: foreign stages become the first one, CATEGORY_ID is set once', async () => {
    const add = await portal.json(`${ADMIN}crm.deal.add`, {
      fields: { TITLE: 'New one', CATEGORY_ID: 2, STAGE_ID: 'C1:WON' },
    });
    const id = (add.json as { result: number }).result;
    expect(typeof id).toBe('number');
    const get = async () => (await result(DealSchema, 'crm.deal.get', { id })).result;
    expect(await get()).toMatchObject({ CATEGORY_ID: '2', STAGE_ID: 'C2:NEW', IS_NEW: 'Y' });
    await portal.json(`${ADMIN}crm.deal.update`, { id, fields: { CATEGORY_ID: 1, STAGE_ID: 'C2:WON' } });
    expect(await get()).toMatchObject({
      CATEGORY_ID: '2',
      STAGE_ID: 'C2:WON',
      STAGE_SEMANTIC_ID: 'S',
      CLOSED: 'Y',
    });
    expect((await portal.json(`${ADMIN}crm.deal.delete`, { id })).json).toMatchObject({ result: true });
    expect((await portal.json(`${ADMIN}crm.deal.get`, { id })).json).toEqual(crmErrorBody('Not found'));
  });

  it('contacts and companies: the ids the repeat leads point at, multifields with TYPE_ID', async () => {
    const contact = (await result(CrmRecordSchema, 'crm.contact.get', { id: 40 })).result;
    expect(contact).toMatchObject({ ID: '40', NAME: 'Jaan', COMPANY_ID: '22' });
    expect(contact.EMAIL).toEqual([
      { ID: expect.any(String), VALUE_TYPE: 'WORK', VALUE: 'jaan@baltic-timber.example', TYPE_ID: 'EMAIL' },
    ]);
    const companies = await result(CrmRecordListSchema, 'crm.company.list', {
      order: { TITLE: 'ASC' },
      select: ['TITLE', 'PHONE'],
    });
    expect(companies.result.map((c) => c['TITLE'])).toEqual([
      'Baltic Timber',
      'Nordwind Logistics',
      'Riga Print',
      'Sharma Diagnostics',
      'Watanabe Trading',
    ]);
    expect(companies.result[1]?.PHONE?.[0]).toMatchObject({ VALUE: '+49 40 5550 1400', TYPE_ID: 'PHONE' });
    const missing = await portal.json(`${ADMIN}crm.contact.update`, { id: 999, fields: { NAME: 'x' } });
    expect([missing.status, missing.json]).toEqual([400, crmErrorBody('Contact is not found')]);
  });

  it('quotes get their number and status', async () => {
    const add = await portal.json(`${ADMIN}crm.quote.add`, { fields: { TITLE: 'Estimate', COMPANY_ID: 22 } });
    const id = (add.json as { result: number }).result;
    const quote = (await result(CrmRecordSchema, 'crm.quote.get', { id })).result;
    expect(quote).toMatchObject({
      ID: String(id),
      QUOTE_NUMBER: String(id),
      STATUS_ID: 'DRAFT',
      CLOSED: 'N',
    });
  });
});

describe('crm.{entity}.userfield.*', () => {
  it('each entity has its own user fields, with the lead rules of add', async () => {
    const list = await portal.json(`${MANAGER}crm.deal.userfield.list`, { order: { SORT: 'ASC' } });
    const rows = successEnvelope(z.array(UserFieldSchema)).parse(list.json).result;
    expect(rows.map((r) => [r.ENTITY_ID, r.FIELD_NAME])).toEqual([
      ['CRM_DEAL', 'UF_CRM_DELIVERY_DATE'],
      ['CRM_DEAL', 'UF_CRM_CONTRACT_TYPE'],
      ['CRM_DEAL', 'UF_CRM_PO_NUMBER'],
      ['CRM_DEAL', 'UF_CRM_1712400001'],
    ]);
    const denied = await portal.json(`${MANAGER}crm.deal.userfield.add`, {
      fields: { FIELD_NAME: 'size', USER_TYPE_ID: 'string' },
    });
    expect(denied.json).toEqual(crmErrorBody('Access denied.'));
    const add = await portal.json(`${ADMIN}crm.deal.userfield.add`, {
      fields: { FIELD_NAME: 'size', USER_TYPE_ID: 'string', LABEL: 'Size' },
    });
    const id = (add.json as { result: number }).result;
    const got = await portal.json(`${ADMIN}crm.deal.userfield.get`, { id });
    expect(got.json).toMatchObject({
      result: { ENTITY_ID: 'CRM_DEAL', FIELD_NAME: 'UF_CRM_SIZE', EDIT_FORM_LABEL: { en: 'Size' } },
    });
    const again = await portal.json(`${ADMIN}crm.deal.userfield.add`, {
      fields: { FIELD_NAME: 'size', USER_TYPE_ID: 'string' },
    });
    expect(again.json).toMatchObject({
      error: 'ERROR_CORE',
      error_description: expect.stringContaining('UF_CRM_SIZE for entity CRM_DEAL already exists'),
    });
    const deal = (await result(EntityFieldsSchema, 'crm.deal.fields')).result;
    const lead = (await result(EntityFieldsSchema, 'crm.lead.fields')).result;
    expect([Object.keys(deal).includes('UF_CRM_SIZE'), Object.keys(lead).includes('UF_CRM_SIZE')]).toEqual([
      true,
      false,
    ]);
    // a lead field of the same name is another field
    const leadAdd = await portal.json(`${ADMIN}crm.lead.userfield.add`, {
      fields: { FIELD_NAME: 'size', USER_TYPE_ID: 'string' },
    });
    expect(leadAdd.json).toMatchObject({ result: expect.any(Number) });
  });
});
