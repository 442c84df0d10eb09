/** `placement.*` in-process: each method's answers and the portal's errors, exact texts. */
import { describe, expect, it } from 'vitest';
import { PlacementListSchema } from '../../src/api/schemas/placement';
import { adminApp, adminHook, callCore, managerApp, memoryDb } from '../test/inProcess';
import type { CoreDb } from './types';

const HANDLER = 'http://127.0.0.1:5173/?view=lead';
const tab = {
  PLACEMENT: 'CRM_LEAD_DETAIL_TAB',
  HANDLER,
  LANG_ALL: {
    en: { TITLE: 'Card layout', DESCRIPTION: 'Design this card' },
    ru: { TITLE: 'Макет карточки' },
  },
};

/** A token of the one application with the given scopes, for scope-dependent answers. */
function tokenWith(db: CoreDb, scopes: string[]): { auth: string } {
  db.state.tokens.push({
    token: `t-${scopes.join('-')}`,
    userId: 1,
    expiresAt: Date.parse('2100-01-01'),
    refreshToken: `r-${scopes.join('-')}`,
    scopes,
  });
  return { auth: `t-${scopes.join('-')}` };
}

describe('placement.bind', () => {
  it('binds the lead tab with a title per language and get reads it back', () => {
    const db = memoryDb();
    expect(callCore(db, 'placement.bind', { ...adminApp, ...tab })).toMatchObject({
      status: 200,
      body: { result: true },
    });
    expect(db.touched).toBe(1);
    expect(callCore(db, 'placement.get', adminApp).body).toMatchObject({
      result: [
        {
          placement: 'CRM_LEAD_DETAIL_TAB',
          userId: 0,
          handler: HANDLER,
          options: [],
          title: 'Card layout',
          description: 'Design this card',
          langAll: {
            en: { TITLE: 'Card layout', DESCRIPTION: 'Design this card', GROUP_NAME: '' },
            ru: { TITLE: 'Макет карточки', DESCRIPTION: '', GROUP_NAME: '' },
          },
        },
      ],
    });
  });

  it("answers get in the shape the client's schema reads", () => {
    const db = memoryDb();
    callCore(db, 'placement.bind', { ...adminApp, ...tab });
    callCore(db, 'placement.bind', {
      ...adminApp,
      PLACEMENT: 'CRM_LEAD_DETAIL_ACTIVITY',
      HANDLER,
      TITLE: 'x',
    });
    const { result } = callCore(db, 'placement.get', adminApp).body as { result: unknown };
    const parsed = PlacementListSchema.safeParse(result);
    expect(parsed.success).toBe(true);
    expect(parsed.data?.map((r) => r.placement)).toEqual(['CRM_LEAD_DETAIL_TAB', 'CRM_LEAD_DETAIL_ACTIVITY']);
  });

  it('takes TITLE for the portal language without LANG_ALL, the app name without any title', () => {
    const db = memoryDb();
    callCore(db, 'placement.bind', {
      ...adminApp,
      placement: 'crm_lead_detail_tab',
      handler: HANDLER,
      title: ' Tab ',
    });
    callCore(db, 'placement.bind', { ...adminApp, PLACEMENT: 'CRM_DEAL_DETAIL_TAB', HANDLER });
    const rows = callCore(db, 'placement.get', adminApp).body as { result: unknown[] };
    expect(rows.result).toEqual([
      expect.objectContaining({
        placement: 'CRM_LEAD_DETAIL_TAB',
        title: 'Tab',
        description: null,
        langAll: { en: { TITLE: 'Tab', DESCRIPTION: null, GROUP_NAME: null } },
      }),
      expect.objectContaining({
        placement: 'CRM_DEAL_DETAIL_TAB',
        title: null,
        langAll: { en: { TITLE: 'Lead Card Studio', DESCRIPTION: null, GROUP_NAME: null } },
      }),
    ]);
  });

  it('keeps only the options the placement declares, as strings', () => {
    const db = memoryDb();
    callCore(db, 'placement.bind', { ...adminApp, ...tab, OPTIONS: { ID: '7', errorHandlerUrl: 'x' } });
    callCore(db, 'placement.bind', {
      ...adminApp,
      PLACEMENT: 'CRM_LEAD_DETAIL_ACTIVITY',
      HANDLER,
      OPTIONS: { useBuiltInInterface: 'Y', other: '1' },
    });
    const rows = (callCore(db, 'placement.get', adminApp).body as { result: { options: unknown }[] }).result;
    expect(rows.map((r) => r.options)).toEqual([
      [],
      { useBuiltInInterface: 'Y', newUserNotificationText: '', newUserNotificationTitle: '' },
    ]);
  });

  it('refuses the same handler twice, but a second handler is a second tab', () => {
    const db = memoryDb();
    callCore(db, 'placement.bind', { ...adminApp, ...tab });
    expect(callCore(db, 'placement.bind', { ...adminApp, ...tab })).toMatchObject({
      status: 400,
      body: {
        error: 'ERROR_CORE',
        error_description: 'Unable to set placement handler: Handler already binded',
      },
    });
    expect(callCore(db, 'placement.bind', { ...adminApp, ...tab, HANDLER: `${HANDLER}&b=1` }).status).toBe(
      200,
    );
    expect((callCore(db, 'placement.get', adminApp).body as { result: unknown[] }).result).toHaveLength(2);
  });

  it('answers unknown placements and DEFAULT with the portal errors', () => {
    const db = memoryDb();
    expect(
      callCore(db, 'placement.bind', { ...adminApp, ...tab, PLACEMENT: 'CRM_LEAD_NOWHERE' }),
    ).toMatchObject({
      status: 400,
      body: { error: 'ERROR_PLACEMENT_NOT_FOUND', error_description: 'Placement not found' },
    });
    expect(callCore(db, 'placement.bind', { ...adminApp, ...tab, PLACEMENT: 'default' })).toMatchObject({
      status: 400,
      body: { error: 'ERROR_ARGUMENT', error_description: 'Wrong value', argument: 'PLACEMENT' },
    });
    // a CRM placement needs the crm scope on the token
    const placementOnly = tokenWith(db, ['placement']);
    expect(callCore(db, 'placement.bind', { ...placementOnly, ...tab }).body).toMatchObject({
      error: 'ERROR_PLACEMENT_NOT_FOUND',
    });
    expect(db.state.placements?.rows ?? []).toEqual([]);
  });

  it('needs PLACEMENT as a string, a HANDLER, and a handler URL the portal accepts', () => {
    const db = memoryDb();
    expect(callCore(db, 'placement.bind', { ...adminApp, HANDLER })).toMatchObject({
      status: 400,
      body: {
        error: 'ERROR_ARGUMENT',
        error_description: "The value of an argument 'PLACEMENT' must be of type string",
        argument: 'PLACEMENT',
      },
    });
    expect(callCore(db, 'placement.bind', { ...adminApp, PLACEMENT: '', HANDLER }).body).toEqual({
      error: 'ERROR_ARGUMENT',
      error_description: "Argument 'PLACEMENT' is null or empty",
      argument: 'PLACEMENT',
    });
    expect(callCore(db, 'placement.bind', { ...adminApp, PLACEMENT: 'CRM_LEAD_DETAIL_TAB' }).body).toEqual({
      error: 'ERROR_ARGUMENT',
      error_description: "Argument 'HANDLER' is null or empty",
      argument: 'HANDLER',
    });
    expect(
      callCore(db, 'placement.bind', { ...adminApp, ...tab, HANDLER: 'http://localhost:5173/' }).body,
    ).toEqual({
      error: 'ERROR_WRONG_HANDLER_URL',
      error_description: 'Wrong handler URL',
    });
    expect(
      callCore(db, 'placement.bind', { ...adminApp, ...tab, HANDLER: 'ftp://app.example/' }).body,
    ).toEqual({
      error: 'ERROR_UNSUPPORTED_PROTOCOL',
      error_description: 'Unsupported handler protocol',
    });
    expect(callCore(db, 'placement.bind', { ...adminApp, ...tab, USER_ID: 2 }).body).toEqual({
      error: 'ERROR_PLACEMENT_USER_MODE',
      error_description: 'User mode is not available.',
    });
  });

  it('refuses a LANG_ALL entry without a title after adding the row, as the portal does', () => {
    const db = memoryDb();
    const reply = callCore(db, 'placement.bind', { ...adminApp, ...tab, LANG_ALL: { en: { TITLE: ' ' } } });
    expect(reply).toMatchObject({ status: 400, body: { error: 'ERROR_CORE' } });
    expect(db.state.placements?.rows).toHaveLength(1);
  });
});

describe('who may call placement.*', () => {
  it('a adminHook, even one with the placement scope, gets 403 WRONG_AUTH_TYPE from every method', () => {
    const db = memoryDb();
    db.state.webhooks.push({ userId: 1, secret: 'withplacement', scopes: ['crm', 'placement'] });
    expect(callCore(db, 'placement.get', adminHook)).toMatchObject({
      status: 401,
      body: { error: 'insufficient_scope' },
    });
    const hook = { aplogin: '1', ap: 'withplacement' };
    for (const method of ['placement.bind', 'placement.unbind', 'placement.get', 'placement.list']) {
      expect(callCore(db, method, { ...hook, ...tab })).toEqual({
        status: 403,
        method,
        userId: 1,
        body: {
          error: 'WRONG_AUTH_TYPE',
          error_description:
            'Current authorization type is denied for this method Application context required',
        },
      });
    }
  });

  it('a token without the placement scope gets 401 insufficient_scope', () => {
    const db = memoryDb();
    const crmOnly = tokenWith(db, ['crm', 'user']);
    expect(callCore(db, 'placement.bind', { ...crmOnly, ...tab })).toMatchObject({
      status: 401,
      body: { error: 'insufficient_scope' },
    });
  });

  it('a user who is not a portal admin gets 403 ACCESS_DENIED, but may list placements', () => {
    const db = memoryDb();
    for (const method of ['placement.bind', 'placement.unbind', 'placement.get']) {
      expect(callCore(db, method, { ...managerApp, ...tab })).toMatchObject({
        status: 403,
        body: { error: 'ACCESS_DENIED', error_description: 'Access denied!' },
      });
    }
    expect(callCore(db, 'placement.list', managerApp).status).toBe(200);
  });
});

describe('placement.unbind', () => {
  it('removes by placement and handler and counts two per row', () => {
    const db = memoryDb();
    callCore(db, 'placement.bind', { ...adminApp, ...tab });
    callCore(db, 'placement.bind', { ...adminApp, ...tab, HANDLER: `${HANDLER}&b=1` });
    expect(
      callCore(db, 'placement.unbind', { ...adminApp, PLACEMENT: 'CRM_LEAD_DETAIL_TAB', HANDLER }).body,
    ).toMatchObject({
      result: { count: 2 },
    });
    expect(
      (callCore(db, 'placement.get', adminApp).body as { result: { handler: string }[] }).result,
    ).toEqual([expect.objectContaining({ handler: `${HANDLER}&b=1` })]);
    // without HANDLER: every handler of the placement; nothing left: 0
    expect(
      callCore(db, 'placement.unbind', { ...adminApp, placement: 'crm_lead_detail_tab' }).body,
    ).toMatchObject({
      result: { count: 2 },
    });
    expect(
      callCore(db, 'placement.unbind', { ...adminApp, PLACEMENT: 'CRM_LEAD_DETAIL_TAB' }).body,
    ).toMatchObject({
      result: { count: 0 },
    });
    expect(callCore(db, 'placement.get', adminApp).body).toMatchObject({ result: [] });
  });

  it('answers 0 for an unknown placement and the argument errors for a bad one', () => {
    const db = memoryDb();
    expect(callCore(db, 'placement.unbind', { ...adminApp, PLACEMENT: 'NOWHERE' }).body).toMatchObject({
      result: { count: 0 },
    });
    expect(callCore(db, 'placement.unbind', adminApp).body).toEqual({
      error: 'ERROR_ARGUMENT',
      error_description: "The value of an argument 'PLACEMENT' must be of type string",
      argument: 'PLACEMENT',
    });
    expect(callCore(db, 'placement.unbind', { ...adminApp, PLACEMENT: '' }).body).toEqual({
      error: 'ERROR_ARGUMENT',
      error_description: "Argument 'PLACEMENT' is null or empty",
      argument: 'PLACEMENT',
    });
  });
});

describe('placement.list', () => {
  it("lists the token's scopes' placements, one scope's, or all", () => {
    const db = memoryDb();
    const all = (callCore(db, 'placement.list', adminApp).body as { result: string[] }).result;
    expect(all).toContain('CRM_LEAD_DETAIL_TAB');
    expect(all).toContain('CRM_LEAD_DETAIL_ACTIVITY');
    expect(callCore(db, 'placement.list', { ...adminApp, SCOPE: 'user' }).body).toMatchObject({ result: [] });
    const placementOnly = tokenWith(db, ['placement']);
    expect(callCore(db, 'placement.list', placementOnly).body).toMatchObject({ result: [] });
    expect(
      (callCore(db, 'placement.list', { ...placementOnly, full: 1 }).body as { result: string[] }).result,
    ).toEqual(all);
    expect(
      (callCore(db, 'placement.list', { ...placementOnly, scope: 'crm' }).body as { result: string[] })
        .result,
    ).toEqual(all);
  });
});
