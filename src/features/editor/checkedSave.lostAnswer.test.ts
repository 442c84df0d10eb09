import { describe, expect, it } from 'vitest';
import { PortalError } from '../../api/errors';
import { ok, script, testClient, type FakeFetch } from '../../api/testing/fakeFetch';
import { createEditorStore } from '../../store/editorStore';
import { aLayout, portalSectionsOf } from '../../testing/builders';
import { checkedSave, writeMayHaveRun } from './checkedSave';
import type { DocumentEnv } from './documentEnv';

/**
 * A save whose answer was lost (found by the chaos suite, issue 8): the portal may hold the draft
 * although the client saw an error. Saving again must not report "someone else saved", and the
 * message may not claim that nothing was stored.
 */
const loaded = aLayout().section('main', ['TITLE', 'PHONE']).section('more', ['COMMENTS']).build();
const draft = aLayout().section('main', ['PHONE', 'TITLE']).section('more', ['COMMENTS']).build();

function envOn(fetch: FakeFetch): DocumentEnv {
  const editor = createEditorStore(loaded, false);
  editor.getState().apply({ type: 'replaceLayout', layout: draft });
  return {
    client: testClient(fetch).client,
    docKey: { scope: 'C', userId: null, leadType: 'simple' },
    editor,
    cardFields: [],
    fields: {},
    me: { id: 1, name: 'Demo Admin' },
    storageId: 'test~lost-answer',
    appContext: false,
    firstUsers: [],
    openDocument: () => undefined,
  };
}

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
