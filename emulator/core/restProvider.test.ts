/** The REST module's global methods in-process: scope, methods, method.get, server.time, user.option.*. */
import { describe, expect, it } from 'vitest';
import { adminApp, adminHook, managerApp, memoryDb } from '../test/inProcess';
import { handle } from './handle';
import { phpNormalize } from './phpJson';
import type { CoreDb } from './types';

const userOnlyHook = { aplogin: '3', ap: 'nocrm' };
/** The answer as a client reads it (PHP arrays through `json_encode`). */
function call(db: CoreDb, method: string, params: Record<string, unknown>, now?: number) {
  const { status, body } = handle(db, { method, params, ...(now === undefined ? {} : { now }) });
  return { status, body: phpNormalize(body) };
}

describe('scope', () => {
  it("lists the token's scopes the portal knows, in the order granted", () => {
    const db = memoryDb();
    expect(call(db, 'scope', adminHook).body).toMatchObject({ result: ['crm', 'user', 'department'] });
    expect(call(db, 'scope', userOnlyHook).body).toMatchObject({ result: ['user'] });
    // the app token also grants `placement`, whose methods (`placement.*`) the portal has
    expect(call(db, 'scope', adminApp).body).toMatchObject({
      result: ['crm', 'user', 'department', 'placement'],
    });
  });

  it('with full (any PHP truthy value) lists every scope of the portal', () => {
    const db = memoryDb();
    const full = call(db, 'scope', { ...userOnlyHook, full: 'Y' }).body as { result: string[] };
    expect(full.result).toEqual(expect.arrayContaining(['crm', 'user']));
    expect(full.result).not.toContain('_global');
    expect(call(db, 'scope', { ...userOnlyHook, FULL: '0' }).body).toMatchObject({ result: ['user'] });
  });
});

describe('methods', () => {
  const names = (body: unknown) => (body as { result: string[] }).result;

  it('lists the global methods and those of the granted scopes, lower case', () => {
    const db = memoryDb();
    const mine = names(call(db, 'methods', userOnlyHook).body);
    expect(mine).toEqual(expect.arrayContaining(['batch', 'scope', 'methods', 'method.get', 'server.time']));
    expect(mine).toEqual(expect.arrayContaining(['user.option.get', 'user.option.set', 'profile']));
    expect(mine).not.toContain('crm.lead.get');
    expect(names(call(db, 'methods', adminHook).body)).toContain('crm.lead.details.configuration.set');
  });

  it('scope=X lists only X, an empty scope only the global ones, full everything', () => {
    const db = memoryDb();
    const crm = names(call(db, 'methods', { ...userOnlyHook, scope: 'crm' }).body);
    expect(crm).toContain('crm.lead.get');
    expect(crm).not.toContain('batch');
    const global = names(call(db, 'methods', { ...adminHook, scope: '' }).body);
    expect(global).toContain('batch');
    expect(global).not.toContain('crm.lead.get');
    expect(names(call(db, 'methods', { ...userOnlyHook, full: '1' }).body)).toContain('crm.lead.get');
  });
});

describe('method.get', () => {
  it('says whether a method exists and whether this token may call it', () => {
    const db = memoryDb();
    const info = (params: Record<string, unknown>) => call(db, 'method.get', params).body;
    expect(info({ ...adminHook, name: 'crm.lead.get' })).toMatchObject({
      result: { isExisting: true, isAvailable: true },
    });
    expect(info({ ...userOnlyHook, name: 'crm.lead.get' })).toMatchObject({
      result: { isExisting: true, isAvailable: false },
    });
    expect(info({ ...userOnlyHook, name: 'batch' })).toMatchObject({
      result: { isExisting: true, isAvailable: true },
    });
    // matched as given against the lower-cased table, as the portal does
    expect(info({ ...adminHook, name: 'CRM.LEAD.GET' })).toMatchObject({
      result: { isExisting: false, isAvailable: false },
    });
    expect(info({ ...adminHook, name: 'no.such.method' })).toMatchObject({
      result: { isExisting: false, isAvailable: false },
    });
    expect(info({ ...adminHook })).toMatchObject({ result: { isExisting: false, isAvailable: false } });
  });
});

describe('server.time', () => {
  it("answers date('c') in the portal's zone", () => {
    const db = memoryDb();
    const now = Date.UTC(2026, 11, 1, 18, 30, 5);
    expect(call(db, 'server.time', adminHook, now).body).toMatchObject({
      result: '2026-12-01T20:30:05+02:00',
    });
  });
});

describe('user.option.get / user.option.set', () => {
  it('needs an application: a webhook gets 403 ACCESS_DENIED', () => {
    const db = memoryDb();
    for (const method of ['user.option.get', 'user.option.set']) {
      expect(call(db, method, { ...adminHook, options: { a: '1' } })).toMatchObject({
        status: 403,
        body: { error: 'ACCESS_DENIED', error_description: 'Access denied! Application context required' },
      });
    }
  });

  it('keeps options per user, merged; any user may write; one option or all', () => {
    const db = memoryDb();
    expect(call(db, 'user.option.get', managerApp).body).toMatchObject({ result: [] });
    expect(call(db, 'user.option.set', { ...managerApp, options: { view: 'compact' } }).body).toMatchObject({
      result: true,
    });
    expect(call(db, 'user.option.set', { ...managerApp, lang: 'ru' }).body).toMatchObject({ result: true });
    expect(call(db, 'user.option.get', managerApp).body).toMatchObject({
      result: { view: 'compact', lang: 'ru' },
    });
    expect(call(db, 'user.option.get', { ...managerApp, option: 'view' }).body).toMatchObject({
      result: 'compact',
    });
    expect(call(db, 'user.option.get', { ...managerApp, option: 'none' }).body).toMatchObject({
      result: null,
    });
    // another user's store is their own
    expect(call(db, 'user.option.get', adminApp).body).toMatchObject({ result: [] });
  });

  it('refuses nothing to set as the portal does', () => {
    const db = memoryDb();
    expect(call(db, 'user.option.set', { ...managerApp, options: {} })).toMatchObject({
      status: 400,
      body: {
        error: 'ERROR_ARGUMENT',
        error_description: "Argument 'options' is null or empty",
        argument: 'options',
      },
    });
  });
});
