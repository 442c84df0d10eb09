import { describe, expect, it } from 'vitest';
import { REPEAT_LEADS, SIMPLE_LEADS } from './cardType';
import { aField, aLayout, anElement, aPortalFields, fieldsBySection } from '../testing/builders';
import { copyForCard } from './copyLayout';
import { cardFieldsOf, defaultLayoutOf } from './cards';

const portalFields = aPortalFields({ UF_CRM_BUDGET: aField('UF_CRM_BUDGET').labelled('Budget') });

describe('copyForCard, between the lead types', () => {
  it('simple to repeat leaves out contact fields and fields the target does not have, and lists them', () => {
    const simple = aLayout()
      .section('main', ['TITLE', anElement('PHONE').alwaysShown(), 'NAME', 'CLIENT'], {
        title: 'About the lead',
      })
      .section('additional', [anElement('UF_CRM_BUDGET').withOptions({ a: 1 }), 'UF_CRM_GONE', 'ADDRESS'])
      .section('contacts', ['EMAIL', 'WEB'])
      .build();
    const { layout, leftOut } = copyForCard(simple, cardFieldsOf(REPEAT_LEADS, portalFields), {
      entity: 'lead',
      leadType: 'repeat',
    });
    expect(leftOut).toEqual(['PHONE', 'NAME', 'UF_CRM_GONE', 'ADDRESS', 'EMAIL', 'WEB']);
    expect(fieldsBySection(layout)).toEqual({
      main: ['TITLE', 'CLIENT'],
      additional: ['UF_CRM_BUDGET'],
      contacts: [],
    });
    expect(layout.sections[0]?.title).toBe('About the lead');
    expect(layout.sections[1]?.elements[0]).toEqual({
      field: 'UF_CRM_BUDGET',
      optionFlags: 0,
      options: { a: 1 },
    });
  });

  it('leaves contact fields out of a repeat copy even when the given card fields list them', () => {
    const simple = aLayout().section('main', ['TITLE', 'PHONE']).build();
    expect(
      copyForCard(simple, cardFieldsOf(SIMPLE_LEADS, portalFields), { entity: 'lead', leadType: 'repeat' })
        .leftOut,
    ).toEqual(['PHONE']);
  });

  it('repeat to simple keeps everything and returns the layout itself', () => {
    const repeat = defaultLayoutOf(REPEAT_LEADS, cardFieldsOf(REPEAT_LEADS, portalFields));
    const copy = copyForCard(repeat, cardFieldsOf(SIMPLE_LEADS, portalFields), {
      entity: 'lead',
      leadType: 'simple',
    });
    expect(copy).toEqual({ layout: repeat, leftOut: [] });
    expect(copy.layout).toBe(repeat);
  });

  it('shares the sections that lose nothing', () => {
    const simple = aLayout().section('main', ['TITLE']).section('more', ['PHONE']).build();
    const { layout } = copyForCard(simple, cardFieldsOf(REPEAT_LEADS, portalFields), {
      entity: 'lead',
      leadType: 'repeat',
    });
    expect(layout.sections[0]).toBe(simple.sections[0]);
    expect(layout.sections[1]).not.toBe(simple.sections[1]);
  });
});
