/**
 * The REST module's own global methods: `scope`, `methods`, `method.get`, `server.time` and the
 * per-user application store `user.option.get|set`. Behaviour per `CRestProvider`
 * (avshatalov48/bitrix-core-business `modules/rest/classes/general/rest_provider.php`,
 * `scopeList`, `methodsList`, `getMethod`, `getServerTime`, `userOptionGet`, `userOptionSet`) and
 * `CRestServer::getAuthScope` (`rest.php`):
 *
 * - `scope`: the token's scopes that the portal knows, in the order granted; `full` (PHP truthy)
 *   lists every scope the portal has.
 * - `methods`: method names (lower case) of the token's scopes plus the global ones; `scope=X`
 *   only X's (an empty `scope` only the global ones); `full` every scope's.
 * - `method.get {name}`: `{isExisting, isAvailable}`; the name is matched as given against the
 *   lower-cased table, and "available" means its scope is the token's (or global).
 * - `server.time`: `date('c')` in the portal's zone.
 * - `user.option.*`: like `app.option.*` (an OAuth application context is required) but kept per
 *   user in `CUserOptions` (`app_options` / `options_{clientId}`), and any user may write.
 */
import { GLOBAL_SCOPE } from './auth';
import { givenOptions, pickOption, requireApp } from './appOptions';
import { ok, type MethodContext, type MethodSpec } from './context';
import { isPhpArray, isset, phpBool, phpEntries, phpString, upperKeys } from './php';
import { isoDateTime } from './time';
import type { UserOptionRecord } from './types';

type MethodTable = Readonly<Record<string, MethodSpec>>;

/** The emulator's one application, as `CUserOptions` names its per-user store. */
const USER_OPTION_CATEGORY = 'app_options';
const USER_OPTION_NAME = 'options_local.emulator';

/** Scopes of the table in the order `getDescription()` builds them: the global one first. */
function scopesOf(table: MethodTable): string[] {
  const scopes = new Set<string>([GLOBAL_SCOPE]);
  for (const spec of Object.values(table)) scopes.add(spec.scope);
  return [...scopes];
}

/** `CRestServer::getAuthScope`: the granted scopes the portal knows, as granted. */
function authScope(ctx: MethodContext, table: MethodTable): string[] {
  const known = new Set(scopesOf(table));
  return ctx.auth.scopes.filter((s) => known.has(s));
}

function scopeList(ctx: MethodContext, table: MethodTable) {
  const query = upperKeys(ctx.params);
  if (phpBool(query['FULL'])) return ok(scopesOf(table).filter((s) => s !== GLOBAL_SCOPE));
  return ok(authScope(ctx, table));
}

function methodsList(ctx: MethodContext, table: MethodTable) {
  const query = upperKeys(ctx.params);
  let scopes: string[] = [GLOBAL_SCOPE];
  if (isset(query['SCOPE'])) {
    const scope = phpString(query['SCOPE']);
    if (scope !== '') scopes = [scope];
  } else if (phpBool(query['FULL'])) {
    scopes = scopesOf(table);
  } else {
    scopes = [...authScope(ctx, table), GLOBAL_SCOPE];
  }
  const names: string[] = [];
  for (const scope of scopesOf(table)) {
    if (!scopes.includes(scope)) continue;
    for (const [name, spec] of Object.entries(table)) if (spec.scope === scope) names.push(name);
  }
  return ok(names);
}

function getMethod(ctx: MethodContext, table: MethodTable) {
  const name = ctx.params['name'];
  const result = { isExisting: false, isAvailable: false };
  // `!empty($name)`: '' and '0' are no name
  if (!phpBool(name) || isPhpArray(name)) return ok(result);
  const spec = Object.hasOwn(table, phpString(name)) ? table[phpString(name)] : undefined;
  if (spec) {
    result.isExisting = true;
    result.isAvailable = [...authScope(ctx, table), GLOBAL_SCOPE].includes(spec.scope);
  }
  return ok(result);
}

function userOptions(ctx: MethodContext): Record<string, unknown> {
  const record = ctx.state.userOptions.find(
    (o) => o.category === USER_OPTION_CATEGORY && o.name === USER_OPTION_NAME && o.userId === ctx.user.ID,
  );
  return isPhpArray(record?.value) ? (record.value as Record<string, unknown>) : {};
}

function userOptionGet(ctx: MethodContext) {
  requireApp(ctx);
  return pickOption(ctx, userOptions(ctx));
}

function userOptionSet(ctx: MethodContext) {
  requireApp(ctx);
  const merged = { ...userOptions(ctx) };
  for (const [key, value] of phpEntries(givenOptions(ctx))) merged[key] = value;
  const mine = (o: UserOptionRecord) =>
    o.category === USER_OPTION_CATEGORY && o.name === USER_OPTION_NAME && o.userId === ctx.user.ID;
  ctx.state.userOptions = [
    ...ctx.state.userOptions.filter((o) => !mine(o)),
    { category: USER_OPTION_CATEGORY, name: USER_OPTION_NAME, userId: ctx.user.ID, value: merged },
  ];
  ctx.db.touch();
  return ok(true);
}

/** The provider's methods; `table` is the whole method table, which `methods` and `method.get` describe. */
export function restProviderMethods(table: () => MethodTable): MethodTable {
  return {
    scope: { scope: GLOBAL_SCOPE, handler: (ctx) => scopeList(ctx, table()) },
    methods: { scope: GLOBAL_SCOPE, handler: (ctx) => methodsList(ctx, table()) },
    'method.get': { scope: GLOBAL_SCOPE, handler: (ctx) => getMethod(ctx, table()) },
    'server.time': { scope: GLOBAL_SCOPE, handler: (ctx) => ok(isoDateTime(ctx.now)) },
    'user.option.get': { scope: GLOBAL_SCOPE, handler: userOptionGet },
    'user.option.set': { scope: GLOBAL_SCOPE, handler: userOptionSet },
  };
}
