/** The pure core, called in-process: no HTTP, a seed in memory. */
import { describe, expect, it } from 'vitest';
import { createSeed } from '../seed/index';
import { adminHook as admin, memoryDb } from '../test/inProcess';
import { handle } from './handle';
import { sanitizeLayout, setOption } from './layout';

describe('handle()', () => {
  it('answers with status and a PHP-shaped body; writes touch the db', () => {
    const db = memoryDb();
    const get = handle(db, {
      method: 'CRM.LEAD.GET',
      params: { ...admin, id: '1590' },
      now: Date.UTC(2024, 0, 1),
    });
    expect(get).toMatchObject({ status: 200, method: 'crm.lead.get', userId: 1 });
    expect(get.body).toMatchObject({
      result: { ID: '1590' },
      time: { date_start: '2024-01-01T02:00:00+02:00' },
    });
    expect(db.touched).toBe(0);
    handle(db, { method: 'crm.lead.update', params: { ...admin, id: '1590', fields: { TITLE: 'x' } } });
    expect(db.touched).toBe(1);
  });

  it('is deterministic: two seeds are equal', () => {
    expect(JSON.stringify(createSeed())).toBe(JSON.stringify(createSeed()));
  });

  it('builds large portals for benchmarks', () => {
    const db = memoryDb({ extraUserFields: 600, largeLayout: true });
    const fields = handle(db, { method: 'crm.lead.fields', params: { ...admin } });
    expect(
      Object.keys((fields.body as { result: object }).result).filter((k) => k.startsWith('UF_')),
    ).toHaveLength(621);
    const layout = handle(db, {
      method: 'crm.lead.details.configuration.get',
      params: { ...admin, scope: 'C' },
    });
    const sections = (layout.body as { result: { elements: unknown[] }[] }).result;
    expect(sections.reduce((n, s) => n + s.elements.length, 0)).toBeGreaterThan(600);
    expect(createSeed({ empty: true })).toMatchObject({ leads: [], userFields: [], userOptions: [] });
  });
});

describe('user options (1.3)', () => {
  it('a personal get falls back to a common option with the plain name', () => {
    const db = memoryDb();
    setOption(db.state, 'lead_details', 0, [
      { name: 'c', type: 'column', elements: [{ name: 'for-all', title: 'All' }] },
    ]);
    const get = (userId: number) =>
      handle(db, { method: 'crm.lead.details.configuration.get', params: { ...admin, scope: 'P', userId } })
        .body;
    expect(get(4)).toMatchObject({ result: [{ name: 'for-all' }] });
    handle(db, {
      method: 'crm.lead.details.configuration.set',
      params: { ...admin, scope: 'P', userId: 4, data: [{ name: 'own', title: 'Own' }] },
    });
    expect(get(4)).toMatchObject({ result: [{ name: 'own' }] });
    handle(db, { method: 'crm.lead.details.configuration.forceCommonScopeForAll', params: { ...admin } });
    expect(get(4)).toMatchObject({ result: null });
  });
});

describe('sanitizeLayout (1.6 step 8)', () => {
  it('keeps type/name/title/elements and element name/numeric optionFlags/array options', () => {
    expect(
      sanitizeLayout([
        {
          name: 'main',
          title: 'Main',
          data: {},
          elements: [
            { name: 'A', optionFlags: '0', options: [], title: 'Renamed', x: 1 },
            { name: 'B', optionFlags: 'x' },
          ],
        },
        { name: 'second', title: 'Second', elements: 'not an array' },
      ]),
    ).toEqual([
      {
        type: 'section',
        name: 'main',
        title: 'Main',
        elements: [{ name: 'A', optionFlags: '0', options: [] }, { name: 'B' }],
      },
      { type: 'section', name: 'second', title: 'Second', elements: [] },
    ]);
  });
});
