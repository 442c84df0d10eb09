import { AppInfoSchema, type AppInfo } from '../schemas/user';
import { callCommand, type CallOptions, type PortalClient } from '../transport';

/**
 * `app.info` (BITRIX24-API.md 3.6): a webhook gets its granted `SCOPE` list (check for `crm`), an
 * app token gets the app's record.
 */
export const appInfoCommand = () => ({ method: 'app.info', params: {}, schema: AppInfoSchema });

export function getAppInfo(client: PortalClient, opts?: CallOptions): Promise<AppInfo> {
  return callCommand(client, appInfoCommand(), opts);
}

/** Whether `info` proves the `crm` scope (webhooks list their scopes; apps do not, so `undefined`). */
export function hasCrmScope(info: AppInfo): boolean | undefined {
  return 'SCOPE' in info && Array.isArray(info.SCOPE) ? info.SCOPE.includes('crm') : undefined;
}
