import type { PortalClient } from '../transport';

/**
 * Root of every query key: the connection's safe id first, so two portals (or two webhook users)
 * never share cache entries. `queryClient.invalidateQueries({ queryKey: portalKey(client) })`
 * refreshes everything of one connection.
 */
export const portalKey = (client: PortalClient) => ['portal', client.id] as const;

/**
 * Shared query settings: the transport already retries what is worth retrying (see transport.ts),
 * so react-query must not multiply the attempts.
 */
export const PORTAL_QUERY_DEFAULTS = { retry: false } as const;
