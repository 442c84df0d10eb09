import { authError, portalError } from './errors';
import { intval, type Params } from './php';
import type { PortalState, UserRecord } from './types';

/** `CRestUtil::GLOBAL_SCOPE`: methods every caller may use (batch, profile, app.info). */
export const GLOBAL_SCOPE = '_global';

export type AuthInfo =
  | { readonly kind: 'webhook'; readonly user: UserRecord; readonly scopes: readonly string[] }
  | {
      readonly kind: 'oauth';
      readonly user: UserRecord;
      readonly scopes: readonly string[];
      readonly token: string;
    };

/** Request keys the auth providers consume and remove before the method sees the params (4.1). */
const WEBHOOK_KEYS = ['aplogin', 'ap'] as const;
const OAUTH_KEYS = ['auth', 'access_token', 'auth_connector'] as const;

/** `RestManager::fillAlternativeScope`: a `user_brief`/`user_basic` grant satisfies `user`. */
function scopeGranted(scope: string, granted: readonly string[]): boolean {
  if (scope === GLOBAL_SCOPE) return true;
  if (granted.includes(scope)) return true;
  return scope === 'user' && (granted.includes('user_brief') || granted.includes('user_basic'));
}

function findUser(state: PortalState, uid: string): UserRecord | undefined {
  // APAuth\Auth::check: a numeric uid is a user id, anything else a login.
  if (String(intval(uid)) === uid) return state.users.find((u) => u.ID === intval(uid));
  return state.users.find((u) => u.LOGIN === uid && u.ACTIVE);
}

/**
 * `CRestUtil::checkAuth` with the two providers the emulator has: the webhook (`aplogin`/`ap`,
 * filled from `/rest/{user}/{secret}/`) and OAuth (`auth`/`access_token` or a Bearer header).
 * Texts per BITRIX24-API.md 4.7 and `rest/lib/apauth/auth.php`, `rest/lib/oauth/auth.php`.
 * Removes the auth keys from `params`.
 */
export function authenticate(
  state: PortalState,
  params: Params,
  bearer: string | undefined,
  scope: string,
  now: number,
): AuthInfo {
  const hasWebhook = WEBHOOK_KEYS.every((k) => Object.prototype.hasOwnProperty.call(params, k));
  if (hasWebhook) {
    const uid = String(params['aplogin']);
    const secret = String(params['ap']);
    for (const k of WEBHOOK_KEYS) delete params[k];
    const user = findUser(state, uid);
    const hook = user && state.webhooks.find((w) => w.userId === user.ID && w.secret === secret);
    // 4.7: wrong secret or unknown user; the portal answers 401 (docs say 403).
    if (!user || !hook) throw authError('INVALID_CREDENTIALS', 'Invalid request credentials');
    if (!scopeGranted(scope, hook.scopes)) {
      throw authError(
        'insufficient_scope',
        'The request requires higher privileges than provided by the webhook token',
      );
    }
    if (!user.ACTIVE) throw portalError('unableToAuthorize');
    return { kind: 'webhook', user, scopes: hook.scopes };
  }

  let key: string | undefined = bearer;
  if (key === undefined) {
    for (const k of ['auth', 'access_token']) {
      const v = params[k];
      // OAuth\Auth::getAuthKey ignores an array value.
      if (v !== undefined && (typeof v !== 'object' || v === null)) {
        key = String(v ?? '');
        break;
      }
    }
  }
  for (const k of OAUTH_KEYS) delete params[k];
  // `if ($authKey)`: an empty (or "0") key is no key at all.
  if (key === undefined || key === '' || key === '0')
    throw authError('NO_AUTH_FOUND', 'Wrong authorization data');

  const token = state.tokens.find((t) => t.token === key);
  // The token server's answer for a token it never issued (text: OAuth2 convention, see README).
  if (!token) throw authError('invalid_token', 'The access token provided is invalid.');
  if (token.expiresAt <= now) throw authError('expired_token', 'The access token provided has expired.');
  if (!scopeGranted(scope, token.scopes)) {
    throw authError(
      'insufficient_scope',
      'The request requires higher privileges than provided by the access token',
    );
  }
  const user = state.users.find((u) => u.ID === token.userId);
  if (!user?.ACTIVE) throw portalError('unableToAuthorize');
  return { kind: 'oauth', user, scopes: token.scopes, token: token.token };
}
