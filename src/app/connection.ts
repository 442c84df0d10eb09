import { demoAuth, webhookAuth } from '../api/auth';
import { createPortalClient, type PortalClient } from '../api/transport';

export interface Connection {
  readonly client: PortalClient;
  /** What the top bar says we are connected to (never a secret). */
  readonly label: string;
}

/**
 * Demo mode: the emulator that serves this page. `?as=manager` signs in as the demo manager, who
 * may not change common settings (the demo secrets are public by design).
 */
export function demoConnection(location: Location): Connection {
  const asManager = new URLSearchParams(location.search).get('as') === 'manager';
  if (!asManager)
    return {
      client: createPortalClient({ auth: demoAuth(location.origin) }),
      label: 'Demo portal · Demo Admin',
    };
  const manager = webhookAuth(`${location.origin}/rest/2/demouser/`);
  return { client: createPortalClient({ auth: manager }), label: 'Demo portal · Demo Manager' };
}
