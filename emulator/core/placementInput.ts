import type { MethodContext } from './context';
import { ArgumentNullError, portalError, RestError } from './errors';
import { intval, isPhpArray, isset, phpEntries, phpGet, phpString } from './php';
import type { Params } from './php';
import { PORTAL_LANGUAGES, type PlacementInfo } from './placementCatalog';
import type { PlacementLangRecord } from './placements';

/** Who may call `placement.*`, and what its requests may hold (the checks of placements.ts, 2-4). */

const wrongAuthType = (): RestError =>
  new RestError(
    'Current authorization type is denied for this method Application context required',
    'WRONG_AUTH_TYPE',
    403,
  );

export class ArgumentError extends RestError {
  constructor(
    description: string,
    readonly argument: string,
  ) {
    super(description, 'ERROR_ARGUMENT');
  }

  override get body(): { error: string; error_description: string; argument: string } {
    return { ...super.body, argument: this.argument };
  }
}

export function requireAppToken(ctx: MethodContext): void {
  if (ctx.auth.kind !== 'oauth') throw wrongAuthType();
}

export function checkPermission(ctx: MethodContext): void {
  requireAppToken(ctx);
  if (!ctx.user.isPortalAdmin) throw portalError('restAccessDenied');
}

/** `PLACEMENT` as bind and unbind read it: a non-empty string, upper-cased. */
export function placementCode(query: Params): string {
  const given = query['PLACEMENT'];
  if (typeof given !== 'string') {
    throw new ArgumentError("The value of an argument 'PLACEMENT' must be of type string", 'PLACEMENT');
  }
  const placement = given.toUpperCase();
  if (placement === '') throw new ArgumentNullError('PLACEMENT');
  return placement;
}

/** `trim()` of a request value. */
const trimmed = (v: unknown): string => phpString(v).trim();

/** PHP `empty()`. */
const empty = (v: unknown): boolean =>
  !isset(v) ||
  v === '' ||
  v === '0' ||
  v === 0 ||
  v === false ||
  (isPhpArray(v) && phpEntries(v).length === 0);

/** `HandlerHelper::checkCallback`: `parse_url` must find a http(s) scheme and a host with a dot. */
export function checkCallback(handler: string): void {
  let url: URL | undefined;
  try {
    url = new URL(handler);
  } catch {
    url = undefined;
  }
  const host = url?.hostname ?? '';
  if (!url || host.indexOf('.') <= 0) throw new RestError('Wrong handler URL', 'ERROR_WRONG_HANDLER_URL');
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new RestError('Unsupported handler protocol', 'ERROR_UNSUPPORTED_PROTOCOL');
  }
}

/** `prepareOptions`: only the options the placement declares, cast to their types. */
export function prepareOptions(
  given: unknown,
  declared: PlacementInfo['options'],
): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  if (!declared || !isPhpArray(given)) return out;
  for (const [name, type] of Object.entries(declared)) {
    const value = phpGet(given, name);
    out[name] = type === 'int' ? intval(value) : phpString(value);
  }
  return out;
}

export function langEntries(query: Params): Record<string, PlacementLangRecord> {
  const langs: Record<string, PlacementLangRecord> = {};
  const langAll = query['LANG_ALL'];
  const first = PORTAL_LANGUAGES[0];
  if (empty(langAll)) {
    const entry: Partial<PlacementLangRecord> = {};
    if (!empty(query['TITLE'])) entry.TITLE = trimmed(query['TITLE']);
    if (!empty(query['DESCRIPTION'])) entry.DESCRIPTION = trimmed(query['DESCRIPTION']);
    if (!empty(query['GROUP_NAME'])) entry.GROUP_NAME = trimmed(query['GROUP_NAME']);
    if (Object.keys(entry).length > 0) {
      langs[first] = {
        TITLE: entry.TITLE ?? '',
        DESCRIPTION: entry.DESCRIPTION ?? null,
        GROUP_NAME: entry.GROUP_NAME ?? null,
      };
    }
    return langs;
  }
  // A scalar LANG_ALL: PHP's foreach warns and does nothing, so no titles at all.
  if (!isPhpArray(langAll)) return langs;
  for (const [code, item] of phpEntries(langAll)) {
    langs[code] = {
      TITLE: trimmed(phpGet(item, 'TITLE')),
      DESCRIPTION: trimmed(phpGet(item, 'DESCRIPTION')),
      GROUP_NAME: trimmed(phpGet(item, 'GROUP_NAME')),
    };
  }
  return langs;
}

/** `Lang::mergeFromLangAll`: the entry of the first portal language present, else the first entry. */
export function pickLang(langs: Record<string, PlacementLangRecord>): PlacementLangRecord | undefined {
  for (const lang of PORTAL_LANGUAGES) if (Object.hasOwn(langs, lang)) return langs[lang];
  return Object.values(langs)[0];
}
