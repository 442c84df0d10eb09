import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { batchOk, fail, script, testClient } from '../testing/fakeFetch';
import { editorBootstrapQuery, loadEditorBootstrap, primeEditorCaches } from './editorBootstrap';
import { fieldKeys } from './fields';
import { layoutKeys, layoutQuery } from './layout';
import { userKeys } from './users';

const FIELD = {
  type: 'string',
  isRequired: false,
  isReadOnly: false,
  isImmutable: false,
  isMultiple: false,
  isDynamic: false,
  title: 'Lead Title',
};
const PROFILE = { ID: '1', ADMIN: true, NAME: 'Anna', LAST_NAME: 'Admin' };
const USER = { ID: '2', ACTIVE: true, NAME: 'Boris', LAST_NAME: 'User' };
const STATUS = {
  ID: '1',
  ENTITY_ID: 'STATUS',
  STATUS_ID: 'NEW',
  NAME: 'Unprocessed',
  SORT: '10',
  SYSTEM: 'Y',
};
const key = { scope: 'P', userId: 2, card: { entity: 'lead', leadType: 'simple' } } as const;

describe('loadEditorBootstrap', () => {
  it('loads fields, layout, profile, users and statuses in ONE batch request', async () => {
    const { client, fetch } = testClient(
      script(
        batchOk({
          result: {
            fields: { TITLE: FIELD },
            layout: [
              {
                type: 'section',
                name: 'main',
                title: 'Main',
                elements: [{ name: 'TITLE', optionFlags: '1' }],
              },
            ],
            profile: PROFILE,
            users: [USER],
            statuses: [STATUS],
          },
          result_total: { users: 51, statuses: 1 },
          result_next: { users: 50 },
        }),
      ),
    );
    const boot = await loadEditorBootstrap(client, key);
    expect(fetch.requests).toHaveLength(1);
    expect(fetch.requests[0]?.params).toEqual({
      halt: '0',
      cmd: {
        fields: 'crm.lead.fields',
        layout: 'crm.lead.details.configuration.get?scope=P&userId=2&extras[leadCustomerType]=1',
        profile: 'profile',
        users: 'user.get?sort=LAST_NAME&order=ASC&FILTER[ACTIVE]=Y',
        statuses: 'crm.status.list?order[SORT]=ASC',
      },
    });
    expect(boot.errors).toEqual({});
    expect(boot.fields?.['TITLE']?.title).toBe('Lead Title');
    expect(boot.layout?.layout.sections[0]?.elements).toEqual([{ field: 'TITLE', optionFlags: 1 }]);
    expect(boot.profile).toEqual(PROFILE);
    expect(boot.users).toEqual({ items: [USER], total: 51, next: 50 });
    expect(boot.statuses).toEqual([STATUS]);
  });

  it('opens with what loaded and says what failed', async () => {
    const { client } = testClient(
      script(
        batchOk({
          result: { fields: { TITLE: FIELD }, layout: null, users: [], statuses: [] },
          result_error: {
            profile: {
              error: 'insufficient_scope',
              error_description: 'The request requires higher privileges.',
            },
          },
        }),
      ),
    );
    const boot = await loadEditorBootstrap(client, key);
    expect(boot.layout).toBeNull();
    expect(boot.profile).toBeUndefined();
    expect(boot.users).toEqual({ items: [] });
    expect(Object.keys(boot.errors)).toEqual(['profile']);
    expect(boot.errors.profile).toMatchObject({
      kind: 'portal',
      method: 'profile',
      code: 'insufficient_scope',
    });
  });

  it('rejects when the batch request itself fails', async () => {
    const { client } = testClient(script(fail(401, 'INVALID_CREDENTIALS', 'Invalid request credentials')));
    await expect(loadEditorBootstrap(client, key)).rejects.toMatchObject({
      method: 'batch',
      code: 'INVALID_CREDENTIALS',
    });
  });

  it('primes the per-endpoint query caches', async () => {
    const { client } = testClient(
      script(
        batchOk({
          result: { fields: { TITLE: FIELD }, layout: null, profile: PROFILE, users: [USER], statuses: [] },
        }),
      ),
    );
    const queryClient = new QueryClient();
    const boot = await queryClient.fetchQuery(editorBootstrapQuery(client, key));
    primeEditorCaches(queryClient, client, key, boot);
    expect(queryClient.getQueryData(fieldKeys.lead(client))).toEqual({ TITLE: FIELD });
    expect(queryClient.getQueryData(layoutKeys.one(client, key))).toBeNull();
    expect(queryClient.getQueryData(userKeys.profile(client))).toEqual(PROFILE);
    // The layout query now answers from the cache: the script has no second reply.
    await expect(
      queryClient.fetchQuery({ ...layoutQuery(client, key), staleTime: Infinity }),
    ).resolves.toBeNull();
  });
});
