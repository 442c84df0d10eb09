/**
 * What the editor learns of a manager's rights when it opens (one `batch`, BITRIX24-API.md 1.4,
 * 3.6): `profile` says "not a portal admin", the common layout can be read, another user's
 * personal layout is refused with the portal's words, by webhook and by app token alike.
 */
import { describe, expect, it } from 'vitest';
import { BatchResultSchema } from '../../src/api/schemas/batch';
import { successEnvelope } from '../../src/api/schemas/envelope';
import { MANAGER, portalForFile } from './harness';

const portal = portalForFile();

const opening = {
  me: 'profile',
  common: 'crm.lead.details.configuration.get?scope=C&extras[leadCustomerType]=1',
  own: 'crm.lead.details.configuration.get?scope=P&userId=2&extras[leadCustomerType]=1',
  other: 'crm.lead.details.configuration.get?scope=P&userId=4&extras[leadCustomerType]=1',
};

describe("the manager's rights as the opening batch shows them", () => {
  it.each([
    ['webhook', `${MANAGER}batch`, {}],
    ['app token', '/rest/batch', { auth: 'demo-user-token' }],
  ])('by %s: ADMIN false, common and own layout read, another user refused', async (_, path, auth) => {
    const reply = await portal.json(path, { ...auth, cmd: opening });
    const body = successEnvelope(BatchResultSchema).parse(reply.json).result;
    expect(body.result['me']).toMatchObject({ ID: '2', ADMIN: false });
    expect(Object.keys(body.result)).toEqual(expect.arrayContaining(['common', 'own']));
    expect(body.result_error).toEqual({ other: { error: '', error_description: 'Access denied.' } });
  });
});
