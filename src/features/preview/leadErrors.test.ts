import { describe, expect, it } from 'vitest';
import { PortalError } from '../../api/errors';
import { leadErrorText, placeLeadError } from './leadErrors';
import { catalogFor } from './testFixtures';

const catalog = catalogFor('simple');
const portal = (description: string, method = 'crm.lead.update') =>
  new PortalError({ kind: 'portal', method, description, status: 400 });

describe('placeLeadError', () => {
  it('puts a missing lead at the picker', () => {
    expect(placeLeadError(portal('ID is not defined or invalid.'), catalog)).toEqual({ kind: 'lead' });
    expect(placeLeadError(portal('Lead is not found'), catalog)).toEqual({ kind: 'lead' });
    expect(placeLeadError(portal('Not found', 'crm.lead.get'), catalog)).toEqual({ kind: 'lead' });
  });

  it('puts a text naming a field at that field', () => {
    expect(placeLeadError(portal('Field "VAT ID" is required.'), catalog)).toEqual({
      kind: 'field',
      field: 'UF_CRM_VAT',
    });
    expect(placeLeadError(portal('Invalid value of ADDRESS_CITY'), catalog)).toEqual({
      kind: 'field',
      field: 'ADDRESS',
    });
  });

  it('puts everything else at the save bar', () => {
    expect(placeLeadError(portal('Access denied.'), catalog)).toEqual({ kind: 'save' });
    expect(placeLeadError(new PortalError({ kind: 'network', method: 'crm.lead.update' }), catalog)).toEqual({
      kind: 'save',
    });
  });
});

describe('leadErrorText', () => {
  it('speaks of leads, quoting the portal', () => {
    expect(leadErrorText(portal('Access denied.'))).toContain('"Access denied."');
    expect(leadErrorText(portal('Access denied.'))).toContain('Your values are kept');
    expect(leadErrorText(portal('Not found'))).toContain('not on the portal');
    // a refused read is about seeing the lead, not changing it
    for (const method of ['crm.lead.get', 'crm.lead.list', 'batch']) {
      expect(leadErrorText(portal('Access denied.', method))).toBe(
        'The portal says "Access denied.": this account may not see this lead (CRM permissions). Pick another lead, or show the sample lead.',
      );
    }
    expect(leadErrorText(portal('Something else'))).toContain('Something else');
  });
});
