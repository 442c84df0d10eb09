/**
 * `crm.item.details.configuration.*` (BITRIX24-API.md 1.9): the same storage as the lead methods
 * for entityTypeId 1, its own errors, over real HTTP.
 */
import { describe, expect, it } from 'vitest';
import { ADMIN, crmErrorBody, dig, MANAGER, portalForFile } from './harness';
import { GET, section, SET } from './layoutCalls';

const portal = portalForFile({ reset: true });

describe('crm.item.details.configuration.* (1.9)', () => {
  it('shares storage with the lead methods for entityTypeId 1', async () => {
    const set = await portal.json(`${ADMIN}crm.item.details.configuration.set`, {
      entityTypeId: 1,
      scope: 'C',
      extras: { leadCustomerType: 2 },
      data: [section('via-item')],
    });
    expect(dig(set.json, 'result')).toBe(true);
    const viaLead = await portal.json(`${ADMIN}${GET}`, { scope: 'C', extras: { leadCustomerType: 2 } });
    expect(dig(viaLead.json, 'result', 0, 'name')).toBe('via-item');
    await portal.json(`${ADMIN}${SET}`, { scope: 'P', data: [section('via-lead')] });
    const viaItem = await portal.form(`${ADMIN}crm.item.details.configuration.get`, {
      ENTITY_TYPE_ID: '1',
      scope: 'P',
    });
    expect(dig(viaItem.json, 'result', 0, 'name')).toBe('via-lead');
  });

  it('entityTypeId errors, checked before permissions', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{}, "Parameter 'entityTypeID' is not defined"],
      [{ entityTypeId: 0 }, "Parameter 'entityTypeID' is not defined"],
      [{ entityTypeId: 999 }, "Parameter 'entityTypeID' is not defined"],
      [{ entityTypeid: 1 }, "Parameter 'entityTypeID' is not defined"],
      [{ entityTypeId: 5 }, "The entity type 'INVOICE' is not supported in current context."],
    ];
    for (const [params, message] of cases) {
      const reply = await portal.json(`${MANAGER}crm.item.details.configuration.set`, {
        scope: 'C',
        ...params,
      });
      expect(reply.status).toBe(400);
      expect(reply.json).toEqual(crmErrorBody(message));
    }
  });

  it('unknown method parts are 404', async () => {
    const reply = await portal.json(`${ADMIN}crm.lead.details.configuration.foo`, {});
    expect(reply.status).toBe(404);
    expect(reply.json).toEqual({ error: 'ERROR_METHOD_NOT_FOUND', error_description: 'Method not found!' });
  });
});
