/** `crm.lead.fields`, `crm.lead.userfield.*`, `crm.status.list`, users, `profile`, `app.info`. */
import { describe, expect, it } from 'vitest';
import { successEnvelope } from '../../src/api/schemas/envelope';
import { LeadFieldsSchema, UserFieldSchema } from '../../src/api/schemas/fields';
import { StatusListSchema } from '../../src/api/schemas/status';
import { AppInfoSchema, ProfileSchema, UserListSchema, UserSchema } from '../../src/api/schemas/user';
import { z } from 'zod';
import { ADMIN, crmErrorBody, dig, MANAGER, portalForFile } from './harness';

const portal = portalForFile();

const fields = async () =>
  successEnvelope(LeadFieldsSchema).parse((await portal.json(`${ADMIN}crm.lead.fields`, {})).json).result;

describe('crm.lead.fields (2)', () => {
  it('standard fields with the flags and titles of 2.3, in key order', async () => {
    const reply = await portal.get(`${ADMIN}crm.lead.fields`);
    expect(reply.text).toContain(
      '"TITLE":{"type":"string","isRequired":false,"isReadOnly":false,"isImmutable":false,"isMultiple":false,"isDynamic":false,"title":"Lead Title"}',
    );
    const f = await fields();
    expect(f['ID']).toMatchObject({ type: 'integer', isReadOnly: true, title: 'ID' });
    expect(f['STATUS_ID']).toMatchObject({ type: 'crm_status', statusType: 'STATUS', title: 'Stage' });
    expect(f['CONTACT_ID']).toMatchObject({ type: 'crm_contact', isDeprecated: true });
    expect(f['CONTACT_IDS']).toMatchObject({ isMultiple: true, title: 'CONTACT_IDS' });
    expect(f['COMPANY_ID']).toMatchObject({ settings: { parentEntityTypeId: 4 } });
    expect(f['IS_RETURN_CUSTOMER']).toMatchObject({
      type: 'char',
      isReadOnly: true,
      title: 'Returning Lead',
    });
    expect(f['PHONE']).toMatchObject({ type: 'crm_multifield', isMultiple: true, title: 'Phone' });
    expect(Object.keys(f).slice(0, 4)).toEqual(['ID', 'TITLE', 'HONORIFIC', 'NAME']);
    expect(Object.values(f).every((v) => v.isRequired === false || v.isDynamic)).toBe(true);
  });

  it('user fields: title = code, labels in formLabel/listLabel/filterLabel, items, statusType', async () => {
    const f = await fields();
    const ufs = Object.keys(f).filter((k) => k.startsWith('UF_'));
    expect(ufs.length).toBeGreaterThanOrEqual(20);
    expect(new Set(ufs.map((k) => f[k]?.type))).toEqual(
      new Set([
        'enumeration',
        'integer',
        'money',
        'double',
        'boolean',
        'datetime',
        'date',
        'url',
        'employee',
        'crm_status',
        'file',
        'address',
        'string',
        'crm',
      ]),
    );
    expect(f['UF_CRM_BUDGET_BAND']).toMatchObject({
      type: 'enumeration',
      isDynamic: true,
      title: 'UF_CRM_BUDGET_BAND',
      formLabel: 'Budget band',
      listLabel: 'Budget band',
      filterLabel: 'Budget band',
      items: [
        { ID: expect.stringMatching(/^\d+$/), VALUE: 'Under $1,000' },
        expect.anything(),
        expect.anything(),
        expect.anything(),
      ],
      settings: { DISPLAY: 'LIST', LIST_HEIGHT: 1 },
    });
    expect(f['UF_CRM_SECONDARY_SOURCE']).toMatchObject({ statusType: 'SOURCE' });
    expect(f['UF_CRM_VAT_ID']).toMatchObject({ isRequired: true });
    expect(f['UF_CRM_TAGS']).toMatchObject({ isMultiple: true });
  });
});

describe('crm.lead.userfield.*', () => {
  it('add: the new field shows in crm.lead.fields and userfield.list', async () => {
    const reply = await portal.json(`${ADMIN}crm.lead.userfield.add`, {
      fields: {
        FIELD_NAME: 'MY_LIST',
        EDIT_FORM_LABEL: 'My List',
        LIST_COLUMN_LABEL: 'My List',
        USER_TYPE_ID: 'enumeration',
        LIST: [{ VALUE: 'Item #1' }, { VALUE: 'Item #2', DEF: 'Y' }],
        XML_ID: 'MY_LIST',
        SETTINGS: { LIST_HEIGHT: 3 },
      },
    });
    expect(reply.status).toBe(200);
    const id = dig(reply.json, 'result');
    expect(id).toEqual(expect.any(Number));
    const f = await fields();
    expect(f['UF_CRM_MY_LIST']).toMatchObject({
      type: 'enumeration',
      title: 'UF_CRM_MY_LIST',
      formLabel: 'My List',
      listLabel: 'My List',
      filterLabel: 'UF_CRM_MY_LIST', // not given: defaults to the code
      items: [{ VALUE: 'Item #1' }, { VALUE: 'Item #2' }],
      settings: { DISPLAY: 'LIST', LIST_HEIGHT: 3 },
    });

    const list = await portal.json(`${ADMIN}crm.lead.userfield.list`, {
      filter: { FIELD_NAME: 'UF_CRM_MY_LIST', LANG: 'en' },
    });
    const rows = successEnvelope(z.array(UserFieldSchema)).parse(list.json);
    expect(rows.total).toBe(1);
    expect(rows.result[0]).toMatchObject({
      ID: String(id),
      ENTITY_ID: 'CRM_LEAD',
      USER_TYPE_ID: 'enumeration',
      SORT: '100',
      MULTIPLE: 'N',
      EDIT_FORM_LABEL: 'My List',
      LIST: [
        { VALUE: 'Item #1', DEF: 'N' },
        { VALUE: 'Item #2', DEF: 'Y' },
      ],
    });
    const all = await portal.json(`${MANAGER}crm.lead.userfield.list`, { order: { SORT: 'DESC' } });
    expect(dig(all.json, 'total')).toBe(22);
    expect(dig(all.json, 'result', 0, 'EDIT_FORM_LABEL')).toBeUndefined(); // labels only with LANG
  });

  it('add: errors for missing keys, duplicates, bad types, and non-admins', async () => {
    const missing = await portal.json(`${ADMIN}crm.lead.userfield.add`, { fields: {} });
    expect(missing.json).toEqual(
      crmErrorBody("The 'USER_TYPE_ID' field is not found.\nThe 'FIELD_NAME' field is not found."),
    );
    const dup = await portal.json(`${ADMIN}crm.lead.userfield.add`, {
      fields: { FIELD_NAME: 'VAT_ID', USER_TYPE_ID: 'string' },
    });
    expect(dup.status).toBe(400);
    expect(dup.json).toEqual({
      error: 'ERROR_CORE',
      error_description: 'The field UF_CRM_VAT_ID for entity CRM_LEAD already exists.<br>',
    });
    const badType = await portal.json(`${ADMIN}crm.lead.userfield.add`, {
      fields: { FIELD_NAME: 'X1', USER_TYPE_ID: 'color' },
    });
    expect(badType.json).toEqual({
      error: 'ERROR_CORE',
      error_description: 'The custom type is invalid.<br>',
    });
    const manager = await portal.json(`${MANAGER}crm.lead.userfield.add`, {
      fields: { FIELD_NAME: 'X2', USER_TYPE_ID: 'string' },
    });
    expect(manager.json).toEqual(crmErrorBody('Access denied.'));
  });

  it('get and delete', async () => {
    const created = await portal.json(`${ADMIN}crm.lead.userfield.add`, {
      fields: { FIELD_NAME: 'TEMP', USER_TYPE_ID: 'string' },
    });
    const id = dig(created.json, 'result') as number;
    expect(
      dig((await portal.json(`${ADMIN}crm.lead.userfield.get`, { id })).json, 'result', 'FIELD_NAME'),
    ).toBe('UF_CRM_TEMP');
    expect(dig((await portal.json(`${ADMIN}crm.lead.userfield.delete`, { id })).json, 'result')).toBe(true);
    const gone = await portal.json(`${ADMIN}crm.lead.userfield.get`, { id });
    expect(gone.json).toEqual({
      error: 'ERROR_NOT_FOUND',
      error_description: `The entity with ID '${id}' is not found.`,
    });
    expect((await fields())['UF_CRM_TEMP']).toBeUndefined();
  });
});

describe('crm.status.list (3.5)', () => {
  it('lead stages with EXTRA semantics and colours, in stage order', async () => {
    const reply = await portal.form(`${ADMIN}crm.status.list`, { filter: { ENTITY_ID: 'STATUS' } });
    const body = successEnvelope(StatusListSchema).parse(reply.json);
    expect(body.total).toBe(5);
    expect(body.result.map((s) => s.STATUS_ID)).toEqual([
      'NEW',
      'IN_PROCESS',
      'PROCESSED',
      'CONVERTED',
      'JUNK',
    ]);
    expect(body.result[0]).toEqual({
      ID: '1',
      ENTITY_ID: 'STATUS',
      STATUS_ID: 'NEW',
      NAME: 'Unprocessed',
      NAME_INIT: 'Unprocessed',
      SORT: '10',
      SYSTEM: 'Y',
      CATEGORY_ID: null,
      COLOR: '#2FC6F6',
      SEMANTICS: null,
      EXTRA: { SEMANTICS: 'process', COLOR: '#2FC6F6' },
    });
    expect(body.result.find((s) => s.STATUS_ID === 'JUNK')?.EXTRA).toEqual({
      SEMANTICS: 'failure',
      COLOR: '#FF5752',
    });
  });

  it('sources and salutations have no EXTRA; order works', async () => {
    const sources = successEnvelope(StatusListSchema).parse(
      (
        await portal.json(`${ADMIN}crm.status.list`, {
          order: { SORT: 'DESC' },
          filter: { ENTITY_ID: 'SOURCE' },
        })
      ).json,
    );
    expect(sources.result).toHaveLength(12);
    expect(sources.result[0]?.STATUS_ID).toBe('OTHER');
    expect(sources.result.every((s) => s.EXTRA === undefined)).toBe(true);
    const honorifics = await portal.json(`${ADMIN}crm.status.list`, { filter: { ENTITY_ID: 'HONORIFIC' } });
    expect(dig(honorifics.json, 'result', 0)).toMatchObject({ STATUS_ID: 'HNR_EN_1', NAME: 'Mr.' });
  });
});

describe('users, profile, app.info (3.6)', () => {
  it('user.current and profile: ADMIN is the portal admin', async () => {
    const me = successEnvelope(UserSchema).parse((await portal.get(`${MANAGER}user.current`)).json).result;
    expect(me).toMatchObject({ ID: '2', ACTIVE: true, NAME: 'Demo', LAST_NAME: 'Manager' });
    const admin = successEnvelope(ProfileSchema).parse((await portal.get(`${ADMIN}profile`)).json).result;
    expect(admin).toMatchObject({
      ID: '1',
      ADMIN: true,
      NAME: 'Demo',
      LAST_NAME: 'Admin',
      TIME_ZONE_OFFSET: 7200,
    });
    const manager = successEnvelope(ProfileSchema).parse((await portal.get(`${MANAGER}profile`)).json).result;
    expect(manager.ADMIN).toBe(false);
  });

  it('user.get: FILTER with NAME_SEARCH and prefixes, bare LIKE patterns, paging', async () => {
    const names = async (params: Record<string, unknown>): Promise<string[]> =>
      successEnvelope(UserListSchema)
        .parse((await portal.json(`${ADMIN}user.get`, params)).json)
        .result.map((u) => `${u.NAME ?? ''} ${u.LAST_NAME ?? ''}`);
    expect(await names({})).toHaveLength(8);
    expect(await names({ FILTER: { NAME_SEARCH: 'ив' } })).toEqual(['Иван Петров']);
    expect(await names({ filter: { NAME_SEARCH: 'demo man' } })).toEqual(['Demo Manager']);
    expect(await names({ filter: { '%LAST_NAME': 'ов' } })).toEqual([
      'Иван Петров',
      'Ольга Смирнова',
      'Дмитрий Кузнецов',
    ]);
    expect(await names({ filter: { NAME: 'Ан%' } })).toEqual([]);
    expect(await names({ filter: { NAME: 'An%' } })).toEqual(['Anna Schmidt']);
    expect(await names({ filter: { '!%LAST_NAME': 'ov' }, sort: 'LAST_NAME', order: 'desc' })).toHaveLength(
      8,
    );
    expect(await names({ UF_DEPARTMENT: 3, ACTIVE: true })).toEqual([
      'Demo Manager',
      'Иван Петров',
      'Anna Schmidt',
      "James O'Connor",
    ]);
    const page = await portal.json(`${ADMIN}user.get`, { start: 0 });
    expect(dig(page.json, 'total')).toBe(8);
    expect(dig(page.json, 'next')).toBeUndefined();
  });

  it('app.info: a webhook gets its scopes and licence', async () => {
    const info = AppInfoSchema.parse(dig((await portal.get(`${ADMIN}app.info`)).json, 'result'));
    expect(info).toEqual({ SCOPE: ['crm', 'user', 'department'], LICENSE: 'en_pro100' });
  });
});
