/** Token pairs as the emulator hands them to an installed app, and what a REST call then sees. */
import { describe, expect, it } from 'vitest';
import { createSeed } from '../seed/index';
import { handle } from './handle';
import { issueToken, refreshToken } from './oauthTokens';
import type { CoreDb } from './types';

// handle() checks expiry against the clock, so the pairs are minted now
const NOW = Math.floor(Date.now() / 1000) * 1000;
const dbOf = (): CoreDb => ({ state: createSeed(), touch: () => undefined });
const profile = (db: CoreDb, auth: string) => handle(db, { method: 'profile', params: { auth } });

describe('OAuth tokens', () => {
  it('a new pair names the user, its scopes and its expiry, and opens REST as that user', () => {
    const db = dbOf();
    const answer = issueToken(db.state, 2, ['crm', 'user'], 60, NOW);
    expect(answer).toMatchObject({
      expires_in: 60,
      expires: NOW / 1000 + 60,
      scope: 'crm,user',
      user_id: 2,
      status: 'L',
    });
    expect(answer?.access_token).toMatch(/^[0-9a-f]{48}$/);
    expect(answer?.refresh_token).not.toBe(answer?.access_token);
    expect(profile(db, answer?.access_token ?? '').body).toMatchObject({ result: { ID: '2' } });
  });

  it('no pair for a user the portal has not got', () => {
    expect(issueToken(dbOf().state, 999, ['crm'], 60, NOW)).toBeNull();
  });

  it('a refresh uses its refresh token up and keeps the user and scopes', () => {
    const db = dbOf();
    const first = issueToken(db.state, 2, ['crm'], 60, NOW);
    const second = refreshToken(db.state, first?.refresh_token ?? '', 120, NOW);
    expect(second).toMatchObject({ user_id: 2, scope: 'crm', expires_in: 120 });
    expect(second?.access_token).not.toBe(first?.access_token);
    expect(refreshToken(db.state, first?.refresh_token ?? '', 120, NOW)).toBeNull();
    expect(refreshToken(db.state, 'unknown', 120, NOW)).toBeNull();
  });
});
