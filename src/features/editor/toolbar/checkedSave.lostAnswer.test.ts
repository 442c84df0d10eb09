import { describe, expect, it } from 'vitest';
import { PortalError } from '../../../api/errors';
import { ok, script, type FakeFetch } from '../../../api/testing/fakeFetch';
import { portalSectionsOf } from '../../../testing/builders';
import { checkedSave, writeMayHaveRun } from './checkedSave';
import { draft, envOn as saveEnvOn, loaded } from './checkedSaveFixtures';

/**
 * A save whose answer was lost (found by the chaos suite, issue 8): the portal may hold the draft
 * although the client saw an error. Saving again must not report "someone else saved", and the
 * message may not claim that nothing was stored.
 */
const envOn = (fetch: FakeFetch) => saveEnvOn(fetch, { storageId: 'test~lost-answer' });

describe('checkedSave after a lost answer', () => {
  it('the portal already holding this very draft is no conflict: it is written again', async () => {
    const fetch = script(ok(portalSectionsOf(draft)), ok(true));
    const result = await checkedSave(envOn(fetch), draft);
    expect(result.kind).toBe('saved');
    expect(fetch.requests.map((r) => r.method)).toEqual([
      'crm.lead.details.configuration.get',
      'crm.lead.details.configuration.set',
    ]);
  });

  it('a write whose answer is unreadable may have run; a failed re-read or a refusal did not', async () => {
    const truncated = { status: 200, text: '{"result":tr' };
    const lostWrite = await checkedSave(envOn(script(ok(portalSectionsOf(loaded)), truncated)), draft).catch(
      (e: unknown) => e,
    );
    expect(lostWrite).toBeInstanceOf(PortalError);
    expect(writeMayHaveRun(lostWrite)).toBe(true);

    const lostRead = await checkedSave(envOn(script(truncated)), draft).catch((e: unknown) => e);
    expect(lostRead).toBeInstanceOf(PortalError);
    expect(writeMayHaveRun(lostRead)).toBe(false);

    const refused = {
      status: 400,
      json: { error: '', error_description: 'Access denied.' },
    };
    const denied = await checkedSave(envOn(script(ok(portalSectionsOf(loaded)), refused)), draft).catch(
      (e: unknown) => e,
    );
    expect(writeMayHaveRun(denied)).toBe(false);
  });
});
