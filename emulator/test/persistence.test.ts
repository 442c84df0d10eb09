/** The data folder: state survives a restart, writes are atomic, `reset` reseeds. */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { STATE_FILE } from '../db';
import { ADMIN, dig, newDataDir, startPortal } from './harness';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});
async function dataDir(): Promise<string> {
  const dir = await newDataDir();
  dirs.push(dir);
  return dir;
}

const layout = [
  { type: 'section', name: 'kept', title: 'Kept', elements: [{ name: 'TITLE', optionFlags: '1' }] },
];

describe('persistence', () => {
  it('a restarted server on the same folder has the same portal', async () => {
    const dir = await dataDir();
    const first = await startPortal({ dataDir: dir });
    await first.json(`${ADMIN}crm.lead.details.configuration.set`, {
      scope: 'C',
      extras: { leadCustomerType: 2 },
      data: layout,
    });
    const id = dig(
      (await first.json(`${ADMIN}crm.lead.add`, { fields: { TITLE: 'Survives restarts' } })).json,
      'result',
    );
    const token = dig(
      (await first.control('POST', '/_emulator/oauth/token', { userId: 4 })).json,
      'access_token',
    );
    await first.close(true);

    const second = await startPortal({ dataDir: dir });
    const get = await second.json(`${ADMIN}crm.lead.details.configuration.get`, {
      scope: 'C',
      extras: { leadCustomerType: 2 },
    });
    expect(dig(get.json, 'result')).toEqual(layout);
    expect(dig((await second.json(`${ADMIN}crm.lead.get`, { id })).json, 'result', 'TITLE')).toBe(
      'Survives restarts',
    );
    expect(dig((await second.json('/rest/user.current', { auth: token })).json, 'result', 'ID')).toBe('4');
    await second.close(true);

    const reseeded = await startPortal({ dataDir: dir, reset: true });
    const after = await reseeded.json(`${ADMIN}crm.lead.details.configuration.get`, {
      scope: 'C',
      extras: { leadCustomerType: 2 },
    });
    expect(dig(after.json, 'result')).toBeNull();
    expect(dig((await reseeded.json(`${ADMIN}crm.lead.get`, { id })).json, 'error_description')).toBe(
      'Not found',
    );
    await reseeded.close(true);
  });

  it('the data file is always complete JSON, even under a stream of writes', async () => {
    const dir = await dataDir();
    const portal = await startPortal({ dataDir: dir });
    const file = path.join(dir, STATE_FILE);
    let reads = 0;
    let writing = true;
    const reader = (async () => {
      while (writing) {
        const text = await readFile(file, 'utf8');
        expect(() => JSON.parse(text)).not.toThrow();
        reads++;
      }
    })();
    await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        portal.json(`${ADMIN}crm.lead.add`, { fields: { TITLE: `Write ${i}` } }),
      ),
    );
    writing = false;
    await reader;
    await portal.close(true);
    expect(reads).toBeGreaterThan(0);
    const state = JSON.parse(await readFile(file, 'utf8')) as { leads: unknown[] };
    expect(state.leads).toHaveLength(90);
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('a temp file left by a crash mid-write is ignored and cleaned up', async () => {
    const dir = await dataDir();
    const first = await startPortal({ dataDir: dir });
    await first.json(`${ADMIN}crm.lead.add`, { fields: { TITLE: 'Last good write' } });
    await first.close(true);
    const stale = path.join(dir, `${STATE_FILE}.12345.7.tmp`);
    await writeFile(stale, '{"version":1,"users":[{"ID":1,'); // what a crash would leave

    const second = await startPortal({ dataDir: dir });
    const found = await second.json(`${ADMIN}crm.lead.list`, { filter: { TITLE: 'Last good write' } });
    expect(dig(found.json, 'total')).toBe(1);
    expect(await readdir(dir)).toEqual([STATE_FILE]);
    await second.close(true);
  });

  it('a corrupt data file is reported, not silently replaced', async () => {
    const dir = await dataDir();
    await writeFile(path.join(dir, STATE_FILE), '{ not json');
    await expect(startPortal({ dataDir: dir })).rejects.toThrow(/--reset/);
    const reseeded = await startPortal({ dataDir: dir, reset: true });
    expect((await reseeded.get(`${ADMIN}profile`)).status).toBe(200);
    await reseeded.close(true);
  });
});
