/** `department.get` in-process, and `user.get` by `UF_DEPARTMENT`: answers as a client decodes them. */
import { describe, expect, it } from 'vitest';
import { successEnvelope } from '../../src/api/schemas/envelope';
import { DepartmentListSchema } from '../../src/api/schemas/department';
import { UserListSchema } from '../../src/api/schemas/user';
import { createSeed } from '../seed/index';
import { handle } from './handle';
import { encodePhpJson } from './phpJson';
import { parseStr } from './phpParseStr';
import type { CoreDb, DepartmentRecord } from './types';

function memoryDb(departments?: DepartmentRecord[]): CoreDb {
  const state = createSeed();
  if (departments) state.departments = departments;
  return { state, touch: () => undefined };
}
const adminHook = { aplogin: '1', ap: 'demoadmin' };
const userOnlyHook = { aplogin: '3', ap: 'nocrm' };

/** The JSON text a client receives, parsed back. */
function call(db: CoreDb, method: string, params: Record<string, unknown>) {
  const { status, body } = handle(db, { method, params });
  return { status, json: JSON.parse(encodePhpJson(body)) as Record<string, unknown> };
}
const departments = (db: CoreDb, params: Record<string, unknown>) =>
  successEnvelope(DepartmentListSchema).parse(call(db, 'department.get', { ...adminHook, ...params }).json);
const ids = (db: CoreDb, params: Record<string, unknown>) => departments(db, params).result.map((d) => d.ID);

describe('department.get', () => {
  it('lists the structure parents first, with string ids, an int SORT and no PARENT on the root', () => {
    const db = memoryDb();
    const { status, json } = call(db, 'department.get', adminHook);
    expect(status).toBe(200);
    expect(json['total']).toBe(6);
    expect(json['next']).toBeUndefined();
    expect(json['result']).toEqual([
      { ID: '1', NAME: 'Lead Card Studio', SORT: 500, UF_HEAD: '1' },
      { ID: '2', NAME: 'Sales', SORT: 100, PARENT: '1', UF_HEAD: '5' },
      { ID: '3', NAME: 'Sales team', SORT: 500, PARENT: '2' },
      { ID: '6', NAME: 'Key accounts', SORT: 500, PARENT: '3' },
      { ID: '4', NAME: 'Служба поддержки', SORT: 200, PARENT: '1', UF_HEAD: '7' },
      { ID: '5', NAME: 'Marketing', SORT: 300, PARENT: '1' },
    ]);
  });

  it('filters by ID, PARENT (direct children; 0 is the top), UF_HEAD, SORT and NAME, top level or in FILTER', () => {
    const db = memoryDb();
    expect(ids(db, { ID: 3 })).toEqual(['3']);
    expect(ids(db, { ID: ['5', '2'] })).toEqual(['2', '5']);
    expect(ids(db, { PARENT: 1 })).toEqual(['2', '4', '5']);
    expect(ids(db, { PARENT: '0' })).toEqual(['1']);
    expect(ids(db, { UF_HEAD: 7 })).toEqual(['4']);
    expect(ids(db, { NAME: 'sales' })).toEqual(['2']);
    expect(ids(db, { NAME: 'Sales%' })).toEqual(['2', '3']);
    expect(ids(db, { FILTER: { PARENT: 2 } })).toEqual(['3']);
    // filter keys are case-sensitive on the portal: a lower-case `parent` filters nothing
    expect(ids(db, { parent: 2 })).toHaveLength(6);
    expect(ids(db, { ID: 99 })).toEqual([]);
  });

  it('sorts by sort/order (any case) and, like the portal, also filters by an upper-case SORT', () => {
    const db = memoryDb();
    expect(ids(db, { sort: 'NAME', order: 'DESC' })).toEqual(['4', '3', '2', '5', '1', '6']);
    expect(ids(db, { sort: 'id' })).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(ids(db, { sort: 'UF_HEAD' })).toEqual(['3', '6', '5', '1', '2', '4']);
    expect(ids(db, { sort: 'nonsense', order: 'DESC' })).toEqual(['1', '2', '3', '6', '4', '5']);
    // `SORT: 'NAME'` is also the filter SORT = intval('NAME') = 0
    expect(ids(db, { SORT: 'NAME' })).toEqual([]);
    expect(ids(db, { SORT: 500, sort: 'ID' })).toEqual(['1', '3', '6']);
  });

  it('pages by 50 with total and next; start=-1 gives the first page without a count', () => {
    const many: DepartmentRecord[] = [
      { ID: 1, NAME: 'Company', SORT: 500, PARENT: null, UF_HEAD: null },
      ...Array.from({ length: 60 }, (_, i) => ({
        ID: i + 2,
        NAME: `Team ${String(i + 1).padStart(2, '0')}`,
        SORT: 500,
        PARENT: 1,
        UF_HEAD: null,
      })),
    ];
    const db = memoryDb(many);
    const first = call(db, 'department.get', adminHook).json;
    expect(first).toMatchObject({ total: 61, next: 50 });
    expect(first['result']).toHaveLength(50);
    const second = call(db, 'department.get', { ...adminHook, start: 50 }).json;
    expect(second).toMatchObject({ total: 61 });
    expect(second['next']).toBeUndefined();
    expect(
      successEnvelope(DepartmentListSchema)
        .parse(second)
        .result.map((d) => d.NAME),
    ).toEqual(Array.from({ length: 11 }, (_, i) => `Team ${String(i + 50)}`));
    const top = call(db, 'department.get', { ...adminHook, start: -1 }).json;
    expect(top['total']).toBeUndefined();
    expect(top['result']).toHaveLength(50);
  });

  it('reads PHP form parameters as BX24.js sends them', () => {
    const db = memoryDb();
    expect(ids(db, parseStr('FILTER[ID][0]=4&FILTER[ID][1]=6&sort=ID&order=desc'))).toEqual(['6', '4']);
  });

  it('needs the department scope: a user-only webhook and a crm,user token get insufficient_scope', () => {
    const db = memoryDb();
    expect(call(db, 'department.get', userOnlyHook)).toMatchObject({
      status: 401,
      json: { error: 'insufficient_scope' },
    });
    db.state.tokens.push({
      token: 'no-department',
      userId: 1,
      expiresAt: Date.UTC(2100, 0, 1),
      refreshToken: 'no-department-refresh',
      scopes: ['crm', 'user'],
    });
    expect(call(db, 'department.get', { auth: 'no-department' })).toMatchObject({
      status: 401,
      json: {
        error: 'insufficient_scope',
        error_description: 'The request requires higher privileges than provided by the access token',
      },
    });
    // inside a batch the refusal is per command
    const batch = call(db, 'batch', { ...userOnlyHook, cmd: { d: 'department.get', u: 'user.current' } });
    expect(batch.json).toMatchObject({
      result: { result: { u: { ID: '3' } }, result_error: { d: { error: 'insufficient_scope' } } },
    });
  });

  it('data written before departments were seeded answers an empty structure', () => {
    const db = memoryDb();
    delete db.state.departments;
    expect(call(db, 'department.get', adminHook).json).toMatchObject({ result: [], total: 0 });
  });
});

describe('user.get by UF_DEPARTMENT', () => {
  const names = (db: CoreDb, params: Record<string, unknown>) =>
    successEnvelope(UserListSchema)
      .parse(call(db, 'user.get', { ...adminHook, ...params }).json)
      .result.map((u) => u.LAST_NAME);

  it('matches direct members only, one department or several, with UF_DEPARTMENT as numbers', () => {
    const db = memoryDb();
    expect(names(db, { FILTER: { UF_DEPARTMENT: 2 } })).toEqual(['Смирнова']);
    expect(names(db, { FILTER: { UF_DEPARTMENT: '6' } })).toEqual(['Schmidt']);
    expect(names(db, { FILTER: { UF_DEPARTMENT: [2, 6], ACTIVE: 'Y' } })).toEqual(['Schmidt', 'Смирнова']);
    expect(names(db, parseStr('FILTER[@UF_DEPARTMENT][]=4&FILTER[@UF_DEPARTMENT][]=5'))).toEqual([
      'Кузнецов',
      'García López',
    ]);
    expect(names(db, { UF_DEPARTMENT: 99 })).toEqual([]);
    const anna = call(db, 'user.get', { ...adminHook, ID: 4 }).json;
    expect(anna).toMatchObject({ result: [{ ID: '4', UF_DEPARTMENT: [3, 6] }] });
  });
});
