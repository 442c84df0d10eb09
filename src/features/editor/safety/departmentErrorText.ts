import { isPortalError } from '../../../api/errors';
import type { Translate } from '../../../i18n/i18nStore';
import { portalErrorText } from '../../../ui/portalErrorText';

/**
 * Why the departments could not be listed or resolved, in words: a webhook or app without the
 * `department` scope answers `insufficient_scope` (401); a portal that refuses the user answers
 * `Access denied.` or `ACCESS_DENIED`.
 */
export function departmentErrorText(e: unknown, t: Translate): string {
  if (isPortalError(e) && e.kind === 'portal') {
    if (e.code === 'insufficient_scope') {
      return t(e.method === 'user.get' ? 'dialogs.bulk.dept.noUserScope' : 'dialogs.bulk.dept.noScope');
    }
    if (e.code === 'ACCESS_DENIED' || e.description === 'Access denied.' || e.status === 403) {
      return t('dialogs.bulk.dept.denied', { answer: [e.code, e.description].filter(Boolean).join(': ') });
    }
  }
  return portalErrorText(e, t);
}
