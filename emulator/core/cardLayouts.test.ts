/**
 * Layouts of every card (BITRIX24-API.md 1; `EntityEditorConfig::resolveOptionName`): each card
 * has its own user option, the old families and `crm.item.*` share it, and the lead's rules of
 * validation and permission hold for all of them.
 */
import { describe, expect, it } from 'vitest';
import { adminHook as admin, managerHook as manager, memoryDb } from '../test/inProcess';
import { handle } from './handle';
import { EDITOR_CATEGORY } from './layout';
import type { CoreDb } from './types';

const data = (name: string) => [{ type: 'section', name, title: name, elements: [{ name: 'TITLE' }] }];

function call(db: CoreDb, method: string, params: Record<string, unknown>, as = admin) {
  const reply = handle(db, { method, params: { ...as, ...params } });
  return { status: reply.status, body: reply.body as { result?: unknown; error_description?: string } };
}

/** Names of the stored editor options, as `name@user`. */
const stored = (db: CoreDb): string[] =>
  db.state.userOptions.filter((o) => o.category === EDITOR_CATEGORY).map((o) => `${o.name}@${o.userId}`);

describe('option names per card', () => {
  it.each([
    ['deal, default pipeline', 'crm.deal', {}, 'deal_details_common@0'],
    ['deal, pipeline 1', 'crm.deal', { dealCategoryId: 1 }, 'deal_details_c_1_common@0'],
    ['deal, pipeline 2 as CATEGORY_ID', 'crm.deal', { CATEGORY_ID: 2 }, 'deal_details_c_2_common@0'],
    ['contact', 'crm.contact', {}, 'contact_details_common@0'],
    ['company', 'crm.company', {}, 'company_details_common@0'],
  ])('%s', (_label, family, extras, option) => {
    const db = memoryDb();
    const reply = call(db, `${family}.details.configuration.set`, { scope: 'C', extras, data: data('a') });
    expect(reply.body.result).toBe(true);
    expect(stored(db)).toContain(option);
  });

  it.each([
    ['deal pipeline 1', 2, { categoryId: 1 }, 'deal_details_c_1_common@0'],
    ['contact', 3, {}, 'contact_details_common@0'],
    ['quote', 7, {}, 'QUOTE_details_common@0'],
    ['smart invoice, its default funnel', 31, {}, 'SMART_INVOICE_details_C1_common@0'],
    ['smart process, its default funnel', 1030, {}, 'DYNAMIC_1030_details_C2_common@0'],
    ['smart process, funnel 3', 1030, { categoryId: 3 }, 'DYNAMIC_1030_details_C3_common@0'],
    [
      'smart process, funnel 3 as dealCategoryId',
      1030,
      { dealCategoryId: 3 },
      'DYNAMIC_1030_details_C3_common@0',
    ],
    ['smart process, an unknown funnel', 1030, { categoryId: 99 }, 'DYNAMIC_1030_details_common@0'],
    ['the other smart process', 1032, {}, 'DYNAMIC_1032_details_C4_common@0'],
  ])('crm.item.*: %s', (_label, entityTypeId, extras, option) => {
    const db = memoryDb();
    call(db, 'crm.item.details.configuration.set', { entityTypeId, scope: 'C', extras, data: data('a') });
    expect(stored(db)).toEqual([...stored(memoryDb()), option]);
  });

  it('the old family and crm.item.* read and write one layout; pipelines do not share', () => {
    const db = memoryDb();
    call(db, 'crm.item.details.configuration.set', {
      entityTypeId: 2,
      scope: 'C',
      extras: { dealCategoryId: 1 },
      data: data('pipeline-1'),
    });
    const get = (extras: object) =>
      call(db, 'crm.deal.details.configuration.get', { scope: 'C', extras }, manager).body.result;
    expect(get({ dealCategoryId: 1 })).toEqual([
      { type: 'section', name: 'pipeline-1', title: 'pipeline-1', elements: [{ name: 'TITLE' }] },
    ]);
    expect(get({})).toBeNull();
    expect(get({ dealCategoryId: 2 })).toBeNull();
  });

  it('a personal layout of another user, and forceCommonScopeForAll of one pipeline only', () => {
    const db = memoryDb();
    const set = (userId: number, extras: object) =>
      call(db, 'crm.deal.details.configuration.set', {
        scope: 'P',
        userId,
        extras,
        data: data(`u${userId}`),
      });
    set(2, { dealCategoryId: 1 });
    set(4, { dealCategoryId: 1 });
    set(2, {});
    call(db, 'crm.deal.details.configuration.forceCommonScopeForAll', { extras: { dealCategoryId: 1 } });
    expect(stored(db).filter((n) => n.startsWith('deal_'))).toEqual(['deal_details@2']);
  });
});

describe('the lead rules hold for every card', () => {
  it('permissions: a manager reads common, writes only his own personal layout', () => {
    const db = memoryDb();
    const denied = { status: 400, body: { error: '', error_description: 'Access denied.' } };
    const item = (method: string, params: object) =>
      call(db, `crm.item.details.configuration.${method}`, { entityTypeId: 1030, ...params }, manager);
    expect(item('set', { scope: 'C', data: data('x') })).toEqual(denied);
    expect(item('reset', { scope: 'C' })).toEqual(denied);
    expect(item('get', { scope: 'P', userId: 4 })).toEqual(denied);
    expect(item('forceCommonScopeForAll', {})).toEqual(denied);
    expect(item('get', { scope: 'C' }).body.result).toBeNull();
    expect(item('set', { scope: 'P', data: data('mine') }).body.result).toBe(true);
    expect(stored(db)).toContain('DYNAMIC_1030_details_C2@2');
  });

  it('validation texts come after the permission check', () => {
    const db = memoryDb();
    const set = (params: object, as = admin) =>
      call(db, 'crm.contact.details.configuration.set', { scope: 'C', ...params }, as).body.error_description;
    expect(set({})).toBe("Parameter 'data' must be array.");
    expect(set({ data: [] })).toBe('There are no data to write.');
    expect(set({ data: [{ name: 'main' }] })).toBe('Section at index 0 does not have title.');
    expect(set({}, manager)).toBe('Access denied.');
  });

  it.each([
    [5, "The entity type 'INVOICE' is not supported in current context."],
    [32, "The entity type 'SMART_DOCUMENT' is not supported in current context."],
    [1031, "Parameter 'entityTypeID' is not defined"],
    [1034, "Parameter 'entityTypeID' is not defined"],
  ])('crm.item.* with entityTypeId %s', (entityTypeId, message) => {
    expect(call(memoryDb(), 'crm.item.details.configuration.get', { entityTypeId, scope: 'C' })).toEqual({
      status: 400,
      body: { error: '', error_description: message },
    });
  });

  it('there are no quote or smart-process families of the old methods', () => {
    expect(call(memoryDb(), 'crm.quote.details.configuration.get', { scope: 'C' }).status).toBe(404);
  });
});
