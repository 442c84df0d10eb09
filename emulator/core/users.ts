/** `user.current`, `user.get`, `profile`, `app.info` (BITRIX24-API.md 3.6). */
import { GLOBAL_SCOPE } from './auth';
import { ok, type MethodContext, type MethodSpec } from './context';
import { compileFilter, compileOrder, paginate, type FieldKind } from './listQuery';
import { isPhpArray, phpBool, phpEntries, phpString, PhpObject, upperKeys, type Params } from './php';
import { isoDate, PORTAL_OFFSET_SECONDS } from './time';
import type { UserRecord } from './types';

/** The emulated portal's plan: Professional, so the non-Enterprise limits of 4.6 apply. */
export const LICENSE = 'en_pro100';

/** The local application that minted OAuth tokens answer `app.info` as. */
export const EMULATOR_APP = {
  ID: 1,
  CODE: 'local.lead-card-studio',
  VERSION: 1,
  STATUS: 'L',
  INSTALLED: true,
  PAYMENT_EXPIRED: 'N',
  DAYS: null,
  LANGUAGE_ID: 'en',
  LICENSE,
  LICENSE_TYPE: 'pro100',
  LICENSE_FAMILY: 'pro',
} as const;

/** A `user.get` row in the docs' key order; `TIMESTAMP_X` and friends are DateTime objects (`{}`). */
export function userRow(u: UserRecord): Record<string, unknown> {
  return {
    ID: String(u.ID),
    ACTIVE: u.ACTIVE,
    NAME: u.NAME,
    LAST_NAME: u.LAST_NAME,
    SECOND_NAME: u.SECOND_NAME,
    EMAIL: u.EMAIL,
    LAST_LOGIN: u.LAST_LOGIN,
    DATE_REGISTER: u.DATE_REGISTER,
    TIME_ZONE: '',
    IS_ONLINE: u.IS_ONLINE,
    TIMESTAMP_X: new PhpObject(),
    LAST_ACTIVITY_DATE: new PhpObject(),
    PERSONAL_GENDER: u.PERSONAL_GENDER,
    PERSONAL_WWW: '',
    PERSONAL_BIRTHDAY: u.PERSONAL_BIRTHDAY === '' ? '' : isoDate(u.PERSONAL_BIRTHDAY),
    PERSONAL_MOBILE: u.PERSONAL_MOBILE,
    PERSONAL_CITY: u.PERSONAL_CITY,
    WORK_PHONE: u.WORK_PHONE,
    WORK_POSITION: u.WORK_POSITION,
    UF_EMPLOYMENT_DATE: '',
    UF_DEPARTMENT: u.UF_DEPARTMENT,
    USER_TYPE: 'employee',
  };
}

const KINDS: Readonly<Record<string, FieldKind>> = {
  ID: 'number',
  ACTIVE: 'string',
  NAME: 'string',
  LAST_NAME: 'string',
  SECOND_NAME: 'string',
  EMAIL: 'string',
  LOGIN: 'string',
  WORK_POSITION: 'string',
  WORK_PHONE: 'string',
  PERSONAL_CITY: 'string',
  PERSONAL_GENDER: 'string',
  PERSONAL_MOBILE: 'string',
  IS_ONLINE: 'string',
  USER_TYPE: 'string',
  UF_DEPARTMENT: 'multi',
};

function fieldOf(u: UserRecord, name: string): unknown {
  if (name === 'ACTIVE') return u.ACTIVE ? 'Y' : 'N';
  if (name === 'USER_TYPE') return 'employee';
  if (name === 'UF_DEPARTMENT') return u.UF_DEPARTMENT.map(String);
  return (u as unknown as Record<string, unknown>)[name];
}

/** `NAME_SEARCH` / `FIND`: every word must start a word of the person's name, e-mail or position. */
function nameSearch(query: string): (u: UserRecord) => boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return (u) => {
    const tokens = [u.NAME, u.LAST_NAME, u.SECOND_NAME, u.EMAIL, u.LOGIN, u.WORK_POSITION]
      .join(' ')
      .toLowerCase()
      .split(/[\s@.]+/)
      .filter(Boolean);
    return words.every((w) => tokens.some((t) => t.startsWith(w)));
  };
}

function userGet(ctx: MethodContext): { result: unknown[]; total?: number; next?: number } {
  const query = upperKeys(ctx.params);
  // The filter is FILTER (any case) or, without it, the top-level keys (docs: `UF_DEPARTMENT: 1`).
  let filter: Params;
  if (isPhpArray(query['FILTER'])) {
    filter = upperKeys(Object.fromEntries(phpEntries(query['FILTER'])));
  } else {
    filter = { ...query };
    for (const k of ['SORT', 'ORDER', 'ADMIN_MODE', 'FILTER', 'SELECT']) delete filter[k];
  }
  const tests: ((u: UserRecord) => boolean)[] = [];
  for (const key of ['NAME_SEARCH', 'FIND']) {
    const v = filter[key];
    if (v !== undefined) tests.push(nameSearch(phpString(v)));
    delete filter[key];
  }
  for (const key of Object.keys(filter)) {
    if (key.replace(/^[^A-Z_]+/, '') === 'ACTIVE') {
      const v = filter[key];
      filter[key] = v === 'N' || v === 'false' || !phpBool(v) ? 'N' : 'Y'; // `ACTIVE: true` excludes dismissed users
    }
  }
  tests.push(compileFilter(filter, (n) => KINDS[n] ?? 'unknown', fieldOf, { bareLike: true }));

  const sortField = phpString(query['SORT'] ?? 'ID').toUpperCase() || 'ID';
  const sorter = compileOrder(
    { [sortField]: phpString(query['ORDER'] ?? 'ASC') },
    (n) => KINDS[n] ?? 'unknown',
    fieldOf,
  );
  const rows = [...ctx.state.users].sort((a, b) => a.ID - b.ID).filter((u) => tests.every((t) => t(u)));
  if (sorter) rows.sort(sorter);
  const { page, total, next } = paginate(rows, ctx.start);
  return {
    result: page.map(userRow),
    ...(total === undefined ? {} : { total }),
    ...(next === undefined ? {} : { next }),
  };
}

export const userMethods: Readonly<Record<string, MethodSpec>> = {
  'user.current': { scope: 'user', handler: (ctx) => ok(userRow(ctx.user)) },
  'user.get': { scope: 'user', handler: userGet },
  profile: {
    scope: GLOBAL_SCOPE,
    handler: ({ user }) =>
      ok({
        ID: String(user.ID),
        ADMIN: user.isPortalAdmin, // 3.6: portal admin, not CRM admin
        NAME: user.NAME,
        LAST_NAME: user.LAST_NAME,
        PERSONAL_GENDER: user.PERSONAL_GENDER,
        TIME_ZONE: '',
        TIME_ZONE_OFFSET: PORTAL_OFFSET_SECONDS,
      }),
  },
  'app.info': {
    scope: GLOBAL_SCOPE,
    // 3.6: a webhook gets its scopes and the plan, an app token the application's record.
    handler: ({ auth }) =>
      ok(auth.kind === 'webhook' ? { SCOPE: [...auth.scopes], LICENSE } : { ...EMULATOR_APP }),
  },
};
