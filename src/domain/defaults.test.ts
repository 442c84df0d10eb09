import { describe, expect, it } from 'vitest';
import { REPEAT_LEADS, SIMPLE_LEADS } from './cardType';
import { aField, aPortalFields, fieldsBySection } from '../testing/builders';
import { fieldCodes } from '../testing/fieldCodes';
import { checkLayoutData } from './validate';
import { portalSectionsOf } from '../testing/builders';
import { cardFieldsOf, defaultLayoutOf } from './cards';

const portal = aPortalFields({
  UF_CRM_B: aField('UF_CRM_B').labelled('Budget'),
  UF_CRM_A: aField('UF_CRM_A').labelled('Area'),
});

describe('defaultLayoutOf a lead card', () => {
  it('is the built-in simple-lead layout with user fields appended to "additional"', () => {
    const layout = defaultLayoutOf(SIMPLE_LEADS, cardFieldsOf(SIMPLE_LEADS, portal));
    expect(fieldsBySection(layout)).toEqual({
      main: fieldCodes(
        'TITLE STATUS_ID OPPORTUNITY_WITH_CURRENCY CLIENT HONORIFIC LAST_NAME NAME SECOND_NAME BIRTHDATE POST COMPANY_TITLE PHONE EMAIL WEB IM LINK',
      ),
      additional: fieldCodes(
        'SOURCE_ID SOURCE_DESCRIPTION OPENED ASSIGNED_BY_ID OBSERVER COMMENTS ADDRESS UTM UF_CRM_A UF_CRM_B',
      ),
      products: ['PRODUCT_ROW_SUMMARY'],
    });
  });

  it('is the built-in repeat-lead layout: no contact fields, no observers', () => {
    const layout = defaultLayoutOf(REPEAT_LEADS, cardFieldsOf(REPEAT_LEADS, portal));
    expect(fieldsBySection(layout)).toEqual({
      main: ['TITLE', 'STATUS_ID', 'OPPORTUNITY_WITH_CURRENCY', 'CLIENT'],
      additional: fieldCodes(
        'SOURCE_ID SOURCE_DESCRIPTION OPENED ASSIGNED_BY_ID COMMENTS UTM UF_CRM_A UF_CRM_B',
      ),
      products: ['PRODUCT_ROW_SUMMARY'],
    });
  });

  it('uses stable ids equal to the names, the portal titles, and plain elements', () => {
    const layout = defaultLayoutOf(REPEAT_LEADS, []);
    expect(layout.sections.map(({ id, name, title }) => ({ id, name, title }))).toEqual([
      { id: 'main', name: 'main', title: 'Lead information' },
      { id: 'additional', name: 'additional', title: 'More' },
      { id: 'products', name: 'products', title: 'Products' },
    ]);
    expect(
      layout.sections.flatMap((s) => s.elements).every((e) => e.optionFlags === 0 && !('options' in e)),
    ).toBe(true);
  });

  it('is deterministic and accepted by the portal', () => {
    const fields = cardFieldsOf(SIMPLE_LEADS, portal);
    expect(defaultLayoutOf(SIMPLE_LEADS, fields)).toEqual(defaultLayoutOf(SIMPLE_LEADS, fields));
    expect(checkLayoutData(portalSectionsOf(defaultLayoutOf(SIMPLE_LEADS, fields)))).toBeNull();
  });
});
