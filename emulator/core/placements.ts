/**
 * `placement.list`, `placement.bind`, `placement.unbind`, `placement.get`: where an application
 * embeds itself in the portal's pages (a tab on the lead card, a menu item…). Behaviour per
 * `Bitrix\Rest\Api\Placement` (avshatalov48/bitrix-core-business `modules/rest/lib/api/placement.php`,
 * newest copy 612e3a9), `PlacementTable` / `PlacementLangTable` (`modules/rest/lib/placement.php`,
 * `placementlang.php`), `Bitrix\Rest\Lang` (`lang.php`) and `HandlerHelper::checkCallback`
 * (`handlerhelper.php`); exception texts from `accessexception.php`, `authtypeexception.php` and
 * `lib/Exceptions/Argument*Exception.php`. The order of checks is the portal's:
 *
 * 1. the REST server: the `placement` scope (401 `insufficient_scope`, before the method runs);
 * 2. `checkPermission`: an application token, not a webhook (403 `WRONG_AUTH_TYPE` "Current
 *    authorization type is denied for this method Application context required"), then a portal
 *    administrator (`CRestUtil::isAdmin()`; 403 `ACCESS_DENIED` "Access denied!"). `placement.list`
 *    checks only the first;
 * 3. `bind`: `PLACEMENT` a string (else `ERROR_ARGUMENT` "The value of an argument 'PLACEMENT' must be
 *    of type string": a missing PLACEMENT lands here too), not empty, not `DEFAULT`; `HANDLER` not
 *    empty; the handler URL a http(s) URL whose host has a dot (`ERROR_WRONG_HANDLER_URL` "Wrong
 *    handler URL", `ERROR_UNSUPPORTED_PROTOCOL`), so `http://localhost/` is refused as on a portal;
 *    the placement among those of the token's scopes (`ERROR_PLACEMENT_NOT_FOUND` "Placement not
 *    found": an unknown code, or a CRM placement for a token without `crm`); `USER_ID` only where the
 *    placement has a user mode (`ERROR_PLACEMENT_USER_MODE`); one row per application, placement and
 *    handler (`PlacementTable::checkUniq`): binding the same handler twice answers `ERROR_CORE`
 *    "Unable to set placement handler: Handler already binded". There is no separate
 *    "already bound" error code in the portal's code; a different handler for the same placement
 *    is a second tab.
 * 4. titles: without `LANG_ALL`, `TITLE`/`DESCRIPTION`/`GROUP_NAME` go to the portal's first language;
 *    with it, each language gets all three (trimmed, `''` when missing); nothing at all gives the
 *    application's name. The row's own `title`/`description` are the language entry
 *    `Lang::mergeFromLangAll` picks (the first of the portal's languages present, else the first).
 *
 * `bind` answers `true`, `unbind` `{count}` (2 per deleted row: the portal counts the find and the
 * delete), `get` the application's rows in id order, `list` placement codes.
 *
 * Where the emulator had to choose (verify on a real portal):
 * - The portal's languages (`Lang::listLanguage`: the request's language, its default, the
 *   license zone) are `['en']` here.
 * - `PLACEMENT=DEFAULT`: the older copy (03e3b57) throws `ArgumentException("Wrong value",
 *   "PLACEMENT")` (`ERROR_ARGUMENT` "Wrong value"); the newest passes a string where the exception
 *   expects a previous exception, whose answer could not be read. The emulator answers the older one.
 * - A `LANG_ALL` entry whose `TITLE` is empty fails `PlacementLangTable`'s required `TITLE` after the
 *   placement row was added (the portal does not roll it back): `ERROR_CORE` "Unable to set
 *   placements language: " followed by the ORM's validation text, which was not found; the
 *   emulator writes `Field "TITLE" is required` (and a length text for a language id over 2 characters).
 * - Entries written without `LANG_ALL` have no `DESCRIPTION`/`GROUP_NAME` columns set: `get` shows
 *   them as `null` (nullable columns), as it shows a missing row title.
 * - The placement catalogue is the CRM module's `AppPlacement::getAll()` for the entity types the
 *   emulator knows of (no smart processes), with its option types; a real portal lists more (other
 *   modules' placements, toolbars registered through the intranet binding menu).
 */
import { GLOBAL_SCOPE } from './auth';
import { ok, type MethodContext, type MethodSpec } from './context';
import { ArgumentNullError, RestError } from './errors';
import { intval, isset, phpBool, phpString, upperKeys } from './php';
import { APP_NAME, PLACEMENT_SCOPE, placementsOf, PORTAL_LANGUAGES, tokenScopes } from './placementCatalog';
import {
  ArgumentError,
  checkCallback,
  checkPermission,
  langEntries,
  pickLang,
  placementCode,
  prepareOptions,
  requireAppToken,
} from './placementInput';

export { PLACEMENT_SCOPE } from './placementCatalog';

export interface PlacementLangRecord {
  TITLE: string;
  DESCRIPTION: string | null;
  GROUP_NAME: string | null;
}

/** A `b_rest_placement` row with its `b_rest_placement_lang` rows. */
export interface PlacementRecord {
  ID: number;
  APP_ID: number;
  USER_ID: number;
  PLACEMENT: string;
  PLACEMENT_HANDLER: string;
  TITLE: string | null;
  /** `DESCRIPTION` is stored as `COMMENT` (`PlacementTable::modifyFields`). */
  COMMENT: string | null;
  GROUP_NAME: string | null;
  OPTIONS: Record<string, string | number>;
  LANG_ALL: Record<string, PlacementLangRecord>;
}

export interface PlacementStore {
  lastId: number;
  rows: PlacementRecord[];
}

/** The emulator has one application; every token belongs to it. */
const APP_ID = 1;

export function placementStore(ctx: { state: MethodContext['state'] }): PlacementStore {
  ctx.state.placements ??= { lastId: 0, rows: [] };
  return ctx.state.placements;
}

function bind(ctx: MethodContext) {
  checkPermission(ctx);
  const query = upperKeys(ctx.params);
  const placement = placementCode(query);
  if (placement === 'DEFAULT') throw new ArgumentError('Wrong value', 'PLACEMENT');
  const handlerValue = query['HANDLER'];
  if (!isset(handlerValue) || handlerValue === '') throw new ArgumentNullError('HANDLER');
  const handler = phpString(handlerValue);
  checkCallback(handler);

  const info = placementsOf([...tokenScopes(ctx), GLOBAL_SCOPE]).get(placement);
  if (!info) throw new RestError('Placement not found', 'ERROR_PLACEMENT_NOT_FOUND');

  const userId = intval(query['USER_ID']) > 0 ? intval(query['USER_ID']) : 0;
  if (userId !== 0 && info.userMode !== true) {
    throw new RestError('User mode is not available.', 'ERROR_PLACEMENT_USER_MODE');
  }
  const langs = langEntries(query);
  const picked = pickLang(langs);

  const store = placementStore(ctx);
  const taken = store.rows.some(
    (r) => r.APP_ID === APP_ID && r.PLACEMENT === placement && r.PLACEMENT_HANDLER === handler,
  );
  if (taken) {
    throw new RestError('Unable to set placement handler: Handler already binded', 'ERROR_CORE');
  }
  const row: PlacementRecord = {
    ID: ++store.lastId,
    APP_ID,
    USER_ID: userId,
    PLACEMENT: placement,
    PLACEMENT_HANDLER: handler,
    TITLE: picked ? picked.TITLE : null,
    COMMENT: picked ? picked.DESCRIPTION : null,
    GROUP_NAME: picked ? picked.GROUP_NAME : null,
    OPTIONS: prepareOptions(query['OPTIONS'], info.options),
    LANG_ALL: {},
  };
  store.rows.push(row);
  ctx.db.touch();

  const rows =
    Object.keys(langs).length > 0
      ? langs
      : { [PORTAL_LANGUAGES[0]]: { TITLE: APP_NAME, DESCRIPTION: null, GROUP_NAME: null } };
  for (const [lang, entry] of Object.entries(rows)) {
    // PlacementLangTable: LANGUAGE_ID of at most 2 characters, TITLE required.
    if (entry.TITLE === '') {
      throw new RestError('Unable to set placements language: Field "TITLE" is required', 'ERROR_CORE');
    }
    if (lang.length > 2) {
      throw new RestError(
        'Unable to set placements language: Field "LANGUAGE_ID" length must be no more than 2',
        'ERROR_CORE',
      );
    }
    row.LANG_ALL[lang] = entry;
  }
  return ok(true);
}

function unbind(ctx: MethodContext) {
  checkPermission(ctx);
  const query = upperKeys(ctx.params);
  const placement = placementCode(query);
  let count = 0;
  // Every scope's placements, not only the token's.
  if (placementsOf('all').has(placement)) {
    const handler = phpString(query['HANDLER']);
    const byUser = Object.hasOwn(query, 'USER_ID');
    const store = placementStore(ctx);
    const gone = store.rows.filter(
      (r) =>
        r.APP_ID === APP_ID &&
        r.PLACEMENT === placement &&
        (!byUser || r.USER_ID === intval(query['USER_ID'])) &&
        (handler === '' || r.PLACEMENT_HANDLER === handler),
    );
    if (gone.length > 0) {
      store.rows = store.rows.filter((r) => !gone.includes(r));
      ctx.db.touch();
    }
    count = gone.length * 2;
  }
  return ok({ count });
}

/** One `placement.get` row, in the portal's key order. */
export function placementRow(r: PlacementRecord): Record<string, unknown> {
  return {
    placement: r.PLACEMENT,
    userId: r.USER_ID,
    handler: r.PLACEMENT_HANDLER,
    // An ArrayField holding PHP's empty array is written `[]`.
    options: Object.keys(r.OPTIONS).length > 0 ? { ...r.OPTIONS } : [],
    title: r.TITLE,
    description: r.COMMENT,
    langAll: Object.keys(r.LANG_ALL).length > 0 ? structuredClone(r.LANG_ALL) : [],
  };
}

function get(ctx: MethodContext) {
  checkPermission(ctx);
  const known = placementsOf('all');
  const rows = (ctx.state.placements?.rows ?? [])
    .filter((r) => r.APP_ID === APP_ID && known.has(r.PLACEMENT))
    .sort((a, b) => a.ID - b.ID);
  return ok(rows.map(placementRow));
}

function list(ctx: MethodContext) {
  requireAppToken(ctx);
  const query = upperKeys(ctx.params);
  let scopes: string[] | 'all';
  if (isset(query['SCOPE'])) {
    scopes = query['SCOPE'] !== '' ? [phpString(query['SCOPE'])] : [GLOBAL_SCOPE];
  } else if (phpBool(query['FULL'])) {
    scopes = 'all';
  } else {
    scopes = [...tokenScopes(ctx), GLOBAL_SCOPE];
  }
  return ok([...placementsOf(scopes).keys()]);
}

export const placementMethods: Readonly<Record<string, MethodSpec>> = {
  'placement.list': { scope: PLACEMENT_SCOPE, handler: list },
  'placement.bind': { scope: PLACEMENT_SCOPE, handler: bind },
  'placement.unbind': { scope: PLACEMENT_SCOPE, handler: unbind },
  'placement.get': { scope: PLACEMENT_SCOPE, handler: get },
};
