/**
 * `app.option.get` / `app.option.set`: a small key-value store of the calling application,
 * shared by every user of the portal. The editor keeps its layout history there when it runs as
 * a Bitrix24 app. Behaviour per `CRestProvider::appOptionGet/appOptionSet`
 * (avshatalov48/bitrix-core-business `modules/rest/classes/general/rest_provider.php`, S9):
 *
 * - both need an application context (an OAuth token); a webhook has none and gets
 *   `AccessException("Application context required")`, i.e. HTTP 403 `ACCESS_DENIED`
 *   "Access denied! Application context required" (`rest/lib/accessexception.php`: message
 *   prefix `Access denied!`, code `ACCESS_DENIED`, status 403);
 * - `get {option}` returns that option's value or `null`; without `option` every option (an empty
 *   store is PHP's empty array, `[]`);
 * - `set {options: {k: v}}` or `set {k: v}` (without `options` the params themselves are the
 *   options) merges into the store; nothing to set is `ArgumentNullException('options')`
 *   ("Argument 'options' is null or empty", `ERROR_ARGUMENT`, 4.3); only an administrator may write
 *   (`CRestUtil::isAdmin()`, the portal admin) else "Access denied! Administrator authorization
 *   required". Answers `true`.
 * - values are stored PHP-serialized, so types survive (form-encoded values come back as strings).
 *   The store is ONE `b_option` row for the whole app: keep what goes in small.
 */
import { GLOBAL_SCOPE } from './auth';
import { ok, type MethodContext, type MethodSpec } from './context';
import { accessDenied, ArgumentNullError, RestError } from './errors';
import { isPhpArray, isset, phpCount, phpEntries, phpString, type PhpArray } from './php';

export function requireApp(ctx: MethodContext): void {
  // `$server->getClientId()` is empty for webhooks: only OAuth tokens carry an application.
  if (ctx.auth.kind !== 'oauth') throw accessDenied('Application context required');
}

function store(ctx: MethodContext): Record<string, unknown> {
  ctx.state.appOptions ??= {};
  return ctx.state.appOptions;
}

/** `get {option}`: that option's value or `null`; without `option`, every option. */
export function pickOption(ctx: MethodContext, options: Record<string, unknown>) {
  const option = ctx.params['option'];
  if (!isset(option)) return ok(options);
  const key = isPhpArray(option) ? undefined : phpString(option);
  return ok(key !== undefined && Object.hasOwn(options, key) ? options[key] : null);
}

/** What a `set` writes: `options`, or without it the params themselves; never nothing. */
export function givenOptions(ctx: MethodContext): PhpArray {
  const given = isset(ctx.params['options']) ? ctx.params['options'] : ctx.params;
  if (!isPhpArray(given)) {
    // PHP 8 `count()` of a scalar is a TypeError, which the REST server reports as ERROR_CORE [INF].
    throw new RestError(
      `count(): Argument #1 ($value) must be of type Countable|array, ${typeof given === 'string' ? 'string' : 'int'} given`,
      'ERROR_CORE',
    );
  }
  if (phpCount(given) <= 0) throw new ArgumentNullError('options');
  return given;
}

function appOptionGet(ctx: MethodContext) {
  requireApp(ctx);
  return pickOption(ctx, ctx.state.appOptions ?? {});
}

function appOptionSet(ctx: MethodContext) {
  requireApp(ctx);
  const given = givenOptions(ctx);
  if (!ctx.user.isPortalAdmin) throw accessDenied('Administrator authorization required');
  const target = store(ctx);
  for (const [key, value] of phpEntries(given)) target[key] = value;
  ctx.db.touch();
  return ok(true);
}

export const appOptionMethods: Readonly<Record<string, MethodSpec>> = {
  'app.option.get': { scope: GLOBAL_SCOPE, handler: appOptionGet },
  'app.option.set': { scope: GLOBAL_SCOPE, handler: appOptionSet },
};
