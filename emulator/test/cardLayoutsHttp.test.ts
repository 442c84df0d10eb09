/**
 * The layouts of other cards over real HTTP, the way clients send them: PHP-bracket forms
 * (`extras[dealCategoryId]=1`), a `batch` that opens a pipeline's card, and JSON.
 */
import { describe, expect, it } from 'vitest';
import { BatchResultSchema } from '../../src/api/schemas/batch';
import { successEnvelope } from '../../src/api/schemas/envelope';
import { PortalLayoutSchema } from '../../src/api/schemas/layout';
import { ADMIN, dig, MANAGER, portalForFile } from './harness';

const portal = portalForFile();

const section = (name: string) => ({ type: 'section', name, title: name, elements: [{ name: 'STAGE_ID' }] });

describe('layouts of a deal pipeline and a smart-process funnel', () => {
  it('a form-encoded set of pipeline 2 is read back by a batch, pipelines apart', async () => {
    const set = await portal.form(`${ADMIN}crm.deal.details.configuration.set`, {
      scope: 'C',
      extras: { dealCategoryId: 2 },
      data: [section('projects')],
    });
    expect(dig(set.json, 'result')).toBe(true);
    const reply = await portal.json(`${MANAGER}batch`, {
      cmd: {
        projects: 'crm.item.details.configuration.get?entityTypeId=2&scope=C&extras[categoryId]=2',
        general: 'crm.deal.details.configuration.get?scope=C',
        pipelines: 'crm.category.list?entityTypeId=2',
      },
    });
    const body = successEnvelope(BatchResultSchema).parse(reply.json).result;
    expect(PortalLayoutSchema.parse(body.result['projects'])[0]?.name).toBe('projects');
    expect(body.result['general']).toBeNull();
    expect(dig(body.result['pipelines'], 'categories', 2, 'name')).toBe('Projects');
  });

  it('a manager keeps a personal layout of a funnel; reset removes only it', async () => {
    const params = { entityTypeId: 1030, scope: 'P', extras: { categoryId: 3 } };
    await portal.json(`${MANAGER}crm.item.details.configuration.set`, { ...params, data: [section('mine')] });
    const get = async (extras: object) =>
      dig(
        (await portal.json(`${MANAGER}crm.item.details.configuration.get`, { ...params, extras })).json,
        'result',
      );
    expect(dig(await get({ categoryId: 3 }), 0, 'name')).toBe('mine');
    expect(await get({})).toBeNull(); // the default funnel is another card
    await portal.json(`${MANAGER}crm.item.details.configuration.reset`, params);
    expect(await get({ categoryId: 3 })).toBeNull();
  });
});
