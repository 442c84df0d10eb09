import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { fail, ok, script, testClient } from '../testing/fakeFetch';
import type { PortalClient } from '../transport';
import { departmentsQuery, departmentUsersQuery } from './departments';

/** What the safety step's recipients read: the structure, and the users of some departments. */
const readStructure = (client: PortalClient) => new QueryClient().fetchQuery(departmentsQuery(client));
const readUsers = (client: PortalClient, departmentIds: readonly number[]) =>
  new QueryClient().fetchQuery(departmentUsersQuery(client, departmentIds));

const user = (ID: string, ACTIVE = true) => ({ ID, ACTIVE, NAME: `N${ID}`, LAST_NAME: 'L' });

describe('department.get and user.get by department', () => {
  it('reads every page of the structure, decoding rows without PARENT or UF_HEAD', async () => {
    const { client, fetch } = testClient(
      script(
        ok([{ ID: '1', NAME: 'Co', SORT: 500, UF_HEAD: '1' }], { total: 2, next: 50 }),
        ok([{ ID: '2', NAME: 'Sales', SORT: 100, PARENT: '1' }], { total: 2 }),
      ),
    );
    expect(await readStructure(client)).toEqual([
      { ID: '1', NAME: 'Co', SORT: 500, UF_HEAD: '1' },
      { ID: '2', NAME: 'Sales', SORT: 100, PARENT: '1' },
    ]);
    expect(fetch.requests.map((r) => [r.method, r.params])).toEqual([
      ['department.get', {}],
      ['department.get', { start: '50' }],
    ]);
  });

  it('asks for the active users of the departments, all pages, and keeps each active user once', async () => {
    const { client, fetch } = testClient(
      script(
        ok([user('2'), user('4'), user('9', false)], { total: 4, next: 50 }),
        ok([user('4'), user('6')], { total: 4 }),
      ),
    );
    const users = await readUsers(client, [3, 6]);
    expect(users.map((u) => u.ID)).toEqual(['2', '4', '6']);
    expect(fetch.requests.map((r) => [r.method, r.params])).toEqual([
      ['user.get', { sort: 'ID', order: 'ASC', FILTER: { UF_DEPARTMENT: { 0: '3', 1: '6' }, ACTIVE: 'Y' } }],
      [
        'user.get',
        { sort: 'ID', order: 'ASC', FILTER: { UF_DEPARTMENT: { 0: '3', 1: '6' }, ACTIVE: 'Y' }, start: '50' },
      ],
    ]);
    expect(await readUsers(client, [])).toEqual([]);
    expect(fetch.requests).toHaveLength(2);
  });

  it('a missing department scope is the portal error insufficient_scope', async () => {
    const { client } = testClient(
      script(
        fail(
          401,
          'insufficient_scope',
          'The request requires higher privileges than provided by the access token',
        ),
      ),
    );
    await expect(readStructure(client)).rejects.toMatchObject({
      kind: 'portal',
      code: 'insufficient_scope',
      method: 'department.get',
    });
  });
});
