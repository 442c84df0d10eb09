/**
 * Who may read and write which lead card (BITRIX24-API.md 1.4), checked before the data, over
 * real HTTP.
 */
import { describe, expect, it } from 'vitest';
import { PortalLayoutSchema } from '../../src/api/schemas/layout';
import { ADMIN, crmErrorBody, dig, MANAGER, portalForFile } from './harness';
import { GET, section, SET } from './layoutCalls';

const portal = portalForFile({ reset: true });

describe('permissions (1.4), checked before the data', () => {
  it('the manager may not write the common card, even with invalid data', async () => {
    for (const data of [[section('main')], 'not even an array']) {
      const reply = await portal.json(`${MANAGER}${SET}`, { scope: 'C', data });
      expect(reply.status).toBe(400);
      expect(reply.json).toEqual(crmErrorBody('Access denied.'));
    }
  });

  it("the manager may not read or write another user's personal card", async () => {
    const set = await portal.json(`${MANAGER}${SET}`, { scope: 'P', userId: 3, data: [section('main')] });
    expect(set.json).toEqual(crmErrorBody('Access denied.'));
    const get = await portal.json(`${MANAGER}${GET}`, { scope: 'P', userId: 3 });
    expect(get.json).toEqual(crmErrorBody('Access denied.'));
    const reset = await portal.json(`${MANAGER}crm.lead.details.configuration.reset`, {
      scope: 'P',
      userId: 3,
    });
    expect(reset.json).toEqual(crmErrorBody('Access denied.'));
    const force = await portal.json(`${MANAGER}crm.lead.details.configuration.forceCommonScopeForAll`, {});
    expect(force.json).toEqual(crmErrorBody('Access denied.'));
  });

  it('the manager may read the common card and read/write their own personal one', async () => {
    const common = await portal.json(`${MANAGER}${GET}`, { scope: 'C' });
    expect(PortalLayoutSchema.parse(dig(common.json, 'result')).length).toBeGreaterThan(0);
    const own = await portal.json(`${MANAGER}${SET}`, { scope: 'P', userId: 2, data: [section('mine')] });
    expect(dig(own.json, 'result')).toBe(true);
    // userId omitted (or <= 0) means the caller.
    const get = await portal.json(`${MANAGER}${GET}`, { scope: 'P', userId: 0 });
    expect(dig(get.json, 'result', 0, 'name')).toBe('mine');
  });

  it("the admin may read and write anyone's card", async () => {
    const set = await portal.json(`${ADMIN}${SET}`, { scope: 'P', userId: 5, data: [section('for-olga')] });
    expect(dig(set.json, 'result')).toBe(true);
    const get = await portal.json(`${ADMIN}${GET}`, { scope: 'P', userId: 5 });
    expect(dig(get.json, 'result', 0, 'name')).toBe('for-olga');
  });
});
