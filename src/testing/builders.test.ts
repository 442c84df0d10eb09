import { describe, expect, it } from 'vitest';
import type { FieldInfo, LeadFields } from '../api/schemas/fields';
import { PortalLayoutSchema } from '../api/schemas/layout';
import { LeadFieldsSchema } from '../api/schemas/fields';
import { REPEAT_LEADS } from '../domain/cardType';
import { checkLayoutData } from '../domain/validate';
import {
  aField,
  aLayout,
  anElement,
  aPortalFields,
  fieldsBySection,
  portalFieldsOf,
  portalSectionsOf,
  replay,
  STANDARD_LEAD_FIELDS,
} from './builders';
import { cardFieldsOf } from '../domain/cards';

describe('aLayout / anElement', () => {
  it('builds sections whose id and title default to the name', () => {
    const layout = aLayout()
      .section('main', ['TITLE', anElement('PHONE').alwaysShown().withOptions({ defaultCountry: 'DE' })])
      .section('more', [], { title: 'More', id: 'm' })
      .build();
    expect(layout).toEqual({
      sections: [
        {
          id: 'main',
          name: 'main',
          title: 'main',
          elements: [
            { field: 'TITLE', optionFlags: 0 },
            { field: 'PHONE', optionFlags: 1, options: { defaultCountry: 'DE' } },
          ],
        },
        { id: 'm', name: 'more', title: 'More', elements: [] },
      ],
    });
    expect(fieldsBySection(layout)).toEqual({ main: ['TITLE', 'PHONE'], m: [] });
  });

  it('is immutable, so partial builders are reusable templates', () => {
    const base = aLayout().section('main', ['TITLE']);
    const a = base.section('a').build();
    const b = base.build();
    expect(a.sections).toHaveLength(2);
    expect(b.sections).toHaveLength(1);
    const phone = anElement('PHONE').withFlags(4);
    expect(phone.alwaysShown().build().optionFlags).toBe(5);
    expect(phone.build().optionFlags).toBe(4);
    expect(anElement('X').withExtra({ title: 'Renamed' }).build()).toEqual({
      field: 'X',
      optionFlags: 0,
      extra: { title: 'Renamed' },
    });
  });

  it('replay applies intents in order', () => {
    const after = replay(
      aLayout().section('main', ['TITLE']).build(),
      { type: 'placeField', field: 'PHONE', to: { section: 'main', index: 0 } },
      { type: 'setAlwaysShow', field: 'PHONE', value: true },
    );
    expect(after.sections[0]?.elements).toEqual([
      { field: 'PHONE', optionFlags: 1 },
      { field: 'TITLE', optionFlags: 0 },
    ]);
  });

  it('portalSectionsOf gives the REST shape the api schema parses and the portal accepts', () => {
    const layout = aLayout()
      .section('main', ['TITLE', anElement('PHONE').alwaysShown().withOptions({ defaultCountry: 'DE' })], {
        title: 'About',
      })
      .build();
    const payload = portalSectionsOf(layout);
    expect(payload).toEqual([
      {
        type: 'section',
        name: 'main',
        title: 'About',
        elements: [{ name: 'TITLE' }, { name: 'PHONE', optionFlags: 1, options: { defaultCountry: 'DE' } }],
      },
    ]);
    expect(PortalLayoutSchema.safeParse(payload).success).toBe(true);
    expect(checkLayoutData(payload)).toBeNull();
  });
});

describe('aField / aPortalFields', () => {
  it('builds a user field shaped like crm.lead.fields, keys in the portal order', () => {
    const uf = aField('UF_CRM_1700000000').withItems('Option A', 'Option B').labelled('Budget band').build();
    expect(uf).toEqual({
      type: 'enumeration',
      isRequired: false,
      isReadOnly: false,
      isImmutable: false,
      isMultiple: false,
      isDynamic: true,
      items: [
        { ID: '1', VALUE: 'Option A' },
        { ID: '2', VALUE: 'Option B' },
      ],
      title: 'UF_CRM_1700000000',
      listLabel: 'Budget band',
      formLabel: 'Budget band',
      filterLabel: 'Budget band',
    });
    expect(Object.keys(uf)).toEqual([
      'type',
      'isRequired',
      'isReadOnly',
      'isImmutable',
      'isMultiple',
      'isDynamic',
      'items',
      'title',
      'listLabel',
      'formLabel',
      'filterLabel',
    ]);
  });

  it('builds a system field with its title and flags', () => {
    expect(aField('HONORIFIC').withStatusType('HONORIFIC').labelled('Salutation').required().build()).toEqual(
      {
        type: 'crm_status',
        isRequired: true,
        isReadOnly: false,
        isImmutable: false,
        isMultiple: false,
        isDynamic: false,
        statusType: 'HONORIFIC',
        title: 'Salutation',
      },
    );
    expect(aField('CONTACT_ID').ofType('crm_contact').deprecated().immutable().build()).toMatchObject({
      isImmutable: true,
      isDeprecated: true,
      title: 'CONTACT_ID',
    });
    expect(aField('UF_CRM_X').ofType('enumeration').build().items).toEqual([]);
  });

  it('aPortalFields holds the standard lead fields, with overrides in place, appended or removed', () => {
    const fields = aPortalFields({
      TITLE: aField('TITLE').labelled('Lead Title').required(),
      UF_CRM_1: aField('UF_CRM_1').ofType('double').labelled('Score'),
      LINK: null,
    });
    const codes = Object.keys(fields);
    expect(codes.slice(0, 3)).toEqual(['ID', 'TITLE', 'HONORIFIC']);
    expect(codes.at(-1)).toBe('UF_CRM_1');
    expect(codes).not.toContain('LINK');
    expect(codes).toHaveLength(STANDARD_LEAD_FIELDS.length);
    expect(fields['TITLE']?.isRequired).toBe(true);
    expect(fields['PHONE']).toMatchObject({ type: 'crm_multifield', isMultiple: true, title: 'Phone' });
    expect(fields['COMPANY_ID']?.settings).toEqual({ parentEntityTypeId: 4 });
    expect(Object.keys(portalFieldsOf(aField('UF_CRM_A'), aField('UF_CRM_B')))).toEqual([
      'UF_CRM_A',
      'UF_CRM_B',
    ]);
  });

  it('fits the api schema and type, and cardFieldsOf takes the api type as is', () => {
    const fields = aPortalFields({ UF_CRM_1: aField('UF_CRM_1').withItems('a').labelled('Budget') });
    expect(LeadFieldsSchema.parse(fields)).toEqual(fields);
    const typed: LeadFields = fields;
    const one: FieldInfo | undefined = typed['UF_CRM_1'];
    expect(one?.formLabel).toBe('Budget');
    expect(cardFieldsOf(REPEAT_LEADS, typed).at(-1)).toMatchObject({ code: 'UF_CRM_1', label: 'Budget' });
  });
});
