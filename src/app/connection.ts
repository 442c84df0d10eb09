import { demoAuth, oauthAuth, parseWebhookUrl, webhookAuth, type OAuthOptions } from '../api/auth';
import { createPortalClient, type PortalClient, type PortalClientOptions } from '../api/transport';
import type { Translate } from '../i18n/i18nStore';

export type ConnectionKind = 'demo' | 'webhook' | 'frame';

/**
 * What the top bar says we are connected to (never a secret), kept as parts so it follows the
 * interface language: `Demo portal · Demo Admin`, `b24-x.bitrix24.com · Olga Smirnova`,
 * `Bitrix24 · b24-x.bitrix24.com`. Names of users and hosts are the portal's and stay as they are.
 */
export type ConnectionLabel =
  | { readonly kind: 'demo'; readonly user: string }
  | { readonly kind: 'webhook'; readonly host: string; readonly user: string }
  | { readonly kind: 'frame'; readonly domain: string };

export function connectionLabelText(label: ConnectionLabel, t: Translate): string {
  switch (label.kind) {
    case 'demo':
      return t('connect.label.demo', { user: label.user });
    case 'webhook':
      return `${label.host} · ${label.user}`;
    case 'frame':
      return t('connect.label.frame', { domain: label.domain });
  }
}

export interface Connection {
  readonly kind: ConnectionKind;
  readonly client: PortalClient;
  /** What the top bar says we are connected to: `connectionLabelText` puts it into words. */
  readonly label: ConnectionLabel;
  /** The webhook URL with its secret masked (`…/rest/2/de…er/`); webhook connections only. */
  readonly maskedUrl?: string;
}

/**
 * Demo mode: the emulator that serves this page. `?as=manager` signs in as the demo manager, who
 * may not change common settings (the demo secrets are public by design).
 */
export function demoConnection(location: Pick<Location, 'origin' | 'search'>): Connection {
  const asManager = new URLSearchParams(location.search).get('as') === 'manager';
  if (!asManager)
    return {
      kind: 'demo',
      client: createPortalClient({ auth: demoAuth(location.origin) }),
      label: { kind: 'demo', user: 'Demo Admin' },
    };
  const manager = webhookAuth(`${location.origin}/rest/2/demouser/`, { allowAnyHttp: true });
  return {
    kind: 'demo',
    client: createPortalClient({ auth: manager }),
    label: { kind: 'demo', user: 'Demo Manager' },
  };
}

/** What a checked webhook connection keeps: the URL (with its secret) and who it signs in as. */
export interface WebhookIdentity {
  readonly url: string;
  readonly userName: string;
}

/** A webhook the connection screen has checked (`app.info` lists `crm`, `profile` named the user). */
export function webhookConnection(
  identity: WebhookIdentity,
  transport: Omit<PortalClientOptions, 'auth'> = {},
): Connection {
  const parsed = parseWebhookUrl(identity.url);
  const auth = webhookAuth(identity.url);
  const host = parsed.ok ? new URL(parsed.portal).host : auth.portal;
  return {
    kind: 'webhook',
    client: createPortalClient({ ...transport, auth }),
    label: { kind: 'webhook', host, user: identity.userName },
    ...(parsed.ok ? { maskedUrl: parsed.baseMasked } : {}),
  };
}

/**
 * Inside a portal frame: `PROTOCOL://DOMAIN/rest/{method}` with the frame's token in `auth`
 * (BITRIX24-API.md 4.1); `refresh` asks the portal for a new token (`refreshAuth`).
 */
export function frameConnection(
  opts: OAuthOptions,
  transport: Omit<PortalClientOptions, 'auth'> = {},
): Connection {
  return {
    kind: 'frame',
    client: createPortalClient({ ...transport, auth: oauthAuth(opts) }),
    label: { kind: 'frame', domain: opts.domain },
  };
}
