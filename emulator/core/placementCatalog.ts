import type { MethodContext } from './context';

/**
 * The placements the portal knows, per scope (`CCrmRestService::onRestServiceBuildDescription`), and
 * the options each declares; see placements.ts for what the emulator chose.
 */
export const PLACEMENT_SCOPE = 'placement';

/** The emulator's one application's name, the title of a placement bound without one. */
export const APP_NAME = 'Lead Card Studio';

/** `Lang::listLanguage()` of the emulated portal (see the header). */
export const PORTAL_LANGUAGES = ['en'] as const;

export type OptionType = 'string' | 'int';

export interface PlacementInfo {
  /** `options` of the scope's `CRestUtil::PLACEMENTS` entry: what `OPTIONS` may carry. */
  readonly options?: Readonly<Record<string, OptionType>>;
  readonly userMode?: boolean;
}

const ACTIVITY_OPTIONS: Readonly<Record<string, OptionType>> = {
  useBuiltInInterface: 'string',
  newUserNotificationText: 'string',
  newUserNotificationTitle: 'string',
};

const DETAIL_TYPES = ['LEAD', 'DEAL', 'QUOTE', 'CONTACT', 'COMPANY', 'ORDER', 'SMART_INVOICE'] as const;

/** `CCrmRestService::onRestServiceBuildDescription`: the `crm` scope's placements, in its order. */
function crmPlacements(): Record<string, PlacementInfo> {
  const out: Record<string, PlacementInfo> = {};
  for (const type of ['LEAD', 'DEAL', 'INVOICE', 'QUOTE', 'CONTACT', 'COMPANY', 'ACTIVITY'])
    out[`CRM_${type}_LIST_MENU`] = {};
  for (const type of DETAIL_TYPES) out[`CRM_${type}_DETAIL_TAB`] = {};
  for (const type of DETAIL_TYPES) out[`CRM_${type}_DETAIL_ACTIVITY`] = { options: ACTIVITY_OPTIONS };
  out['CRM_ANALYTICS_MENU'] = {};
  out['CRM_REQUISITE_EDIT_FORM'] = {};
  out['1C_PAGE'] = {};
  out['CRM_DETAIL_SEARCH'] = {};
  out['CRM_REQUISITE_AUTOCOMPLETE'] = { options: { countries: 'string' } };
  out['CRM_BANK_DETAIL_AUTOCOMPLETE'] = { options: { countries: 'string' } };
  return out;
}

/** Placements per scope, as the service description holds them. */
const PLACEMENTS_BY_SCOPE: Readonly<Record<string, Readonly<Record<string, PlacementInfo>>>> = {
  crm: crmPlacements(),
};

/** `Placement::getScope`: the token's scopes the portal knows. */
export function tokenScopes(ctx: MethodContext): string[] {
  return ctx.auth.scopes.filter((s) => s === PLACEMENT_SCOPE || Object.hasOwn(PLACEMENTS_BY_SCOPE, s));
}

export function placementsOf(scopes: readonly string[] | 'all'): Map<string, PlacementInfo> {
  const out = new Map<string, PlacementInfo>();
  const list = scopes === 'all' ? Object.keys(PLACEMENTS_BY_SCOPE) : scopes;
  for (const scope of list) {
    const table = Object.hasOwn(PLACEMENTS_BY_SCOPE, scope) ? PLACEMENTS_BY_SCOPE[scope] : undefined;
    for (const [code, info] of Object.entries(table ?? {})) out.set(code, info);
  }
  return out;
}
