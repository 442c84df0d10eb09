/**
 * Fields made and changed from the editor: `crm.lead.userfield.add` (naming rule, labels per
 * language, every type the editor offers) and `crm.lead.userfield.update` (labels, flags, list
 * items), as `crm.lead.fields`, `userfield.get` and `userfield.list` then show them.
 */
import { describe, expect, it } from 'vitest';
import { successEnvelope } from '../../src/api/schemas/envelope';
import { LeadFieldsSchema } from '../../src/api/schemas/fields';
import { EDITOR_USER_FIELD_TYPES } from '../../src/api/schemas/userFieldEdit';
import { ADMIN, crmErrorBody, dig, MANAGER, portalForFile } from './harness';

const portal = portalForFile();

const leadFields = async () =>
  successEnvelope(LeadFieldsSchema).parse((await portal.json(`${ADMIN}crm.lead.fields`, {})).json).result;
const add = (fields: unknown, base = ADMIN) => portal.json(`${base}crm.lead.userfield.add`, { fields });
const update = (id: unknown, fields: unknown, base = ADMIN) =>
  portal.json(`${base}crm.lead.userfield.update`, { id, fields });
const get = async (id: unknown) =>
  dig((await portal.json(`${ADMIN}crm.lead.userfield.get`, { id })).json, 'result') as Record<
    string,
    unknown
  >;
const coreBody = (...messages: string[]) => ({
  error: 'ERROR_CORE',
  error_description: messages.map((m) => `${m}<br>`).join(''),
});

describe('crm.lead.userfield.add: the UF_CRM_ naming rule', () => {
  it('upper-cases the name and puts UF_CRM_ in front unless it is there', async () => {
    const names: [string, string][] = [
      ['delivery_slot', 'UF_CRM_DELIVERY_SLOT'],
      ['UF_PARTNER', 'UF_CRM_PARTNER'],
      ['uf_crm_region_code', 'UF_CRM_REGION_CODE'],
    ];
    for (const [given, stored] of names) {
      const id = dig((await add({ FIELD_NAME: given, USER_TYPE_ID: 'string' })).json, 'result');
      expect((await get(id))['FIELD_NAME']).toBe(stored);
    }
  });

  it('refuses invalid symbols, names over 50 symbols, unknown types, all messages at once', async () => {
    expect((await add({ FIELD_NAME: 'цена', USER_TYPE_ID: 'string' })).json).toEqual(
      coreBody('The field name contains invalid symbols. Valid symbols are: A-Z, 0-9 and _.'),
    );
    const long = await add({ FIELD_NAME: 'A'.repeat(44), USER_TYPE_ID: 'colour' });
    expect(long.status).toBe(400);
    expect(long.json).toEqual(
      coreBody('The field name is too long (exceeds 50 symbols).', 'The custom type is invalid.'),
    );
    expect(dig((await add({ FIELD_NAME: 'A'.repeat(43), USER_TYPE_ID: 'string' })).json, 'result')).toEqual(
      expect.any(Number),
    );
  });
});

describe('crm.lead.userfield.add: labels, flags and types', () => {
  it('LABEL fills every label not given; a map sets the languages it names', async () => {
    const id = dig(
      (
        await add({
          FIELD_NAME: 'WAREHOUSE',
          USER_TYPE_ID: 'string',
          LABEL: 'Warehouse',
          EDIT_FORM_LABEL: { en: 'Warehouse', ru: 'Склад' },
        })
      ).json,
      'result',
    );
    const field = await get(id);
    expect(field['EDIT_FORM_LABEL']).toEqual({ en: 'Warehouse', ru: 'Склад', de: 'Warehouse' });
    expect(field['LIST_COLUMN_LABEL']).toEqual({ en: 'Warehouse', ru: 'Warehouse', de: 'Warehouse' });
    expect(field['HELP_MESSAGE']).toEqual({ en: 'Warehouse', ru: 'Warehouse', de: 'Warehouse' });
  });

  it('a required multiple list shows in crm.lead.fields with its items, flags and labels', async () => {
    await add({
      FIELD_NAME: 'CHANNELS',
      USER_TYPE_ID: 'enumeration',
      MANDATORY: 'Y',
      MULTIPLE: 'Y',
      EDIT_FORM_LABEL: { en: 'Channels', ru: 'Каналы' },
      LIST_COLUMN_LABEL: 'Channels (list)',
      LIST: [{ VALUE: ' Phone ' }, { VALUE: '' }, { VALUE: 'Chat', SORT: 5, DEF: 'Y' }],
    });
    const info = (await leadFields())['UF_CRM_CHANNELS'];
    expect(info).toEqual({
      type: 'enumeration',
      isRequired: true,
      isReadOnly: false,
      isImmutable: false,
      isMultiple: true,
      isDynamic: true,
      items: [
        { ID: expect.any(String), VALUE: 'Chat' },
        { ID: expect.any(String), VALUE: 'Phone' },
      ],
      title: 'UF_CRM_CHANNELS',
      listLabel: 'Channels (list)',
      formLabel: 'Channels',
      filterLabel: 'UF_CRM_CHANNELS',
      settings: { DISPLAY: 'LIST', LIST_HEIGHT: 1 },
    });
  });

  it('items with the same value clash on their XML_ID, after the field itself is stored', async () => {
    const reply = await add({
      FIELD_NAME: 'TWINS',
      USER_TYPE_ID: 'enumeration',
      LIST: [{ VALUE: 'Same' }, { VALUE: 'Same' }],
    });
    expect(reply.json).toEqual({
      error: 'ERROR_CORE',
      error_description: expect.stringMatching(
        /^List element with XML_ID=[0-9a-f]{32} already exists\.<br>$/,
      ),
    });
    expect((await leadFields())['UF_CRM_TWINS']).toMatchObject({ type: 'enumeration', items: [] });
  });

  it('every type the editor offers is accepted, with its settings per type', async () => {
    // Lists have their own tests above: they are sent with their items.
    const types = EDITOR_USER_FIELD_TYPES.filter((t) => t !== 'enumeration');
    for (const type of types) {
      const settings = type === 'crm' ? { LEAD: 'y', DEAL: 'Y' } : {};
      const reply = await add({
        FIELD_NAME: `T_${type}`,
        USER_TYPE_ID: type,
        MULTIPLE: 'Y',
        SETTINGS: settings,
      });
      expect(reply.status).toBe(200);
    }
    const f = await leadFields();
    expect(f['UF_CRM_T_STRING']).toMatchObject({
      type: 'string',
      isMultiple: true,
      settings: { DEFAULT_VALUE: '', ROWS: 1 },
    });
    expect(f['UF_CRM_T_DOUBLE']).toMatchObject({ settings: { DEFAULT_VALUE: '', PRECISION: 2 } });
    expect(f['UF_CRM_T_DATE']).toMatchObject({
      type: 'date',
      settings: { DEFAULT_VALUE: { VALUE: '', TYPE: 'NONE' } },
    });
    // A yes/no field is never multiple.
    expect(f['UF_CRM_T_BOOLEAN']).toMatchObject({
      isMultiple: false,
      settings: { DEFAULT_VALUE: 0, DISPLAY: 'CHECKBOX' },
    });
    expect(f['UF_CRM_T_CRM']).toMatchObject({
      type: 'crm',
      settings: { LEAD: 'Y', CONTACT: 'N', COMPANY: 'N', DEAL: 'Y' },
    });
    for (const type of ['money', 'address', 'url', 'file', 'employee']) {
      expect(f[`UF_CRM_T_${type.toUpperCase()}`]).toMatchObject({ type, isMultiple: true });
      expect(f[`UF_CRM_T_${type.toUpperCase()}`]?.settings).toBeUndefined(); // no settings of its own
    }
  });
});

describe('crm.lead.userfield.update', () => {
  const listField = async (name: string, multiple = 'N') =>
    dig(
      (
        await add({
          FIELD_NAME: name,
          USER_TYPE_ID: 'enumeration',
          MULTIPLE: multiple,
          EDIT_FORM_LABEL: { en: 'Stage of talks', ru: 'Этап переговоров', de: 'Verhandlung' },
          LIST: [{ VALUE: 'First call' }, { VALUE: 'Offer sent' }, { VALUE: 'Contract' }],
        })
      ).json,
      'result',
    ) as number;

  it('a label map replaces every language: the ones not sent become empty', async () => {
    const id = await listField('TALKS_LABEL');
    expect(
      (await update(id, { EDIT_FORM_LABEL: { en: 'Negotiation', ru: 'Переговоры' } })).json,
    ).toMatchObject({
      result: true,
    });
    const field = await get(id);
    expect(field['EDIT_FORM_LABEL']).toEqual({ en: 'Negotiation', ru: 'Переговоры', de: '' });
    expect(field['LIST_COLUMN_LABEL']).toEqual({
      en: 'UF_CRM_TALKS_LABEL',
      ru: 'UF_CRM_TALKS_LABEL',
      de: 'UF_CRM_TALKS_LABEL',
    });
    expect((await leadFields())['UF_CRM_TALKS_LABEL']).toMatchObject({
      formLabel: 'Negotiation',
      listLabel: 'UF_CRM_TALKS_LABEL',
    });
    await update(id, { LIST_COLUMN_LABEL: 'Talks' });
    expect((await get(id))['LIST_COLUMN_LABEL']).toEqual({ en: 'Talks', ru: 'Talks', de: 'Talks' });
  });

  it('MANDATORY changes (exactly "Y"); MULTIPLE, FIELD_NAME and USER_TYPE_ID stay', async () => {
    const id = await listField('TALKS_FLAGS');
    await update(id, { MANDATORY: 'Y', MULTIPLE: 'Y', FIELD_NAME: 'UF_CRM_OTHER', USER_TYPE_ID: 'string' });
    expect(await get(id)).toMatchObject({
      FIELD_NAME: 'UF_CRM_TALKS_FLAGS',
      USER_TYPE_ID: 'enumeration',
      MANDATORY: 'Y',
      MULTIPLE: 'N',
    });
    expect((await leadFields())['UF_CRM_TALKS_FLAGS']).toMatchObject({ isRequired: true, isMultiple: false });
    await update(id, { MANDATORY: 'y' });
    expect((await get(id))['MANDATORY']).toBe('N');
  });

  it('list items: renamed by ID, deleted by DEL or an empty value, new ones added, others kept', async () => {
    const id = await listField('TALKS_ITEMS');
    const before = (await get(id))['LIST'] as { ID: string; VALUE: string }[];
    const [first, second, third] = before;
    await update(id, {
      LIST: [
        { ID: first?.ID, VALUE: 'Intro call' },
        { ID: second?.ID, DEL: 'Y' },
        { VALUE: 'Signed', DEF: 'Y' },
        { ID: '999999', VALUE: 'Not this field’s item' },
      ],
    });
    expect((await get(id))['LIST']).toEqual([
      { ID: first?.ID, SORT: '500', VALUE: 'Intro call', DEF: 'N' },
      { ID: third?.ID, SORT: '500', VALUE: 'Contract', DEF: 'N' },
      { ID: expect.any(String), SORT: '500', VALUE: 'Signed', DEF: 'Y' },
    ]);
    await update(id, { LIST: [{ ID: third?.ID, VALUE: '' }] });
    expect(((await leadFields())['UF_CRM_TALKS_ITEMS']?.items ?? []).map((i) => i.VALUE)).toEqual([
      'Intro call',
      'Signed',
    ]);
  });

  it('a single list keeps one default; a clashing XML_ID fails the items and keeps the rest', async () => {
    const id = await listField('TALKS_CLASH');
    const [a, b] = (await get(id))['LIST'] as { ID: string }[];
    await update(id, {
      LIST: [
        { ID: a?.ID, VALUE: 'First call', DEF: 'Y' },
        { ID: b?.ID, VALUE: 'Offer sent', DEF: 'Y' },
      ],
    });
    expect(((await get(id))['LIST'] as { DEF: string }[]).map((i) => i.DEF)).toEqual(['Y', 'N', 'N']);

    const clash = await update(id, {
      EDIT_FORM_LABEL: 'Talks',
      LIST: [
        { VALUE: 'Another', XML_ID: 'K1' },
        { VALUE: 'And another', XML_ID: 'K1' },
      ],
    });
    expect(clash.json).toEqual(coreBody('List element with XML_ID=K1 already exists.'));
    const field = await get(id);
    expect((field['LIST'] as unknown[]).length).toBe(3);
    expect(field['EDIT_FORM_LABEL']).toEqual({ en: 'Talks', ru: 'Talks', de: 'Talks' });
  });

  it('answers the portal errors: fields not an array, bad ID, rights, unknown field', async () => {
    expect((await portal.json(`${ADMIN}crm.lead.userfield.update`, { id: 1, fields: 'x' })).json).toEqual(
      crmErrorBody("Parameter 'fields' must be array."),
    );
    expect((await update(0, { MANDATORY: 'Y' })).json).toEqual(crmErrorBody('ID is not defined or invalid.'));
    expect((await update(1, { MANDATORY: 'Y' }, MANAGER)).json).toEqual(crmErrorBody('Access denied.'));
    const missing = await update(987654, { MANDATORY: 'Y' });
    expect(missing.status).toBe(400);
    expect(missing.json).toEqual({
      error: 'ERROR_NOT_FOUND',
      error_description: "The entity with ID '987654' is not found.",
    });
  });
});
