/**
 * A data folder written before the other cards existed: on opening, the portal gains their seeded
 * pipelines, types and records, and keeps its leads and layouts as they were.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { STATE_FILE } from '../db';
import { ADMIN, dig, newDataDir, startPortal } from './harness';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe('a portal stored before the other cards', () => {
  it('gains deals and smart processes, keeps what it had', async () => {
    const dir = await newDataDir();
    dirs.push(dir);
    const first = await startPortal({ dataDir: dir });
    await first.json(`${ADMIN}crm.lead.update`, { id: 1590, fields: { TITLE: 'Kept title' } });
    await first.close(true);
    const file = path.join(dir, STATE_FILE);
    const old = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    delete old['crm'];
    await writeFile(file, JSON.stringify(old));

    const second = await startPortal({ dataDir: dir });
    try {
      const lead = await second.json(`${ADMIN}crm.lead.get`, { id: 1590 });
      expect(dig(lead.json, 'result', 'TITLE')).toBe('Kept title');
      const pipelines = await second.json(`${ADMIN}crm.category.list`, { entityTypeId: 2 });
      expect(dig(pipelines.json, 'total')).toBe(3);
      const deals = await second.json(`${ADMIN}crm.deal.list`, {});
      expect(dig(deals.json, 'total')).toBe(7);
      const stages = await second.json(`${ADMIN}crm.status.list`, { filter: { ENTITY_ID: 'DEAL_STAGE_1' } });
      expect(dig(stages.json, 'total')).toBe(8);
    } finally {
      await second.close();
    }
  });
});
