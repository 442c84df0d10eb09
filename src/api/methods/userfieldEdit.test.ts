import { describe, expect, it } from 'vitest';
import { isPortalError } from '../errors';
import { fail, ok, script, testClient } from '../testing/fakeFetch';
import { addUserField, getUserFieldByName, updateUserField, userFieldEntityOf } from './userfields';

describe('crm.{entity}.userfield.add|update|get from the client', () => {
  it('add sends the fields and answers the new ID; update answers true', async () => {
    const { client, fetch } = testClient(script(ok(31), ok(true)));
    expect(
      await addUserField(client, 'lead', {
        FIELD_NAME: 'UF_CRM_SLOT',
        USER_TYPE_ID: 'enumeration',
        EDIT_FORM_LABEL: { en: 'Slot', ru: 'Окно' },
        LIST: [{ VALUE: 'Morning' }],
      }),
    ).toBe(31);
    expect(await updateUserField(client, 'lead', 31, { MANDATORY: 'Y', LIST: [{ ID: '5', DEL: 'Y' }] })).toBe(
      true,
    );
    expect(fetch.requests.map((r) => [r.method, r.params])).toEqual([
      [
        'crm.lead.userfield.add',
        {
          fields: {
            FIELD_NAME: 'UF_CRM_SLOT',
            USER_TYPE_ID: 'enumeration',
            EDIT_FORM_LABEL: { en: 'Slot', ru: 'Окно' },
            LIST: { '0': { VALUE: 'Morning' } },
          },
        },
      ],
      [
        'crm.lead.userfield.update',
        { id: '31', fields: { MANDATORY: 'Y', LIST: { '0': { ID: '5', DEL: 'Y' } } } },
      ],
    ]);
  });

  it('finds a field by its code, then reads every label per language', async () => {
    const row = {
      ID: '12',
      ENTITY_ID: 'CRM_LEAD',
      FIELD_NAME: 'UF_CRM_X',
      USER_TYPE_ID: 'string',
      SORT: '100',
      MULTIPLE: 'N',
      MANDATORY: 'N',
    };
    const { client, fetch } = testClient(
      script(
        ok([row], { total: 1 }),
        ok({ ...row, EDIT_FORM_LABEL: { en: 'X', ru: 'Икс', de: 'X' } }),
        ok([], { total: 0 }),
      ),
    );
    expect((await getUserFieldByName(client, 'lead', 'UF_CRM_X'))?.EDIT_FORM_LABEL).toEqual({
      en: 'X',
      ru: 'Икс',
      de: 'X',
    });
    expect(await getUserFieldByName(client, 'lead', 'UF_CRM_GONE')).toBeNull();
    expect(fetch.requests.map((r) => r.method)).toEqual([
      'crm.lead.userfield.list',
      'crm.lead.userfield.get',
      'crm.lead.userfield.list',
    ]);
  });

  it('a refused add is a PortalError with the portal code and text', async () => {
    const { client } = testClient(
      script(fail(400, 'ERROR_CORE', 'The field UF_CRM_SLOT for entity CRM_LEAD already exists.<br>')),
    );
    const error = await addUserField(client, 'lead', {
      FIELD_NAME: 'UF_CRM_SLOT',
      USER_TYPE_ID: 'string',
    }).catch((e: unknown) => e);
    expect(isPortalError(error) && [error.code, error.description]).toEqual([
      'ERROR_CORE',
      'The field UF_CRM_SLOT for entity CRM_LEAD already exists.<br>',
    ]);
  });

  it("a deal card's fields are created and read by the deal's methods; invoices and smart processes have none here", async () => {
    const { client, fetch } = testClient(script(ok(7), ok([], { total: 0 })));
    const entity = userFieldEntityOf({ entity: 'deal', categoryId: 2 });
    expect(entity).toBe('deal');
    await addUserField(client, 'deal', { FIELD_NAME: 'UF_CRM_BUDGET', USER_TYPE_ID: 'double' });
    expect(await getUserFieldByName(client, 'deal', 'UF_CRM_BUDGET')).toBeNull();
    expect(fetch.requests.map((r) => r.method)).toEqual([
      'crm.deal.userfield.add',
      'crm.deal.userfield.list',
    ]);
    expect(userFieldEntityOf({ entity: 'contact' })).toBe('contact');
    expect(userFieldEntityOf({ entity: 'invoice' })).toBeNull();
    expect(userFieldEntityOf({ entity: 'dynamic', entityTypeId: 128, categoryId: 0 })).toBeNull();
  });
});
