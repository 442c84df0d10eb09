/**
 * What the editor reads to list the cards: smart-process types, pipelines and funnels, and their
 * stages, parsed with the schemas the client uses (docs `crm-type-list.md`, `crm-category-list.md`).
 */
import { describe, expect, it } from 'vitest';
import { CategoryGetSchema, CategoryListSchema } from '../../src/api/schemas/category';
import { CrmTypeGetSchema, CrmTypeListSchema } from '../../src/api/schemas/crmType';
import { successEnvelope } from '../../src/api/schemas/envelope';
import { StatusListSchema } from '../../src/api/schemas/status';
import { ADMIN, MANAGER, portalForFile } from './harness';

const portal = portalForFile();

const error = (code: string, description: string) => ({ error: code, error_description: description });

describe('crm.type.*', () => {
  it('lists the smart processes with their switches, total at the top', async () => {
    const reply = await portal.json(`${ADMIN}crm.type.list`, {});
    const body = successEnvelope(CrmTypeListSchema).parse(reply.json);
    expect(body.total).toBe(2);
    expect(body.result.types.map((t) => [t.id, t.entityTypeId, t.title, t.isCategoriesEnabled])).toEqual([
      [1, 1030, 'Delivery requests', 'Y'],
      [2, 1032, 'Contracts', 'N'],
    ]);
    expect(body.result.types[0]).toMatchObject({
      customSectionId: null,
      createdTime: '2024-03-04T11:01:00+02:00',
    });
  });

  it('filters and orders by camelCase names; an unknown field is refused', async () => {
    const only = await portal.json(`${ADMIN}crm.type.list`, { filter: { isCategoriesEnabled: 'Y' } });
    expect(
      successEnvelope(CrmTypeListSchema)
        .parse(only.json)
        .result.types.map((t) => t.entityTypeId),
    ).toEqual([1030]);
    const desc = await portal.json(`${ADMIN}crm.type.list`, { order: { id: 'DESC' } });
    expect(
      successEnvelope(CrmTypeListSchema)
        .parse(desc.json)
        .result.types.map((t) => t.id),
    ).toEqual([2, 1]);
    const bad = await portal.json(`${ADMIN}crm.type.list`, { filter: { colour: 'red' } });
    expect([bad.status, bad.json]).toEqual([
      400,
      error('INVALID_ARG_VALUE', "Invalid filter: field 'COLOUR' is not allowed in filter"),
    ]);
  });

  it('get by id or by entityTypeId; only CRM admins may read types', async () => {
    const byId = await portal.json(`${ADMIN}crm.type.get`, { id: 2 });
    expect(successEnvelope(CrmTypeGetSchema).parse(byId.json).result.type.entityTypeId).toBe(1032);
    const byType = await portal.json(`${ADMIN}crm.type.getByEntityTypeId`, { entityTypeId: 1030 });
    expect(successEnvelope(CrmTypeGetSchema).parse(byType.json).result.type.id).toBe(1);
    const missing = await portal.json(`${ADMIN}crm.type.get`, { id: 9 });
    expect([missing.status, missing.json]).toEqual([400, error('NOT_FOUND', 'Smart process not found')]);
    const manager = await portal.json(`${MANAGER}crm.type.list`, {});
    expect([manager.status, manager.json]).toEqual([400, error('ACCESS_DENIED', 'Access denied')]);
  });
});

describe('crm.category.*', () => {
  const list = async (entityTypeId: number, path = ADMIN) => {
    const reply = await portal.json(`${path}crm.category.list`, { entityTypeId });
    return successEnvelope(CategoryListSchema).parse(reply.json);
  };

  it('deal pipelines: the default one is 0 and has no origin keys', async () => {
    const body = await list(2, MANAGER);
    expect(body.total).toBe(3);
    expect(body.result.categories).toEqual([
      { id: 0, name: 'General', sort: 0, entityTypeId: 2, isDefault: 'Y' },
      {
        id: 1,
        name: 'Wholesale',
        sort: 200,
        entityTypeId: 2,
        isDefault: 'N',
        originId: '',
        originatorId: '',
      },
      { id: 2, name: 'Projects', sort: 300, entityTypeId: 2, isDefault: 'N', originId: '', originatorId: '' },
    ]);
  });

  it('funnels of smart processes and smart invoices have real ids', async () => {
    expect((await list(1030)).result.categories.map((c) => [c.id, c.name, c.isDefault])).toEqual([
      [2, 'General', 'Y'],
      [3, 'Express delivery', 'N'],
    ]);
    expect((await list(1032)).result.categories.map((c) => c.id)).toEqual([4]);
    expect((await list(31)).result.categories.map((c) => [c.id, c.isDefault])).toEqual([[1, 'Y']]);
  });

  it('get one; errors for types without funnels and for unknown types', async () => {
    const one = await portal.json(`${ADMIN}crm.category.get`, { entityTypeId: 1030, id: 3 });
    expect(successEnvelope(CategoryGetSchema).parse(one.json).result.category.name).toBe('Express delivery');
    const cases: [object, string, string][] = [
      [{ entityTypeId: 2, id: 9 }, 'NOT_FOUND', 'Element not found'],
      [{ entityTypeId: 1 }, 'ENTITY_TYPE_NOT_SUPPORTED', 'Entity type LEAD is not supported'],
      [{ entityTypeId: 999 }, 'NOT_FOUND', 'Smart process not found'],
    ];
    for (const [params, code, text] of cases) {
      const reply = await portal.json(`${ADMIN}crm.category.get`, params);
      expect([reply.status, reply.json]).toEqual([400, error(code, text)]);
    }
  });
});

describe('stages', () => {
  const statuses = async (entity: string) => {
    const reply = await portal.json(`${MANAGER}crm.status.list`, { filter: { ENTITY_ID: entity } });
    return successEnvelope(StatusListSchema).parse(reply.json).result;
  };

  it('each pipeline and funnel has its own stages, with EXTRA semantics', async () => {
    const pipeline = await statuses('DEAL_STAGE_1');
    expect(pipeline.map((s) => s.STATUS_ID)).toEqual([
      'C1:NEW',
      'C1:PREPARATION',
      'C1:PREPAYMENT_INVOICE',
      'C1:EXECUTING',
      'C1:FINAL_INVOICE',
      'C1:WON',
      'C1:LOSE',
      'C1:APOLOGY',
    ]);
    expect(pipeline[5]).toMatchObject({ CATEGORY_ID: '1', EXTRA: { SEMANTICS: 'success' } });
    expect((await statuses('DEAL_STAGE'))[0]).toMatchObject({ STATUS_ID: 'NEW', NAME: 'New' });
    expect((await statuses('DYNAMIC_1030_STAGE_3')).map((s) => s.STATUS_ID)[0]).toBe('DT1030_3:NEW');
    expect((await statuses('SMART_INVOICE_STAGE_1'))[2]).toMatchObject({
      STATUS_ID: 'DT31_1:P',
      EXTRA: { SEMANTICS: 'success' },
    });
  });

  it('crm.dealcategory.stage.list: 0 or none is the default pipeline, an unknown one is empty', async () => {
    const stages = async (params: object) => {
      const reply = await portal.json(`${MANAGER}crm.dealcategory.stage.list`, params);
      return successEnvelope(StatusListSchema)
        .parse(reply.json)
        .result.map((s) => s.STATUS_ID);
    };
    expect(await stages({ id: 2 })).toContain('C2:WON');
    expect(await stages({})).toEqual(await stages({ id: 0 }));
    expect((await stages({}))[0]).toBe('NEW');
    expect(await stages({ id: 9 })).toEqual([]);
  });
});
