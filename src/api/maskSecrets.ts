/**
 * Secrets in texts the portal or the network hands us: a proxy's 500 page or an `error_description`
 * may quote the request URL (a webhook carries its secret in the path, BITRIX24-API.md 4.1), a
 * token may be echoed back as `auth=…`. Every such text is masked before it becomes a PortalError,
 * so neither a banner, a toast, a log nor an export can show it.
 */

/** `demoadmin` -> `de…in`: enough to recognise a secret, not enough to use it. */
export function maskSecret(secret: string): string {
  return secret.length <= 4 ? '…' : `${secret.slice(0, 2)}…${secret.slice(-2)}`;
}

/**
 * Parameter names whose values are credentials: OAuth's `auth` (the body parameter of app calls),
 * the token names of oauth.bitrix.info, the launch form's `AUTH_ID`/`REFRESH_ID`, the portal's
 * rewrite form of a webhook (`aplogin`, `ap`), and the app's `application_token`/`client_secret`.
 */
const CREDENTIAL_NAMES = [
  'auth',
  'access_token',
  'refresh_token',
  'auth_id',
  'refresh_id',
  'ap',
  'application_token',
  'client_secret',
  'password',
].join('|');

/** `/` raw, percent-encoded once or twice (a URL quoted inside another URL's query). */
const SLASH = '(?:/|%2F|%252F)';
/** A webhook secret never holds a dot; a method name (`crm.lead.get.json`) does. */
const WEBHOOK_PATH = new RegExp(
  `(${SLASH}rest${SLASH}\\d+${SLASH})([A-Za-z0-9_-]+)(?=${SLASH}|[?#&\\s"'<>)\\]},;]|$)`,
  'gi',
);

/** A value ends at the next separator, raw or percent-encoded (`&`, `#`, quotes, space). */
const VALUE = `(?:(?!%26|%23|%22|%27|%20|%2526)[^\\s&#"'<>;,)\\]}])+`;
const QUERY_PARAM = new RegExp(
  `((?:^|[^A-Za-z0-9_]|%3F|%26|%253F|%2526)(?:${CREDENTIAL_NAMES})(?:\\[[^\\]]*\\])?(?:=|%3D|%253D))(${VALUE})`,
  'gi',
);
/** `"auth":"…"`, also inside a JSON string (`\"auth\":\"…\"`). */
const JSON_FIELD = new RegExp(`((\\\\?")(?:${CREDENTIAL_NAMES})\\2\\s*:\\s*\\2)((?:(?!\\2)[^"\\\\])+)`, 'gi');
const BEARER = /(\bBearer\s+)([A-Za-z0-9._~+/=-]+)(?=[\s"',;)\]}]|$)/gi;

const maskGroup = (_: string, head: string, value: string): string => `${head}${maskSecret(value)}`;

/** The forms a known secret may take in a quoted URL: as is, percent-encoded once and twice. */
function spellings(secret: string): string[] {
  const once = encodeURIComponent(secret);
  return [...new Set([secret, once, encodeURIComponent(once)])];
}

/**
 * Shorter secrets are masked only where their place shows them (a URL path, `auth=`): masked
 * bare, they would cut ordinary words and error codes (`expired_token`) apart.
 */
const MIN_BARE = 5;
const REMEMBERED_MAX = 64;
const remembered: string[] = [];

/**
 * Makes `secret` known to every later `maskSecrets` call of this page: the auth providers remember
 * the webhook secret and each token they send, so a text quoting one bare (not in a URL or a
 * parameter) is masked too, wherever the text is shown. The oldest are forgotten past 64.
 */
export function rememberSecret(secret: string): void {
  if (secret.length < MIN_BARE || remembered.includes(secret)) return;
  remembered.push(secret);
  if (remembered.length > REMEMBERED_MAX) remembered.shift();
}

/**
 * Masks the remembered secrets and `known` ones wherever they appear, then every credential
 * recognisable by its place: the secret segment of a `/rest/USER/SECRET/` path,
 * `auth=`/`access_token=`/`refresh_token=` and the like in queries, form bodies and JSON, and
 * `Bearer` tokens, raw or percent-encoded. Masking twice changes nothing.
 */
export function maskSecrets(text: string, known: readonly string[] = []): string {
  let out = text;
  // longest first: a token that contains another is masked whole
  const secrets = [...new Set([...remembered, ...known].filter((s) => s.length >= MIN_BARE))].sort(
    (a, b) => b.length - a.length,
  );
  for (const secret of secrets) {
    for (const spelling of spellings(secret)) out = out.split(spelling).join(maskSecret(secret));
  }
  return out
    .replace(WEBHOOK_PATH, maskGroup)
    .replace(QUERY_PARAM, maskGroup)
    .replace(
      JSON_FIELD,
      (_: string, head: string, _quote: string, value: string) => `${head}${maskSecret(value)}`,
    )
    .replace(BEARER, maskGroup);
}
