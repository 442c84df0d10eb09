import { describe, expect, it } from 'vitest';
import { ok, script, testClient } from '../testing/fakeFetch';
import { getAppInfo, hasCrmScope } from './appInfo';
import { fieldKeys, getLeadFields } from './fields';
import { addLead, deleteLead, getLead, leadKeys, listLeads, updateLead } from './leads';
import { listStatuses } from './statuses';
import { listUserFields } from './userfields';
import { getCurrentUser, getProfile, searchUsers, userKeys } from './users';

const USER = { ID: '2', ACTIVE: true, NAME: 'Boris', LAST_NAME: 'User' };

describe('endpoint parameters', () => {
  it('leads: get, list with filter and paging, add, update, delete', async () => {
    const { client, fetch } = testClient(
      script(
        ok({
          ID: '7',
          TITLE: 'Acme',
          PHONE: [{ ID: '1', VALUE_TYPE: 'WORK', VALUE: '+1', TYPE_ID: 'PHONE' }],
        }),
        ok([{ ID: '8' }], { total: 51, next: 50 }),
        ok(9),
        ok(true),
        ok(true),
      ),
    );
    expect((await getLead(client, 7)).TITLE).toBe('Acme');
    const page = await listLeads(client, {
      filter: { '>ID': 7, IS_RETURN_CUSTOMER: 'N' },
      select: ['ID'],
      start: 50,
    });
    expect(page).toEqual({ items: [{ ID: '8' }], total: 51, next: 50 });
    expect(await addLead(client, { TITLE: 'New', PHONE: [{ VALUE: '+1', VALUE_TYPE: 'WORK' }] })).toBe(9);
    expect(await updateLead(client, 9, { TITLE: 'Renamed' }, { REGISTER_SONET_EVENT: 'N' })).toBe(true);
    expect(await deleteLead(client, 9)).toBe(true);
    expect(fetch.requests.map((r) => [r.method, r.params])).toEqual([
      ['crm.lead.get', { id: '7' }],
      [
        'crm.lead.list',
        { filter: { '>ID': '7', IS_RETURN_CUSTOMER: 'N' }, select: { '0': 'ID' }, start: '50' },
      ],
      ['crm.lead.add', { fields: { TITLE: 'New', PHONE: { '0': { VALUE: '+1', VALUE_TYPE: 'WORK' } } } }],
      ['crm.lead.update', { id: '9', fields: { TITLE: 'Renamed' }, params: { REGISTER_SONET_EVENT: 'N' } }],
      ['crm.lead.delete', { id: '9' }],
    ]);
    expect(leadKeys.detail(client, 7)).toEqual(['portal', client.id, 'leads', 'detail', 7]);
  });

  it('users: current, search with paging, profile', async () => {
    const { client, fetch } = testClient(
      script(
        ok(USER),
        ok([USER], { total: 60, next: 100 }),
        ok({ ID: '1', ADMIN: false, NAME: null, LAST_NAME: null }),
      ),
    );
    expect(await getCurrentUser(client)).toEqual(USER);
    expect(await searchUsers(client, { search: ' bor ', start: 50 })).toEqual({
      items: [USER],
      total: 60,
      next: 100,
    });
    expect((await getProfile(client)).ADMIN).toBe(false);
    expect(fetch.requests[1]?.params).toEqual({
      sort: 'LAST_NAME',
      order: 'ASC',
      FILTER: { ACTIVE: 'Y', NAME_SEARCH: 'bor' },
      start: '50',
    });
    expect(userKeys.search(client, { search: ' bor ', start: 50 })).toEqual([
      'portal',
      client.id,
      'users',
      'search',
      'bor',
      50,
    ]);
  });

  it('fields, statuses, user fields and app.info', async () => {
    const { client, fetch } = testClient(
      script(
        ok({}),
        ok([]),
        ok([
          {
            ID: '1',
            ENTITY_ID: 'CRM_LEAD',
            FIELD_NAME: 'UF_CRM_1',
            USER_TYPE_ID: 'string',
            SORT: '100',
            MULTIPLE: 'N',
            MANDATORY: 'N',
          },
        ]),
        ok({ SCOPE: ['crm', 'user'], LICENSE: 'ru_project' }),
      ),
    );
    expect(await getLeadFields(client)).toEqual({});
    expect(await listStatuses(client, 'SOURCE')).toEqual([]);
    expect((await listUserFields(client, 'lead'))[0]?.FIELD_NAME).toBe('UF_CRM_1');
    expect(hasCrmScope(await getAppInfo(client))).toBe(true);
    expect(fetch.requests.map((r) => [r.method, r.params])).toEqual([
      ['crm.lead.fields', {}],
      ['crm.status.list', { order: { SORT: 'ASC' }, filter: { ENTITY_ID: 'SOURCE' } }],
      ['crm.lead.userfield.list', { order: { SORT: 'ASC' } }],
      ['app.info', {}],
    ]);
    expect(fieldKeys.of(client, { entity: 'lead', leadType: 'repeat' })).toEqual([
      'portal',
      client.id,
      'fields',
      'lead',
    ]);
  });
});
