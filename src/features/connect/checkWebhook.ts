import { parseWebhookUrl, webhookAuth } from '../../api/auth';
import { isPortalError } from '../../api/errors';
import { appInfoCommand } from '../../api/methods/appInfo';
import { profileCommand } from '../../api/methods/users';
import type { AppInfo, Profile } from '../../api/schemas/user';
import { createPortalClient, type FetchLike } from '../../api/transport';

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

export interface WebhookRefused {
  readonly ok: false;
  readonly problem: WebhookProblem;
  /** Plain words, never the secret. */
  readonly message: string;
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
}

const refused = (problem: WebhookProblem, message: string): WebhookRefused => ({
  ok: false,
  problem,
  message,
});

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

function scopeProblem(info: AppInfo, host: string): WebhookRefused | null {
  if (!('SCOPE' in info) || !Array.isArray(info.SCOPE)) return null; // an app token: no list to check
  const scopes = info.SCOPE;
  const has = (s: string) => scopes.includes(s);
  const list = scopes.length > 0 ? scopes.join(', ') : 'none';
  const fix = `Open the webhook on ${host} (Developer resources → Other → Inbound webhook), tick`;
  if (!has('crm'))
    return refused(
      'noCrmScope',
      `This webhook has no "crm" scope (it has: ${list}), so it cannot read or save card layouts. ${fix} "CRM (crm)", save, and connect again.`,
    );
  if (!has('user') && !has('user_brief') && !has('user_basic'))
    return refused(
      'noUserScope',
      `This webhook has no "user" scope (it has: ${list}); the editor needs it to list the portal's users. ${fix} "Users (user)", save, and connect again.`,
    );
  return null;
}

function failureOf(e: unknown, host: string): WebhookRefused | 'network' {
  if (!isPortalError(e)) return refused('refused', `The check failed: ${String(e)}`);
  if (e.kind === 'network') return 'network';
  if (e.kind === 'timeout')
    return refused(
      'unreachable',
      `${host} did not answer within the time limit. Check the address and try again.`,
    );
  if (e.kind === 'decode')
    return refused(
      'notPortal',
      `${host} answered, but not like a Bitrix24 portal (HTTP ${e.status}). Check that the URL is the inbound webhook URL of your portal.`,
    );
  if (CREDENTIAL_CODES.has(e.code))
    return refused(
      'wrongSecret',
      `${host} refused this webhook (${e.code}): the user id or the secret is wrong, or the webhook was deleted. Copy the URL again from Developer resources → Other → Inbound webhook.`,
    );
  const said = [e.code, e.description].filter((s) => s !== '').join(': ');
  return refused('refused', `${host} refused the check: ${said || `HTTP ${e.status}`}.`);
}

const nameOf = (p: Profile): string =>
  [p.NAME, p.LAST_NAME].filter((s): s is string => !!s && s.trim() !== '').join(' ') || `User ${p.ID}`;

/**
 * Parses a pasted webhook URL, then asks the portal in one `batch` who it is (`profile`) and which
 * scopes it grants (`app.info`, which lists `SCOPE` for webhooks, BITRIX24-API.md 3.6). No retries:
 * a person is waiting, and each failure has its own message.
 */
export async function checkWebhook(input: string, deps: CheckWebhookDeps = {}): Promise<WebhookCheck> {
  const parsed = parseWebhookUrl(input);
  if (!parsed.ok) return refused('badUrl', parsed.message);
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
    const failure = failureOf(e, host);
    if (failure !== 'network') return failure;
    const reachable = await (deps.isReachable ?? browserIsReachable)(parsed.portal);
    return reachable
      ? refused(
          'cors',
          `${host} answered, but the browser blocked reading the answer (CORS). Bitrix24 portals allow it; a proxy or firewall in front of this portal probably removes the Access-Control-Allow-Origin header.`,
        )
      : refused(
          'unreachable',
          `Cannot reach ${host}: no answer. Check the address, your network connection, and that the portal is up.`,
        );
  }
  const scope = scopeProblem(info, host);
  if (scope) return scope;
  return {
    ok: true,
    url: parsed.base,
    maskedUrl: parsed.baseMasked,
    portal: parsed.portal,
    userName: nameOf(profile),
    isAdmin: profile.ADMIN,
  };
}
