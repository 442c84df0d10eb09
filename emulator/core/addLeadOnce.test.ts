/**
 * "Create a test lead" adds at most one lead, whatever the connection does: the client against
 * the emulator in-process, with the answer lost after the portal created the lead, the request
 * sent twice (as a browser resends a POST on a reset keep-alive socket), and the user's retry.
 */
import { describe, expect, it } from 'vitest';
import { webhookAuth } from '../../src/api/auth';
import { addRecordOnce, newRecordOrigin, RECORD_ORIGINATOR } from '../../src/api/methods/addRecordOnce';
import { leadCommands } from '../../src/api/methods/leads';
import { createPortalClient, type FetchLike, type PortalClient } from '../../src/api/transport';
import { createSeed } from '../seed/index';
import { handle } from './handle';
import { encodePhpJson } from './phpJson';
import { parseStr } from './phpParseStr';
import type { CoreDb } from './types';

type Wire = 'normal' | 'lose-answer' | 'send-twice' | 'refuse';

/** A client whose `crm.lead.add` requests travel over `wire`; every other call goes through. */
function portal(wires: Wire[]) {
  const db: CoreDb = { state: createSeed(), touch: () => undefined };
  const fetch: FetchLike = async (url, init) => {
    const method = /\/rest\/1\/demoadmin\/(.+)\.json$/.exec(url)?.[1] ?? '';
    const run = () =>
      handle(db, { method, params: { ...parseStr(init.body), aplogin: '1', ap: 'demoadmin' } });
    const wire = method === 'crm.lead.add' ? (wires.shift() ?? 'normal') : 'normal';
    if (wire === 'refuse') {
      const refusal = { error: '', error_description: 'Access denied.' };
      return { status: 400, text: () => Promise.resolve(JSON.stringify(refusal)) };
    }
    if (wire === 'send-twice') run();
    const reply = run();
    if (wire === 'lose-answer') throw new TypeError('Failed to fetch');
    return { status: reply.status, text: () => Promise.resolve(encodePhpJson(reply.body)) };
  };
  const auth = webhookAuth('https://portal.test/rest/1/demoadmin/');
  const client = createPortalClient({ auth, fetch, sleep: () => Promise.resolve(), maxRetries: 0 });
  const marked = (origin: string) =>
    db.state.leads.filter(
      (l) => l.values['ORIGINATOR_ID'] === RECORD_ORIGINATOR && l.values['ORIGIN_ID'] === origin,
    );
  return { client, marked };
}

const fields = { TITLE: 'Test lead' };

/** A simple lead's create, as the preview's "Create a test lead" dialog makes it. */
const createTestLead = (client: PortalClient, origin: string, retried: boolean) =>
  addRecordOnce({
    client,
    card: { entity: 'lead', leadType: 'simple' },
    commands: leadCommands,
    fields,
    params: {},
    origin,
    retried,
  });

describe('addRecordOnce for a lead', () => {
  it('adds one lead marked with the external-source pair', async () => {
    const { client, marked } = portal(['normal']);
    const origin = newRecordOrigin();
    const id = await createTestLead(client, origin, false);
    expect(marked(origin).map((l) => l.ID)).toEqual([id]);
  });

  it('an answer lost after the portal created the lead: the lead is found, not reported as failed', async () => {
    const { client, marked } = portal(['lose-answer']);
    const origin = newRecordOrigin();
    const id = await createTestLead(client, origin, false);
    expect(marked(origin).map((l) => l.ID)).toEqual([id]);
  });

  it('a request that reached the portal twice leaves one lead, the first', async () => {
    const { client, marked } = portal(['send-twice']);
    const origin = newRecordOrigin();
    const id = await createTestLead(client, origin, false);
    expect(marked(origin)).toHaveLength(1);
    expect(marked(origin)[0]?.ID).toBe(id);
  });

  it("the user's retry of the same create reuses the lead it already made", async () => {
    const { client, marked } = portal(['normal', 'normal']);
    const origin = newRecordOrigin();
    const first = await createTestLead(client, origin, false);
    const again = await createTestLead(client, origin, true);
    expect(again).toBe(first);
    expect(marked(origin)).toHaveLength(1);
  });

  it('a refusal by the portal is reported as it is, and adds nothing', async () => {
    const { client, marked } = portal(['refuse']);
    const origin = newRecordOrigin();
    await expect(createTestLead(client, origin, false)).rejects.toMatchObject({
      kind: 'portal',
      description: 'Access denied.',
    });
    expect(marked(origin)).toHaveLength(0);
  });
});
