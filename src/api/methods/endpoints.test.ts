import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { ok, script, testClient } from '../testing/fakeFetch';
import { callCommand, callListCommand } from '../transport';
import { appInfoCommand } from './appInfo';
import { fieldKeys, leadFieldsCommand } from './fields';
import { leadCommands, leadKeys } from './leads';
import { statusesCommand } from './statuses';
import { listUserFields } from './userfields';
import { profileCommand, userKeys, userSearchQuery } from './users';

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
    expect((await callCommand(client, leadCommands.get(7))).TITLE).toBe('Acme');
    const page = await callListCommand(
      client,
      leadCommands.list({ filter: { '>ID': 7, IS_RETURN_CUSTOMER: 'N' }, select: ['ID'], start: 50 }),
    );
    expect(page).toEqual({ items: [{ ID: '8' }], total: 51, next: 50 });
    const added = leadCommands.add({ TITLE: 'New', PHONE: [{ VALUE: '+1', VALUE_TYPE: 'WORK' }] });
    expect(await callCommand(client, added)).toBe(9);
    const renamed = leadCommands.update(9, { TITLE: 'Renamed' }, { REGISTER_SONET_EVENT: 'N' });
    expect(await callCommand(client, renamed)).toBe(true);
    expect(await callCommand(client, leadCommands.delete(9))).toBe(true);
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

  it('users: search with paging, profile', async () => {
    const { client, fetch } = testClient(
      script(
        ok([USER], { total: 60, next: 100 }),
        ok({ ID: '1', ADMIN: false, NAME: null, LAST_NAME: null }),
      ),
    );
    expect(
      await new QueryClient().fetchQuery(userSearchQuery(client, { search: ' bor ', start: 50 })),
    ).toEqual({
      items: [USER],
      total: 60,
      next: 100,
    });
    expect((await callCommand(client, profileCommand())).ADMIN).toBe(false);
    expect(fetch.requests[0]?.params).toEqual({
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
    expect(await callCommand(client, leadFieldsCommand())).toEqual({});
    expect(await callCommand(client, statusesCommand('SOURCE'))).toEqual([]);
    expect((await listUserFields(client, 'lead'))[0]?.FIELD_NAME).toBe('UF_CRM_1');
    // what the connect screen checks the scopes in (checkWebhook.test.ts: crm and user, or refused)
    expect(await callCommand(client, appInfoCommand())).toMatchObject({ SCOPE: ['crm', 'user'] });
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
