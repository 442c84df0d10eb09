import { describe, expect, it } from 'vitest';
import { accessDenied, PortalError } from './errors';

const refused = (method: string, description = 'Access denied.') =>
  new PortalError({ kind: 'portal', method, code: '', description, status: 400 });

describe('accessDenied', () => {
  it('tells a refused read (a get, a list, a whole batch) from a refused write', () => {
    const methods = [
      'crm.lead.details.configuration.get',
      'crm.lead.get',
      'crm.lead.list',
      'batch',
      'crm.lead.details.configuration.set',
      'crm.lead.update',
      'crm.lead.add',
    ];
    expect(methods.map((m) => accessDenied(refused(m)))).toEqual([
      'read',
      'read',
      'read',
      'read',
      'write',
      'write',
      'write',
    ]);
  });

  it("is nothing for the portal's other texts and for failures that are not the portal's answer", () => {
    expect(accessDenied(refused('crm.lead.get', 'Not found'))).toBeNull();
    expect(accessDenied(new PortalError({ kind: 'network', method: 'crm.lead.get' }))).toBeNull();
    expect(accessDenied(new Error('Access denied.'))).toBeNull();
  });
});
