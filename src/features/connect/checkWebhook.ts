import { parseWebhookUrl, webhookAuth, type WebhookUrlErrorCode } from '../../api/auth';
import { isPortalError } from '../../api/errors';
import { appInfoCommand } from '../../api/methods/appInfo';
import { profileCommand } from '../../api/methods/users';
import type { AppInfo, Profile } from '../../api/schemas/user';
import { createPortalClient, type FetchLike } from '../../api/transport';
import { langStore, translate } from '../../i18n/i18nStore';
import type { MessageKey } from '../../i18n/messages/en';
import type { Lang, Params } from '../../i18n/types';

/** Why a webhook URL was refused; each has its own message. */
export type WebhookProblem =
  'badUrl' | 'wrongSecret' | 'noCrmScope' | 'noUserScope' | 'unreachable' | 'cors' | 'notPortal' | 'refused';

export interface WebhookAccepted {
  readonly ok: true;
  /** Normalised `https://PORTAL/rest/USER/SECRET/`: contains the secret. */
  readonly url: string;
  /** The same with the secret masked, for people. */
  readonly maskedUrl: string;
  readonly portal: string;
  readonly userName: string;
  readonly isAdmin: boolean;
}

/** A message of the catalogue with its parameters, so it can be shown in any language. */
export interface WebhookText {
  readonly key: MessageKey;
  readonly params: Params;
}

export interface WebhookRefused {
  readonly ok: false;
  readonly problem: WebhookProblem;
  /** Plain words in the language of the check, never the secret. */
  readonly message: string;
  /** The same words as a catalogue message, for a screen that changes language later. */
  readonly text: WebhookText;
}

export type WebhookCheck = WebhookAccepted | WebhookRefused;

export interface CheckWebhookDeps {
  /** Default: the browser's `fetch`. */
  readonly fetch?: FetchLike;
  /**
   * Whether the portal answers at all, with CORS out of the picture (a `no-cors` request to its
   * root: the answer is opaque, but it arrives). Tells "CORS blocked" from "unreachable".
   */
  readonly isReachable?: (origin: string) => Promise<boolean>;
  /** Per-request limit; default 15 s. */
  readonly timeoutMs?: number;
  /** Language of `message`; default: the interface language. */
  readonly lang?: Lang;
}

type Refuse = (problem: WebhookProblem, key: MessageKey, params?: Params) => WebhookRefused;

const refuser =
  (lang: Lang): Refuse =>
  (problem, key, params = {}) => ({
    ok: false,
    problem,
    message: translate(lang)(key, params),
    text: { key, params },
  });

/** What is wrong with a pasted URL, in the parser's words (`parseWebhookUrl`), in every language. */
const URL_MESSAGES: Readonly<Record<WebhookUrlErrorCode, MessageKey>> = {
  empty: 'connect.url.empty',
  noScheme: 'connect.url.noScheme',
  notUrl: 'connect.url.notUrl',
  notHttp: 'connect.url.notHttp',
  insecureHttp: 'connect.url.insecureHttp',
  hasCredentials: 'connect.url.hasCredentials',
  noRestPath: 'connect.url.noRestPath',
  badUserId: 'connect.url.badUserId',
  badSecret: 'connect.url.badSecret',
};

/** Codes of a wrong user id or secret (BITRIX24-API.md 4.7). */
const CREDENTIAL_CODES = new Set(['INVALID_CREDENTIALS', 'NO_AUTH_FOUND', 'authorization_error']);

export async function browserIsReachable(origin: string): Promise<boolean> {
  try {
    await fetch(`${origin}/`, {
      mode: 'no-cors',
      credentials: 'omit',
      cache: 'no-store',
      signal: AbortSignal.timeout(8_000),
    });
    return true;
  } catch {
    return false;
  }
}

function scopeProblem(info: AppInfo, host: string, refused: Refuse, lang: Lang): WebhookRefused | null {
  if (!('SCOPE' in info) || !Array.isArray(info.SCOPE)) return null; // an app token: no list to check
  const scopes = info.SCOPE;
  const has = (s: string) => scopes.includes(s);
  const list = scopes.length > 0 ? scopes.join(', ') : translate(lang)('connect.check.noScopes');
  if (!has('crm')) return refused('noCrmScope', 'connect.check.noCrmScope', { scopes: list, host });
  if (!has('user') && !has('user_brief') && !has('user_basic'))
    return refused('noUserScope', 'connect.check.noUserScope', { scopes: list, host });
  return null;
}

function failureOf(e: unknown, host: string, refused: Refuse): WebhookRefused | 'network' {
  if (!isPortalError(e)) return refused('refused', 'connect.check.failed', { detail: String(e) });
  if (e.kind === 'network') return 'network';
  if (e.kind === 'timeout') return refused('unreachable', 'connect.check.timeout', { host });
  if (e.kind === 'decode')
    // the status as text: a number would be formatted for the language (HTTP 1 000)
    return refused('notPortal', 'connect.check.notPortal', { host, status: String(e.status) });
  if (CREDENTIAL_CODES.has(e.code))
    return refused('wrongSecret', 'connect.check.wrongSecret', { host, code: e.code });
  // the portal's own code and description, verbatim
  const said = [e.code, e.description].filter((s) => s !== '').join(': ');
  return refused('refused', 'connect.check.refused', { host, answer: said || `HTTP ${e.status}` });
}

const nameOf = (p: Profile, lang: Lang): string =>
  [p.NAME, p.LAST_NAME].filter((s): s is string => !!s && s.trim() !== '').join(' ') ||
  translate(lang)('connect.check.user', { id: String(p.ID) });

/**
 * Parses a pasted webhook URL, then asks the portal in one `batch` who it is (`profile`) and which
 * scopes it grants (`app.info`, which lists `SCOPE` for webhooks, BITRIX24-API.md 3.6). No retries:
 * a person is waiting, and each failure has its own message.
 */
export async function checkWebhook(input: string, deps: CheckWebhookDeps = {}): Promise<WebhookCheck> {
  const lang = deps.lang ?? langStore.getState().lang;
  const refused = refuser(lang);
  const parsed = parseWebhookUrl(input);
  if (!parsed.ok) return refused('badUrl', URL_MESSAGES[parsed.error]);
  const host = new URL(parsed.portal).host;
  const client = createPortalClient({
    auth: webhookAuth(parsed.base),
    maxRetries: 0,
    timeoutMs: deps.timeoutMs ?? 15_000,
    ...(deps.fetch ? { fetch: deps.fetch } : {}),
  });
  let info: AppInfo;
  let profile: Profile;
  try {
    const parts = await client.batch({ info: appInfoCommand(), profile: profileCommand() });
    if (!parts.info.ok) throw parts.info.error;
    if (!parts.profile.ok) throw parts.profile.error;
    info = parts.info.value;
    profile = parts.profile.value;
  } catch (e) {
    const failure = failureOf(e, host, refused);
    if (failure !== 'network') return failure;
    const reachable = await (deps.isReachable ?? browserIsReachable)(parsed.portal);
    return reachable
      ? refused('cors', 'connect.check.cors', { host })
      : refused('unreachable', 'connect.check.unreachable', { host });
  }
  const scope = scopeProblem(info, host, refused, lang);
  if (scope) return scope;
  return {
    ok: true,
    url: parsed.base,
    maskedUrl: parsed.baseMasked,
    portal: parsed.portal,
    userName: nameOf(profile, lang),
    isAdmin: profile.ADMIN,
  };
}
