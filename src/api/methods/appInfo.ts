import { AppInfoSchema } from '../schemas/user';

/**
 * `app.info` (BITRIX24-API.md 3.6): a webhook gets its granted `SCOPE` list (check for `crm`), an
 * app token gets the app's record.
 */
export const appInfoCommand = () => ({ method: 'app.info', params: {}, schema: AppInfoSchema });
