import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { PlacementListSchema, PlacementUnbindSchema, type PlacementRow } from '../schemas/placement';
import { callCommand, type PortalClient } from '../transport';
import { PORTAL_QUERY_DEFAULTS, portalKey } from './keys';

/**
 * The lead card tab the app adds to the portal (`CRM_LEAD_DETAIL_TAB`). `placement.*` needs an
 * application token of a portal administrator and the `placement` scope; a webhook is refused
 * (`WRONG_AUTH_TYPE`), so this exists only inside a portal frame.
 */
export const LEAD_TAB_PLACEMENT = 'CRM_LEAD_DETAIL_TAB';

/** The tab's title per portal language (`LANG_ALL`), in the words the app shows in each. */
export type TabTitles = Readonly<Record<string, string>>;

export const placementGetCommand = () => ({
  method: 'placement.get',
  params: {},
  schema: PlacementListSchema,
});

export const placementBindCommand = (handler: string, titles: TabTitles) => ({
  method: 'placement.bind',
  params: {
    PLACEMENT: LEAD_TAB_PLACEMENT,
    HANDLER: handler,
    LANG_ALL: Object.fromEntries(Object.entries(titles).map(([lang, TITLE]) => [lang, { TITLE }])),
  },
  schema: z.boolean(),
});

/** Removes only the app's own handler: another handler of the same app would be another tab. */
export const placementUnbindCommand = (handler: string) => ({
  method: 'placement.unbind',
  params: { PLACEMENT: LEAD_TAB_PLACEMENT, HANDLER: handler },
  schema: PlacementUnbindSchema,
});

/** The app's lead tab rows bound to `handler`. */
export const leadTabRows = (rows: readonly PlacementRow[], handler: string): PlacementRow[] =>
  rows.filter((r) => r.placement === LEAD_TAB_PLACEMENT && r.handler === handler);

export const placementKeys = {
  all: (client: PortalClient) => [...portalKey(client), 'placements'] as const,
};

export const placementsQuery = (client: PortalClient) =>
  queryOptions({
    ...PORTAL_QUERY_DEFAULTS,
    queryKey: placementKeys.all(client),
    queryFn: ({ signal }) => callCommand(client, placementGetCommand(), { signal }),
  });
