import { describe, expect, it } from 'vitest';
import { maskSecret, maskSecrets } from './maskSecrets';

// Secrets no auth provider of this test file has seen: only their place gives them away.
const SECRET = 'q7w8e9r0t1y2u3i4';
const TOKEN = '5f1c9d2e8a7b4c3d6e0f1a2b3c4d5e6f';
const REFRESH = '0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d';

describe('maskSecrets', () => {
  it('masks the secret segment of a webhook URL and keeps the method and the rest', () => {
    expect(maskSecrets(`POST https://p.bitrix24.ru/rest/7/${SECRET}/crm.lead.get.json?x=1 failed`)).toBe(
      'POST https://p.bitrix24.ru/rest/7/q7…i4/crm.lead.get.json?x=1 failed',
    );
    expect(maskSecrets(`https://p.bitrix24.ru/rest/7/${SECRET}`)).toBe('https://p.bitrix24.ru/rest/7/q7…i4');
    expect(maskSecrets(`"/rest/7/${SECRET}/"`)).toBe('"/rest/7/q7…i4/"');
  });

  it('masks the webhook secret when the URL is quoted percent-encoded, once or twice', () => {
    const url = `https://p.bitrix24.ru/rest/7/${SECRET}/profile.json`;
    const once = encodeURIComponent(url);
    const twice = encodeURIComponent(once);
    for (const text of [`upstream=${once}`, `next=${twice}`, once.replace(/%2F/g, '%2f')]) {
      const masked = maskSecrets(text);
      expect(masked).not.toContain(SECRET);
      expect(masked).toContain('q7…i4');
    }
  });

  it('leaves the OAuth form of the path alone: no user id, the method holds dots', () => {
    const text = 'https://p.bitrix24.ru/rest/crm.lead.details.configuration.get.json';
    expect(maskSecrets(text)).toBe(text);
    expect(maskSecrets('Section at index 1 does not have title.')).toBe(
      'Section at index 1 does not have title.',
    );
  });

  it('masks tokens in queries and form bodies, raw and encoded, whatever the case of the name', () => {
    expect(maskSecrets(`POST /rest/profile.json?auth=${TOKEN}&x=1`)).toBe(
      'POST /rest/profile.json?auth=5f…6f&x=1',
    );
    expect(maskSecrets(`body: AUTH_ID=${TOKEN}&REFRESH_ID=${REFRESH}&member_id=abc`)).toBe(
      'body: AUTH_ID=5f…6f&REFRESH_ID=0a…5d&member_id=abc',
    );
    expect(maskSecrets(`u=https%3A%2F%2Fp%2Frest%2Fprofile.json%3Fauth%3D${TOKEN}%26x%3D1`)).toBe(
      'u=https%3A%2F%2Fp%2Frest%2Fprofile.json%3Fauth%3D5f…6f%26x%3D1',
    );
    expect(maskSecrets(`/rest/?aplogin=7&ap=${SECRET}`)).toBe('/rest/?aplogin=7&ap=q7…i4');
    expect(maskSecrets(`grant_type=refresh_token&refresh_token=${REFRESH}`)).toBe(
      'grant_type=refresh_token&refresh_token=0a…5d',
    );
  });

  it('masks tokens in JSON, also JSON quoted inside a string, and Bearer tokens', () => {
    expect(maskSecrets(`{"access_token":"${TOKEN}","refresh_token": "${REFRESH}","expires_in":3600}`)).toBe(
      '{"access_token":"5f…6f","refresh_token": "0a…5d","expires_in":3600}',
    );
    expect(maskSecrets(`"{\\"auth\\":\\"${TOKEN}\\"}"`)).toBe('"{\\"auth\\":\\"5f…6f\\"}"');
    expect(maskSecrets(`Authorization: Bearer ${TOKEN}`)).toBe('Authorization: Bearer 5f…6f');
  });

  it('masks a known secret wherever it stands, also bare and encoded', () => {
    const known = 'tok/en+42=';
    expect(maskSecrets(`token ${known} expired; sent ${encodeURIComponent(known)}`, [known])).toBe(
      `token ${maskSecret(known)} expired; sent ${maskSecret(known)}`,
    );
  });

  it('changes nothing when masking twice, and nothing in ordinary words', () => {
    const text = `https://p/rest/7/${SECRET}/ auth=${TOKEN} {"refresh_token":"${REFRESH}"} Bearer ${TOKEN}`;
    const once = maskSecrets(text);
    expect(maskSecrets(once)).toBe(once);
    for (const word of ['map=1', 'author=Anna', 'Authorization failed', 'The token has expired']) {
      expect(maskSecrets(word)).toBe(word);
    }
  });
});
