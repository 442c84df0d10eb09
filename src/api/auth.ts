import { PortalError } from './errors';
import { maskSecret, maskSecrets, rememberSecret } from './maskSecrets';

export { maskSecret } from './maskSecrets';

/**
 * Where and how requests authenticate (BITRIX24-API.md 4.1): a webhook carries user id and secret
 * in the URL path, an app token travels as the `auth` body parameter. The transport asks the
 * provider for the base URL and the extra body parameters, and uses `mask` on every text that
 * could reach a message or a log.
 */
export interface PortalAuth {
  readonly kind: 'webhook' | 'oauth';
  /** Base URL ending in `/`: the method name and `.json` are appended. Contains the secret. */
  readonly base: string;
  /** Safe identity of the connection (no secret): cache keys, logs, "connected to …". */
  readonly id: string;
  /** Origin of the portal, e.g. `https://b24-x.bitrix24.com`. */
  readonly portal: string;
  /** Body parameters added to every request (`{auth: token}` for OAuth). */
  params(): Promise<Readonly<Record<string, string>>>;
  /** Present when a rejected token can be renewed; concurrent calls share one refresh. */
  readonly refresh?: () => Promise<void>;
  /**
   * Replaces secrets in `text` with their masked form: the ones this connection knows (its webhook
   * secret, every token it sent) and any credential recognisable by its place (`maskSecrets`).
   */
  mask(text: string): string;
}

export type WebhookUrlErrorCode =
  | 'empty'
  | 'noScheme'
  | 'notUrl'
  | 'notHttp'
  | 'insecureHttp'
  | 'hasCredentials'
  | 'noRestPath'
  | 'badUserId'
  | 'badSecret';

export type ParsedWebhookUrl =
  | {
      readonly ok: true;
      /** `https://PORTAL/rest/USER/SECRET/`: contains the secret, keep it out of logs. */
      readonly base: string;
      /** Portal origin. */
      readonly portal: string;
      readonly userId: number;
      /** The secret as shown to people: `de…in`. */
      readonly secretMasked: string;
      /** `base` with the secret masked. */
      readonly baseMasked: string;
    }
  | { readonly ok: false; readonly error: WebhookUrlErrorCode; readonly message: string };

const MESSAGES: Readonly<Record<WebhookUrlErrorCode, string>> = {
  empty: 'Paste the webhook URL from the portal (Developer resources → Other → Inbound webhook).',
  noScheme: 'The address must start with https://.',
  notUrl: 'This is not a URL.',
  notHttp: 'The address must start with https:// (http:// only for a local emulator).',
  insecureHttp:
    'Use https://: portals refuse webhooks over plain http, and the secret would travel unencrypted. http:// is accepted only for a local emulator (localhost).',
  hasCredentials: 'The URL must not contain a user name or password before the host.',
  noRestPath: 'The URL has no /rest/USER_ID/SECRET/ part; copy the whole webhook URL.',
  badUserId: 'The user id in /rest/USER_ID/SECRET/ must be a positive whole number.',
  badSecret: 'The secret in /rest/USER_ID/SECRET/ may contain only letters, digits, "_" and "-".',
};

const fail = (error: WebhookUrlErrorCode): ParsedWebhookUrl => ({
  ok: false,
  error,
  message: MESSAGES[error],
});

function isLoopback(hostname: string): boolean {
  const h = hostname.toLowerCase();
  return h === 'localhost' || h.endsWith('.localhost') || h === '[::1]' || /^127(\.\d{1,3}){3}$/.test(h);
}

export interface WebhookUrlOptions {
  /** Accept plain `http://` on any host (an emulator on another machine); default: loopback only. */
  readonly allowAnyHttp?: boolean;
}

/**
 * Reads a webhook URL as pasted by a person: `https://PORTAL/rest/USER/SECRET/`, with or without the
 * trailing slash, optionally followed by one method segment (`…/profile.json`, dropped), a query or
 * a hash (dropped). Plain `http://` is accepted for loopback hosts only (the local emulator).
 */
export function parseWebhookUrl(input: string, opts: WebhookUrlOptions = {}): ParsedWebhookUrl {
  const text = input.trim();
  if (text === '') return fail('empty');
  if (!/^[a-z][a-z0-9+.-]*:/i.test(text)) return fail(/\/rest\//.test(text) ? 'noScheme' : 'notUrl');
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return fail('notUrl');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return fail('notHttp');
  if (url.hostname === '') return fail('notUrl');
  if (url.protocol === 'http:' && !opts.allowAnyHttp && !isLoopback(url.hostname))
    return fail('insecureHttp');
  if (url.username !== '' || url.password !== '') return fail('hasCredentials');
  const m = /^(.*?)\/rest\/([^/]*)\/([^/]*)(?:\/[^/]*)?\/?$/.exec(url.pathname);
  if (!m) return fail('noRestPath');
  const [, prefix = '', user = '', secret = ''] = m;
  if (user === '' || secret === '') return fail('noRestPath');
  if (!/^[1-9]\d{0,9}$/.test(user)) return fail('badUserId');
  if (!/^[A-Za-z0-9_-]+$/.test(secret)) return fail('badSecret');
  const portal = url.origin;
  const root = `${portal}${prefix}/rest/${user}/`;
  return {
    ok: true,
    base: `${root}${secret}/`,
    portal,
    userId: Number(user),
    secretMasked: maskSecret(secret),
    baseMasked: `${root}${maskSecret(secret)}/`,
  };
}

/**
 * Inbound webhook: the URL carries user and secret, so there are no body parameters and nothing to
 * refresh. Throws a `validation` PortalError (method `webhook`) with the parser's message for a bad URL.
 */
export function webhookAuth(url: string, opts: WebhookUrlOptions = {}): PortalAuth {
  const parsed = parseWebhookUrl(url, opts);
  if (!parsed.ok) {
    throw new PortalError({
      kind: 'validation',
      method: 'webhook',
      code: 'INVALID_WEBHOOK_URL',
      description: parsed.message,
    });
  }
  const secret = /\/rest\/\d+\/([^/]+)\/$/.exec(parsed.base)?.[1] ?? '';
  rememberSecret(secret);
  return {
    kind: 'webhook',
    base: parsed.base,
    id: `${parsed.portal}#user${parsed.userId}`,
    portal: parsed.portal,
    params: () => Promise.resolve({}),
    mask: (text) => maskSecrets(text, [secret]),
  };
}

export interface OAuthOptions {
  /** Portal host, optionally with port (`b24-x.bitrix24.com`, `localhost:5173`). */
  readonly domain: string;
  /** `https`/`http`, or the frame's `PROTOCOL` flag (1 = https). */
  readonly protocol: 'https' | 'http' | 0 | 1;
  /** The current access token. */
  readonly getToken: () => string | Promise<string>;
  /** Renews the token (frame: `refreshAuth` message); `getToken` returns the new one afterwards. */
  readonly refresh: () => Promise<unknown>;
}

const SENT_TOKENS_KEPT = 16;

/**
 * App token (iframe or OAuth): base `PROTOCOL://DOMAIN/rest/`, token sent as `auth` in the body
 * (never in the URL, never in a header: a header would need a CORS preflight). Concurrent refreshes
 * are coalesced into one, so a burst of `expired_token` answers renews the token once.
 */
export function oauthAuth(opts: OAuthOptions): PortalAuth {
  const scheme = opts.protocol === 'https' || opts.protocol === 1 ? 'https' : 'http';
  const portal = `${scheme}://${opts.domain.replace(/\/+$/, '')}`;
  // every token sent, not only the current one: an answer may quote the token it was refused for
  const sent: string[] = [];
  let pending: Promise<void> | null = null;
  const refresh = (): Promise<void> => {
    if (pending) return pending;
    const p = (async (): Promise<void> => {
      await opts.refresh();
    })().finally(() => {
      if (pending === p) pending = null;
    });
    pending = p;
    return p;
  };
  return {
    kind: 'oauth',
    base: `${portal}/rest/`,
    id: portal,
    portal,
    params: async () => {
      const token = await opts.getToken();
      if (token !== '' && !sent.includes(token)) {
        sent.push(token);
        if (sent.length > SENT_TOKENS_KEPT) sent.shift();
        rememberSecret(token);
      }
      return { auth: token };
    },
    refresh,
    mask: (text) => maskSecrets(text, sent),
  };
}

/**
 * The emulator's demo admin webhook (user 1); user 2 is `${origin}/rest/2/demouser/`. Plain http is
 * accepted on any host: only an emulator has these webhooks.
 */
export function demoAuth(origin: string): PortalAuth {
  return webhookAuth(`${origin.replace(/\/+$/, '')}/rest/1/demoadmin/`, { allowAnyHttp: true });
}
