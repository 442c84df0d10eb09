/**
 * Where lead layouts are kept (BITRIX24-API.md 1.2, 1.3): common and personal, simple and repeat,
 * reset and forceCommonScopeForAll, over real HTTP.
 */
import { describe, expect, it } from 'vitest';
import { ADMIN, dig, portalForFile } from './harness';
import { GET, section, SET } from './layoutCalls';

const portal = portalForFile({ reset: true });

describe('storage keys (1.2, 1.3)', () => {
  it('get returns null when nothing is saved: repeat-lead card, personal card', async () => {
    for (const params of [
      { scope: 'C', extras: { leadCustomerType: 2 } },
      { scope: 'P' },
      { scope: 'P', userId: 7 },
    ]) {
      const reply = await portal.json(`${ADMIN}${GET}`, params);
      expect(reply.status).toBe(200);
      expect(dig(reply.json, 'result')).toBeNull();
      expect(reply.text).toMatch(/^\{"result":null,"time":/);
    }
  });

  it('scope other than exactly "C" is personal; USER_ID is not a userId spelling', async () => {
    await portal.json(`${ADMIN}${SET}`, { scope: 'c', USER_ID: 5, data: [section('lowercase')] });
    const personal = await portal.json(`${ADMIN}${GET}`, { scope: 'P', userId: 1 });
    expect(dig(personal.json, 'result', 0, 'name')).toBe('lowercase');
    const common = await portal.json(`${ADMIN}${GET}`, { scope: 'C' });
    expect(dig(common.json, 'result', 0, 'name')).toBe('main');
    const olga = await portal.json(`${ADMIN}${GET}`, { SCOPE: 'P', UserId: 5 });
    expect(dig(olga.json, 'result')).toBeNull();
  });

  it('simple and repeat cards are separate; the docs spelling lead.customer.type is ignored', async () => {
    await portal.json(`${ADMIN}${SET}`, {
      scope: 'C',
      extras: { leadCustomerType: 2 },
      data: [section('repeat')],
    });
    await portal.json(`${ADMIN}${SET}`, {
      scope: 'C',
      EXTRAS: { LEAD_CUSTOMER_TYPE: '1' },
      data: [section('simple')],
    });
    const repeat = await portal.form(`${ADMIN}${GET}`, { scope: 'C', extras: { leadcustomertype: '2' } });
    expect(dig(repeat.json, 'result', 0, 'name')).toBe('repeat');
    const docsSpelling = await portal.json(`${ADMIN}${GET}`, {
      scope: 'C',
      extras: { 'lead.customer.type': 2 },
    });
    expect(dig(docsSpelling.json, 'result', 0, 'name')).toBe('simple');
  });

  it('reset deletes one config; forceCommonScopeForAll deletes every personal one', async () => {
    await portal.json(`${ADMIN}${SET}`, { scope: 'P', userId: 4, data: [section('anna')] });
    await portal.json(`${ADMIN}${SET}`, { scope: 'P', userId: 6, data: [section('james')] });
    const reset = await portal.json(`${ADMIN}crm.lead.details.configuration.reset`, {
      scope: 'P',
      userId: 4,
    });
    expect(dig(reset.json, 'result')).toBe(true);
    expect(dig((await portal.json(`${ADMIN}${GET}`, { scope: 'P', userId: 4 })).json, 'result')).toBeNull();
    expect(
      dig((await portal.json(`${ADMIN}${GET}`, { scope: 'P', userId: 6 })).json, 'result', 0, 'name'),
    ).toBe('james');

    const force = await portal.json(`${ADMIN}crm.lead.details.configuration.forcecommonscopeforall`, {});
    expect(dig(force.json, 'result')).toBe(true);
    expect(dig((await portal.json(`${ADMIN}${GET}`, { scope: 'P', userId: 6 })).json, 'result')).toBeNull();
    expect(dig((await portal.json(`${ADMIN}${GET}`, { scope: 'C' })).json, 'result', 0, 'name')).toBe('main');

    const resetCommon = await portal.json(`${ADMIN}crm.lead.details.configuration.reset`, { scope: 'C' });
    expect(dig(resetCommon.json, 'result')).toBe(true);
    expect(dig((await portal.json(`${ADMIN}${GET}`, { scope: 'C' })).json, 'result')).toBeNull();
  });
});
