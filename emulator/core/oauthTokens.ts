import { randomBytes } from 'node:crypto';
import type { PortalState } from './types';

/** The scopes an installed app of the emulator holds unless a test asks for others. */
export const APP_SCOPES: readonly string[] = ['crm', 'user', 'department', 'placement'];
export const DEFAULT_TOKEN_TTL = 3600;

/** What oauth.bitrix.info answers for a new token pair (BITRIX24-API.md 5.2), as the app reads it. */
export interface TokenAnswer {
  readonly access_token: string;
  readonly refresh_token: string;
  readonly expires_in: number;
  readonly expires: number;
  readonly scope: string;
  readonly user_id: number;
  readonly status: 'L';
}

const secret = (): string => randomBytes(24).toString('hex');

/** A new access and refresh token for `userId`, stored in `state`; `null` when there is no such user. */
export function issueToken(
  state: PortalState,
  userId: number,
  scopes: readonly string[],
  ttlSeconds: number,
  now: number,
): TokenAnswer | null {
  if (!state.users.some((u) => u.ID === userId)) return null;
  const token = secret();
  const refreshToken = secret();
  const expiresAt = now + ttlSeconds * 1000;
  state.tokens.push({ token, userId, expiresAt, refreshToken, scopes: [...scopes] });
  return {
    access_token: token,
    refresh_token: refreshToken,
    expires_in: ttlSeconds,
    expires: Math.floor(expiresAt / 1000),
    scope: scopes.join(','),
    user_id: userId,
    status: 'L',
  };
}

/**
 * A refresh: a new pair for the user and scopes of `refreshToken`, which is used up; the old access
 * token stays valid until it expires. `null` for a refresh token the portal does not know.
 */
export function refreshToken(
  state: PortalState,
  refreshToken: string,
  ttlSeconds: number,
  now: number,
): TokenAnswer | null {
  const old = state.tokens.find((t) => t.refreshToken === refreshToken);
  if (!old) return null;
  old.refreshToken = '';
  return issueToken(state, old.userId, old.scopes, ttlSeconds, now);
}
