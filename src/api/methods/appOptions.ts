import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import type { AppInfo } from '../schemas/user';
import { callCommand, type PortalClient } from '../transport';
import { PORTAL_QUERY_DEFAULTS, portalKey } from './keys';

/**
 * `app.option.get` / `app.option.set`: the calling application's own key-value store on the
 * portal, shared by all its users (`CRestProvider::appOptionGet/appOptionSet`). Only an app token
 * has an application context: a webhook gets 403 `ACCESS_DENIED` "Access denied! Application
 * context required". Writing needs a portal administrator ("Access denied! Administrator
 * authorization required"); reading does not. All options of an app live in one `b_option` row,
 * so what goes in must stay small.
 */
export const appOptionGetCommand = (option: string) => ({
  method: 'app.option.get',
  params: { option },
  // The value as stored: whatever was set (form-encoded, so text), or `null` when unset.
  schema: z.unknown(),
});

/** Merges `options` into the app's store; answers `true`. */
export const appOptionSetCommand = (options: Readonly<Record<string, string>>) => ({
  method: 'app.option.set',
  params: { options: { ...options } },
  schema: z.boolean(),
});

/** Whether `app.info` answered with an application record (an app token), not a webhook's scopes. */
export const isAppContext = (info: AppInfo | undefined): boolean =>
  info !== undefined && 'CODE' in info && typeof info.CODE === 'string';

export const appOptionKeys = {
  one: (client: PortalClient, option: string) => [...portalKey(client), 'appOption', option] as const,
};

/** One app option, read when asked (the history dialog); never retried by react-query. */
export const appOptionQuery = (client: PortalClient, option: string) =>
  queryOptions({
    ...PORTAL_QUERY_DEFAULTS,
    queryKey: appOptionKeys.one(client, option),
    queryFn: ({ signal }) => callCommand(client, appOptionGetCommand(option), { signal }),
  });
