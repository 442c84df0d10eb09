import { describe, expect, it } from 'vitest';
import { cardFieldsOf, defaultLayoutOf } from './cards';
import { aField, aLayout, anElement, aPortalFields, replay } from '../testing/builders';
import { lintLayout, type LintItem } from './lint';
import type { Layout, LeadType } from './types';

const portalFields = aPortalFields({
  TITLE: aField('TITLE').labelled('Lead Title').required(),
  UF_CRM_BUDGET: aField('UF_CRM_BUDGET').labelled('Budget').required(),
  UF_CRM_SIZE: aField('UF_CRM_SIZE').labelled('Company size'),
});
const context = (leadType: LeadType = 'simple') => ({
  card: { entity: 'lead', leadType } as const,
  cardFields: cardFieldsOf({ entity: 'lead', leadType }, portalFields),
  portalFieldCodes: Object.keys(portalFields),
});
const lint = (layout: Layout, leadType: LeadType = 'simple') => lintLayout(layout, context(leadType));
/** Each finding as severity, kind and values (sorted by name): the wording is the catalogue's. */
const brief = (items: readonly LintItem[]) =>
  items.map((i) => {
    const slots = Object.entries(i.params).sort(([a], [b]) => (a < b ? -1 : 1));
    const text = slots.map(([k, v]) => `${k}=${Array.isArray(v) ? v.join(', ') : String(v)}`).join('; ');
    return `${i.severity} ${i.kind}: ${text}`;
  });

/** A layout with nothing to say about: every section has an always-shown field, required fields placed. */
const clean = () =>
  aLayout()
    .section('main', [anElement('TITLE').alwaysShown(), 'STATUS_ID', 'PHONE'], { title: 'About the lead' })
    .section('additional', [anElement('UF_CRM_BUDGET').alwaysShown(), 'COMMENTS'], { title: 'More' })
    .build();

describe('lintLayout', () => {
  it('finds nothing in a clean layout', () => {
    expect(lint(clean())).toEqual([]);
  });

  it('reports, as errors, a protected section and a required field the card has now that a layout drops', () => {
    const reference = aLayout()
      .section('main', [anElement('TITLE').alwaysShown()], { title: 'About the lead' })
      .section('products', [anElement('PRODUCT_ROW_SUMMARY').alwaysShown()], {
        title: 'Products',
        extra: { data: { isRemovable: 'false' } },
      })
      .section('additional', [anElement('UF_CRM_BUDGET').alwaysShown()], { title: 'More' })
      .build();
    const imported = aLayout()
      .section('additional', [anElement('COMMENTS').alwaysShown()], { title: 'More' })
      .build();
    expect(brief(lintLayout(imported, { ...context(), reference }))).toEqual([
      'error protectedSectionMissing: name=main; section=About the lead',
      'error protectedSectionMissing: name=products; section=Products',
      'error requiredFieldDropped: label=Lead name',
      'error requiredFieldDropped: label=Budget',
    ]);
    // without a reference, the portal's main section is still expected
    expect(brief(lint(imported)).filter((m) => m.includes('protectedSectionMissing'))).toEqual([
      'error protectedSectionMissing: name=main; section=Lead information',
    ]);
  });

  it('reports a required field that is not on the card, by label, pointing at the field', () => {
    const layout = replay(clean(), { type: 'removeField', field: 'UF_CRM_BUDGET' });
    expect(lint(layout)).toEqual([
      {
        id: 'requiredFieldMissing::UF_CRM_BUDGET',
        kind: 'requiredFieldMissing',
        severity: 'warning',
        params: { label: 'Budget' },
        at: { field: 'UF_CRM_BUDGET' },
      },
      {
        id: 'sectionMayLookEmpty:additional:',
        kind: 'sectionMayLookEmpty',
        severity: 'info',
        params: { section: 'More' },
        at: { section: 'additional' },
      },
    ]);
  });

  it('reports a field placed twice once, at its second place', () => {
    const layout = aLayout()
      .section('main', [anElement('TITLE').alwaysShown(), 'PHONE'], { title: 'About the lead' })
      .section('additional', [anElement('UF_CRM_BUDGET').alwaysShown(), 'PHONE', 'PHONE'], { title: 'More' })
      .build();
    expect(lint(layout)).toEqual([
      {
        id: 'fieldPlacedTwice:additional:PHONE',
        kind: 'fieldPlacedTwice',
        severity: 'warning',
        params: { label: 'Phone', count: 3, sections: ['About the lead', 'More'] },
        at: { section: 'additional', field: 'PHONE' },
      },
    ]);
    const twiceInOne = aLayout()
      .section('main', [anElement('TITLE').alwaysShown(), 'UF_CRM_BUDGET', 'UF_CRM_BUDGET'])
      .build();
    expect(brief(lint(twiceInOne))).toEqual([
      'warning fieldPlacedTwice: count=2; label=Budget; sections=main',
    ]);
    expect(lint(twiceInOne)[0]?.params).toEqual({ label: 'Budget', count: 2, sections: ['main'] });
  });

  it('reports an empty section as a warning and a section with only hidden-when-empty fields as info', () => {
    const layout = replay(
      clean(),
      { type: 'addSection', section: 'new-1', title: 'Deal terms' },
      { type: 'placeField', field: 'UF_CRM_SIZE', to: { section: 'additional', index: 9 } },
      { type: 'setAlwaysShow', field: 'UF_CRM_BUDGET', value: false },
    );
    expect(brief(lint(layout))).toEqual([
      'warning emptySection: section=Deal terms',
      'info sectionMayLookEmpty: section=More',
    ]);
    expect(lint(layout).map((i) => i.at)).toEqual([{ section: 'new-1' }, { section: 'additional' }]);
  });

  it('reports a field gone from the portal, and a lead field the card cannot show by itself', () => {
    const layout = replay(
      clean(),
      { type: 'placeField', field: 'UF_CRM_DELETED', to: { section: 'main', index: 0 } },
      { type: 'placeField', field: 'OPPORTUNITY', to: { section: 'main', index: 9 } },
    );
    expect(brief(lint(layout))).toEqual([
      'warning unknownField: field=UF_CRM_DELETED; onPortal=false',
      'warning unknownField: field=OPPORTUNITY; onPortal=true',
    ]);
    expect(lint(layout)[0]?.at).toEqual({ section: 'main', field: 'UF_CRM_DELETED' });
    expect(lint(layout).map((i) => i.params)).toEqual([
      { field: 'UF_CRM_DELETED', onPortal: false },
      { field: 'OPPORTUNITY', onPortal: true },
    ]);
  });

  it('reports two sections with one portal name as an error at the second', () => {
    const layout = aLayout()
      .section('main', [anElement('TITLE').alwaysShown()], { title: 'About the lead' })
      .section('main', [anElement('UF_CRM_BUDGET').alwaysShown()], { title: 'More', id: 'main~2' })
      .build();
    expect(lint(layout)).toEqual([
      {
        id: 'duplicateSectionName:main~2:',
        kind: 'duplicateSectionName',
        severity: 'error',
        params: { first: 'About the lead', second: 'More', name: 'main' },
        at: { section: 'main~2' },
      },
    ]);
  });

  it('reports a label renamed in the portal that a REST save resets', () => {
    const layout = aLayout()
      .section('main', [anElement('TITLE').alwaysShown(), anElement('PHONE').withExtra({ title: 'Mobile' })])
      .section('more', [anElement('UF_CRM_BUDGET').alwaysShown()])
      .build();
    expect(lint(layout)).toMatchObject([
      {
        kind: 'renamedLabel',
        severity: 'warning',
        params: { label: 'Phone', renamed: 'Mobile' },
        at: { section: 'main', field: 'PHONE' },
      },
    ]);
  });

  it('reports contact fields on a repeat-lead layout as errors, not as unknown fields', () => {
    const layout = replay(clean(), {
      type: 'placeField',
      field: 'EMAIL',
      to: { section: 'additional', index: 1 },
    });
    expect(brief(lint(layout, 'repeat'))).toEqual([
      'error contactFieldOnRepeat: label=Phone',
      'error contactFieldOnRepeat: label=E-mail',
    ]);
    expect(lint(layout, 'simple')).toEqual([]);
    // a repeat card has no contact fields to take labels from: they come in the card's language
    const inRussian = lintLayout(layout, { ...context('repeat'), lang: 'ru' });
    expect(inRussian.map((i) => i.params)).toEqual([{ label: 'Телефон' }, { label: 'E-mail' }]);
  });

  it("surfaces the portal's own refusal with its exact text at the section or element", () => {
    const blankTitle = replay(clean(), { type: 'renameSection', section: 'additional', title: '  ' });
    expect(lint(blankTitle)[0]).toEqual({
      id: 'portalRejects:additional:',
      kind: 'portalRejects',
      severity: 'error',
      params: { portal: 'Section at index 1 does not have title.' },
      at: { section: 'additional' },
    });
    const blankField = aLayout()
      .section('main', [anElement('TITLE').alwaysShown(), anElement(' '), anElement('UF_CRM_BUDGET')])
      .build();
    expect(lint(blankField)[0]).toMatchObject({
      kind: 'portalRejects',
      params: { portal: 'Element at index 1 in section at index 0 does not have name.' },
      at: { section: 'main', field: ' ' },
    });
    const otherType = aLayout()
      .section('main', [anElement('TITLE').alwaysShown(), 'UF_CRM_BUDGET'])
      .section('area', [], { extra: { type: 'included_area' } })
      .build();
    expect(lint(otherType)[0]?.params).toEqual({
      portal: "Section at index 1 have type 'included_area'. The expected type is 'section'.",
    });
    expect(lint({ sections: [] })).toEqual([
      {
        id: 'portalRejects::',
        kind: 'portalRejects',
        severity: 'error',
        params: { portal: 'There are no data to write.' },
        at: {},
      },
      ...lint({ sections: [] }).slice(1),
    ]);
  });

  it('sorts errors first, then by place on the card, fields off the card last', () => {
    const layout = aLayout()
      .section('main', ['PHONE', 'UF_CRM_GONE'], { title: 'About the lead' })
      .section('main', [], { id: 'second', title: 'Second' })
      .build();
    expect(brief(lint(layout, 'repeat'))).toEqual([
      'error contactFieldOnRepeat: label=Phone',
      'error duplicateSectionName: first=About the lead; name=main; second=Second',
      'warning unknownField: field=UF_CRM_GONE; onPortal=false',
      'warning emptySection: section=Second',
      'warning requiredFieldMissing: label=Lead name',
      'warning requiredFieldMissing: label=Budget',
      'info sectionMayLookEmpty: section=About the lead',
    ]);
  });

  it('finds only the "may look empty" notes in the portal default layouts', () => {
    for (const leadType of ['simple', 'repeat'] as const) {
      const layout = defaultLayoutOf({ entity: 'lead', leadType }, context(leadType).cardFields);
      expect(new Set(lint(layout, leadType).map((i) => i.kind))).toEqual(new Set(['sectionMayLookEmpty']));
    }
  });
});
