/** The opt-in hostile seed: its data reaches clients as stored, and the demo seed is untouched. */
import { describe, expect, it } from 'vitest';
import { handle } from '../core/handle';
import type { CoreDb } from '../core/types';
import { HOSTILE } from '../seed/hostile';
import { createSeed, SEED_PRESETS } from '../seed/index';

const admin = { aplogin: '1', ap: 'demoadmin' };
const db = (hostile: boolean): CoreDb => ({ state: createSeed({ hostile }), touch: () => undefined });
const call = (d: CoreDb, method: string, params: Record<string, unknown> = {}) =>
  (handle(d, { method, params: { ...admin, ...params } }).body as { result: unknown }).result;

describe('the hostile seed', () => {
  it('serves the hostile stage, user and lead as stored, the lead newest', () => {
    const d = db(true);
    const stages = call(d, 'crm.status.list', { filter: { ENTITY_ID: 'STATUS' } }) as {
      STATUS_ID: string;
      COLOR: string;
    }[];
    expect(stages.find((s) => s.STATUS_ID === HOSTILE.stageId)?.COLOR).toBe(
      'red url(https://example.invalid/x.png)',
    );
    const users = call(d, 'user.get', { ID: HOSTILE.userId }) as { LAST_NAME: string }[];
    expect(users[0]?.LAST_NAME).toBe('\u202EOverride');
    const [newest] = call(d, 'crm.lead.list', { order: { ID: 'DESC' }, select: ['ID'] }) as { ID: string }[];
    const lead = call(d, 'crm.lead.get', { id: newest?.ID }) as Record<string, unknown>;
    expect(lead).toMatchObject({
      TITLE: HOSTILE.leadTitle,
      STATUS_ID: HOSTILE.stageId,
      ASSIGNED_BY_ID: String(HOSTILE.userId),
      SOURCE_DESCRIPTION: HOSTILE.longUrl,
    });
    expect(lead['COMMENTS']).toContain('&#99999999;');
    expect(SEED_PRESETS.hostile).toEqual({ hostile: true });
  });

  it('leaves the demo seed as every other test knows it', () => {
    const plain = createSeed();
    expect(JSON.stringify(plain)).not.toContain(HOSTILE.stageId);
    expect(plain.users.map((u) => u.ID)).not.toContain(HOSTILE.userId);
    const hostile = createSeed({ hostile: true });
    // the demo part is the same, the hostile part comes on top
    expect(hostile.leads.slice(0, plain.leads.length)).toEqual(plain.leads);
    expect(hostile.users.slice(0, plain.users.length)).toEqual(plain.users);
  });
});
