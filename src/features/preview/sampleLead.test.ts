import { describe, expect, it } from 'vitest';
import { placedFields } from './catalog';
import { SIMPLE_LEADS } from '../../domain/cardType';
import { NO_REFERENCES } from './references';
import { sampleLead } from './sampleLead';
import { catalogFor, PORTAL_FIELDS, REFS } from './testFixtures';
import { validateLead } from './validateLead';
import { hasContent } from './visibility';
import { cardFieldsOf, defaultLayoutOf } from '../../domain/cards';

describe('sampleLead', () => {
  it('fills every field of the simple card a lead can hold, with values the portal accepts', () => {
    const catalog = catalogFor('simple');
    const layout = defaultLayoutOf(SIMPLE_LEADS, cardFieldsOf(SIMPLE_LEADS, PORTAL_FIELDS));
    const form = sampleLead('simple', catalog, REFS);
    const empty = placedFields(layout, catalog)
      .filter((f) => !hasContent(f, form, PORTAL_FIELDS))
      .map((f) => f.code);
    // a company or contact would make it a repeat lead; no lead data for products; open-line
    // links, files and the related deal need real portal items
    expect(empty).toEqual(['CLIENT', 'LINK', 'UF_CRM_DEAL', 'UF_CRM_DOC', 'PRODUCT_ROW_SUMMARY']);
    expect(validateLead(form, { original: null, layout, catalog, refs: REFS })).toEqual([]);
    expect(form.values['STATUS_ID']).toBe('IN_PROCESS');
    expect(form.values['ASSIGNED_BY_ID']).toBe('1');
  });

  it('gives a repeat lead a company and no person', () => {
    const form = sampleLead('repeat', catalogFor('repeat'), NO_REFERENCES);
    expect(form.values['COMPANY_ID']).toBe('1');
    expect(form.values['NAME']).toBeUndefined();
    expect(form.values['STATUS_ID']).toBe('IN_PROCESS');
  });
});
