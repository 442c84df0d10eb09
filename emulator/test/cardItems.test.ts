/**
 * `crm.item.*` (docs `crm-item-*.md`): camelCase fields with `upperName`, `{item}`/`{items}`
 * wrappers, the same records as the old methods, smart processes in their funnels; parsed with
 * the client's schemas.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DealSchema } from '../../src/api/schemas/crmRecord';
import { successEnvelope } from '../../src/api/schemas/envelope';
import {
  ItemDeleteResultSchema,
  ItemFieldsSchema,
  ItemListSchema,
  ItemResultSchema,
} from '../../src/api/schemas/item';
import { LeadSchema } from '../../src/api/schemas/lead';
import { ADMIN, MANAGER, portalForFile } from './harness';

const portal = portalForFile({ reset: true });

const call = async <S extends z.ZodType>(schema: S, method: string, params: object, path = MANAGER) =>
  successEnvelope(schema).parse((await portal.json(`${path}${method}`, params)).json);

describe('crm.item.fields', () => {
  it('a smart process: camelCase keys, upperName, user fields titled by their label', async () => {
    const { fields } = (await call(ItemFieldsSchema, 'crm.item.fields', { entityTypeId: 1030 })).result;
    expect(fields['stageId']).toMatchObject({ type: 'crm_status', upperName: 'STAGE_ID' });
    expect(fields['categoryId']).toMatchObject({ type: 'crm_category', upperName: 'CATEGORY_ID' });
    expect(fields['opened']).toMatchObject({ type: 'boolean', upperName: 'OPENED' });
    expect(fields['createdTime']).toMatchObject({ isReadOnly: true, upperName: 'CREATED_TIME' });
    expect(fields['ufCrm1_WEIGHT']).toMatchObject({
      type: 'double',
      isDynamic: true,
      title: 'Weight, kg',
      upperName: 'UF_CRM_1_WEIGHT',
    });
  });

  it('deals and leads under their item names', async () => {
    const deal = (await call(ItemFieldsSchema, 'crm.item.fields', { entityTypeId: 2 })).result.fields;
    expect(deal['createdBy']).toMatchObject({ upperName: 'CREATED_BY' });
    expect(deal['ufCrm_DELIVERY_DATE']).toMatchObject({
      title: 'Delivery date',
      upperName: 'UF_CRM_DELIVERY_DATE',
    });
    const lead = (await call(ItemFieldsSchema, 'crm.item.fields', { entityTypeId: 1 })).result.fields;
    expect(lead['stageId']).toMatchObject({ statusType: 'STATUS', upperName: 'STAGE_ID' });
    expect(Object.keys(lead)).not.toContain('statusId');
  });
});

describe('crm.item records', () => {
  it('lists a funnel, ordered, with total', async () => {
    const body = await call(ItemListSchema, 'crm.item.list', {
      entityTypeId: 1030,
      filter: { categoryId: 3 },
      order: { id: 'DESC' },
    });
    expect(body.total).toBe(2);
    expect(body.result.items.map((i) => [i.categoryId, i.stageId, i.title])).toEqual([
      [3, 'DT1030_3:NEW', 'Same-day documents'],
      [3, 'DT1030_3:CLIENT', 'Urgent lab kit'],
    ]);
    expect(body.result.items[1]).toMatchObject({ companyId: 57, contactIds: [72], entityTypeId: 1030 });
  });

  it('select narrows the item; unknown filter fields are refused', async () => {
    const reply = await portal.json(`${MANAGER}crm.item.list`, {
      entityTypeId: 2,
      select: ['title', 'categoryId'],
      filter: { '>opportunity': 20000 },
    });
    successEnvelope(ItemListSchema).parse(reply.json);
    const items = (reply.json as { result: { items: object[] } }).result.items;
    expect(items.map((i) => Object.keys(i))).toEqual([
      ['id', 'title', 'categoryId', 'entityTypeId'],
      ['id', 'title', 'categoryId', 'entityTypeId'],
    ]);
    const bad = await portal.json(`${MANAGER}crm.item.list`, { entityTypeId: 2, filter: { colour: 'x' } });
    expect([bad.status, bad.json]).toEqual([
      400,
      {
        error: 'INVALID_ARG_VALUE',
        error_description: "Invalid filter: field 'COLOUR' is not allowed in filter",
      },
    ]);
  });

  it('entityTypeId 1 is the leads of crm.lead.*, entityTypeId 2 the deals of crm.deal.*', async () => {
    const item = (await call(ItemResultSchema, 'crm.item.get', { entityTypeId: 1, id: 1590 })).result.item;
    const lead = (await call(LeadSchema, 'crm.lead.get', { id: 1590 })).result;
    expect([item.id, item.title, item.stageId]).toEqual([1590, lead.TITLE, lead.STATUS_ID]);
    expect(item['fm']).toEqual(expect.arrayContaining([expect.objectContaining({ typeId: 'PHONE' })]));
    const updated = await call(ItemResultSchema, 'crm.item.update', {
      entityTypeId: 2,
      id: 4,
      fields: { title: 'Renamed by item', stageId: 'C1:WON', opened: false },
    });
    expect(updated.result.item).toMatchObject({ title: 'Renamed by item', stageId: 'C1:WON', opened: 'N' });
    const deal = (await call(DealSchema, 'crm.deal.get', { id: 4 })).result;
    expect(deal).toMatchObject({ TITLE: 'Renamed by item', STAGE_ID: 'C1:WON', CLOSED: 'Y', OPENED: 'N' });
  });

  it('add lands in the funnel asked for, or the default one; delete answers []', async () => {
    const added = await call(
      ItemResultSchema,
      'crm.item.add',
      { entityTypeId: 1030, fields: { title: 'Express', categoryId: 3 } },
      ADMIN,
    );
    expect(added.result.item).toMatchObject({
      title: 'Express',
      categoryId: 3,
      stageId: 'DT1030_3:NEW',
      createdBy: 1,
    });
    const plain = await call(ItemResultSchema, 'crm.item.add', { entityTypeId: 1030, fields: {} }, ADMIN);
    expect(plain.result.item).toMatchObject({
      categoryId: 2,
      stageId: 'DT1030_2:NEW',
      title: `Delivery requests #${plain.result.item.id}`,
    });
    const gone = await call(
      ItemDeleteResultSchema,
      'crm.item.delete',
      { entityTypeId: 1030, id: plain.result.item.id },
      ADMIN,
    );
    expect(gone.result).toEqual([]);
    const again = await portal.json(`${ADMIN}crm.item.get`, { entityTypeId: 1030, id: plain.result.item.id });
    expect([again.status, again.json]).toEqual([
      400,
      { error: 'NOT_FOUND', error_description: 'Element not found' },
    ]);
  });

  it('useOriginalUfNames: Y keeps user fields under their codes, in and out', async () => {
    const params = { entityTypeId: 1030, useOriginalUfNames: 'Y' };
    const fields = (await call(ItemFieldsSchema, 'crm.item.fields', params)).result.fields;
    expect(fields['UF_CRM_1_WEIGHT']).toMatchObject({ upperName: 'UF_CRM_1_WEIGHT' });
    expect(Object.keys(fields)).not.toContain('ufCrm1_WEIGHT');
    const updated = await call(
      ItemResultSchema,
      'crm.item.update',
      { ...params, id: 1, fields: { UF_CRM_1_WEIGHT: 12.5 } },
      ADMIN,
    );
    expect(updated.result.item['UF_CRM_1_WEIGHT']).toBe(12.5);
    const camel = await call(ItemResultSchema, 'crm.item.get', { entityTypeId: 1030, id: 1 });
    expect(camel.result.item['ufCrm1_WEIGHT']).toBe(12.5);
  });

  it('an unknown type is "Smart process not found"', async () => {
    const reply = await portal.json(`${MANAGER}crm.item.list`, { entityTypeId: 999 });
    expect([reply.status, reply.json]).toEqual([
      400,
      { error: 'NOT_FOUND', error_description: 'Smart process not found' },
    ]);
  });
});
