import { describe, expect, it } from 'vitest';
import type { CardType } from '../../domain/cardType';
import { fakeFetch, ok, testClient, type FakeRequest } from '../testing/fakeFetch';
import { callCommand } from '../transport';
import { itemFieldsAnswer } from '../testing/itemFields';
import { itemNamesOf } from './itemCommands';
import {
  addRecord,
  cardFilter,
  listRecords,
  recordCommands,
  updateRecord,
  type RecordCommands,
} from './records';

/** `crm.item.fields` of a smart process as the portal answers it (camelCase key, `upperName`). */
const ITEM_FIELDS = itemFieldsAnswer({
  id: ['ID', { type: 'integer', isReadOnly: true }],
  title: ['TITLE'],
  xmlId: ['XML_ID'],
  categoryId: ['CATEGORY_ID', { type: 'crm_category' }],
  assignedById: ['ASSIGNED_BY_ID', { type: 'user' }],
  observers: ['OBSERVERS', { type: 'user', isMultiple: true }],
  ufCrm5_1700000000: ['UF_CRM_5_1700000000', { type: 'double', title: 'Weight' }],
});
const NAMES = itemNamesOf(ITEM_FIELDS.fields);

const DEAL: CardType = { entity: 'deal', categoryId: 3 };
const SMART: CardType = { entity: 'dynamic', entityTypeId: 1038, categoryId: 7 };

function commands(card: CardType): RecordCommands {
  const found = recordCommands(card, NAMES);
  if (!found) throw new Error('no commands');
  return found;
}

/** A portal answering each method with `answers[method]` and the envelope extras given. */
function portal(answers: Record<string, { result: unknown; extra?: Record<string, unknown> }>) {
  return testClient(
    fakeFetch((req: FakeRequest) => {
      const answer = answers[req.method];
      if (!answer) throw new Error(`unexpected ${req.method}`);
      return ok(answer.result, answer.extra);
    }),
  );
}

describe('records of the old entity methods', () => {
  it('lists one pipeline of deals with crm.deal.list and UPPER keys', async () => {
    const { client, fetch } = portal({
      'crm.deal.list': {
        result: [{ ID: '41', TITLE: 'Fit-out', CATEGORY_ID: '3', OPPORTUNITY: '900.00' }],
        extra: { total: 51, next: 50 },
      },
    });
    const page = await listRecords(client, commands(DEAL), {
      filter: { ...cardFilter(DEAL), '%TITLE': 'fit' },
      select: ['ID', 'TITLE'],
    });
    expect(page).toEqual({
      items: [{ ID: '41', TITLE: 'Fit-out', CATEGORY_ID: '3', OPPORTUNITY: '900.00' }],
      total: 51,
      next: 50,
    });
    // as PHP reads the form: lists become keyed arrays
    expect(fetch.requests[0]?.params).toEqual({
      filter: { CATEGORY_ID: '3', '%TITLE': 'fit' },
      select: { 0: 'ID', 1: 'TITLE' },
    });
  });

  it('reads and updates a contact, a company and a quote through their own methods', async () => {
    for (const entity of ['contact', 'company', 'quote'] as const) {
      const { client, fetch } = portal({
        [`crm.${entity}.get`]: { result: { ID: '9', TITLE: null, PHONE: [] } },
        [`crm.${entity}.update`]: { result: true },
      });
      const api = commands({ entity });
      expect(await callCommand(client, api.get(9))).toEqual({ ID: '9', TITLE: null, PHONE: [] });
      expect(await updateRecord(client, api, 9, { COMMENTS: 'seen' })).toBe(true);
      expect(fetch.requests.map((r) => r.method)).toEqual([`crm.${entity}.get`, `crm.${entity}.update`]);
      expect(fetch.requests[1]?.params).toEqual({ id: '9', fields: { COMMENTS: 'seen' } });
    }
    expect(cardFilter({ entity: 'contact' })).toEqual({});
  });
});

describe('records through crm.item.*', () => {
  it('lists a funnel of a smart process in camelCase and answers UPPER records', async () => {
    const { client, fetch } = portal({
      'crm.item.list': {
        result: {
          items: [{ id: 12, title: 'Crate', categoryId: 7, observers: [1, 2], ufCrm5_1700000000: 2.5 }],
        },
        extra: { total: 1 },
      },
    });
    const page = await listRecords(client, commands(SMART), {
      filter: { ...cardFilter(SMART), '%TITLE': 'cra' },
      order: { ID: 'DESC' },
      select: ['ID', 'TITLE', 'ASSIGNED_BY_ID'],
      start: 0,
    });
    expect(page.items).toEqual([
      { ID: '12', TITLE: 'Crate', CATEGORY_ID: '7', OBSERVERS: ['1', '2'], UF_CRM_5_1700000000: '2.5' },
    ]);
    expect(page.total).toBe(1);
    expect(fetch.requests[0]?.params).toEqual({
      entityTypeId: '1038',
      filter: { categoryId: '7', '%title': 'cra' },
      order: { id: 'DESC' },
      select: { 0: 'id', 1: 'title', 2: 'assignedById' },
      start: '0',
    });
  });

  it('gets, updates and adds a smart invoice with the `{item}` answers', async () => {
    const item = { id: 5, title: 'Invoice #5', assignedById: 1, xmlId: null, entityTypeId: 31 };
    const { client, fetch } = portal({
      'crm.item.get': { result: { item } },
      'crm.item.update': { result: { item: { ...item, title: 'Paid' } } },
      'crm.item.add': { result: { item: { ...item, id: 6 } } },
    });
    const api = commands({ entity: 'invoice' });
    expect(await callCommand(client, api.get(5))).toMatchObject({
      ID: '5',
      TITLE: 'Invoice #5',
      XML_ID: null,
    });
    expect(await updateRecord(client, api, 5, { TITLE: 'Paid', UF_CRM_5_1700000000: '3' })).toBe(true);
    expect(await addRecord(client, api, { TITLE: 'New' })).toBe(6);
    expect(fetch.requests.map((r) => r.params)).toEqual([
      { entityTypeId: '31', id: '5' },
      { entityTypeId: '31', id: '5', fields: { title: 'Paid', ufCrm5_1700000000: '3' } },
      { entityTypeId: '31', fields: { title: 'New' } },
    ]);
  });

  it('has no commands for an item card until its field names are known', () => {
    expect(recordCommands({ entity: 'invoice' }, null)).toBeNull();
    expect(recordCommands(SMART, null)).toBeNull();
    expect(recordCommands({ entity: 'lead', leadType: 'repeat' }, null)?.get(1).method).toBe('crm.lead.get');
  });
});
