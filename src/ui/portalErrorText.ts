import { accessDenied, isPortalError } from '../api/errors';
import { maskSecrets } from '../api/maskSecrets';
import { langStore, translate, type Translate } from '../i18n/i18nStore';

/**
 * The one place that turns a failed call into words for people. Every message names the portal's
 * own code or text, so an admin can search for it or quote it to support. `t` defaults to the
 * current interface language (components pass their `useT()` so a language switch re-renders).
 */
export function portalErrorText(e: unknown, t: Translate = translate(langStore.getState().lang)): string {
  // a PortalError is masked when it is made; anything else may still quote a request URL
  if (!isPortalError(e)) return maskSecrets(e instanceof Error ? e.message : String(e));
  const portalSays = [e.code, e.description].filter((s) => s !== '').join(': ');
  switch (e.kind) {
    case 'network':
      return t('error.network');
    case 'timeout':
      return t('error.timeout', { method: e.method });
    case 'aborted':
      return t('error.aborted');
    case 'decode':
      return t('error.decode', { detail: e.message });
    case 'validation':
      return t('error.validation', { detail: e.description });
    case 'portal':
      break;
  }
  const denied = accessDenied(e);
  if (denied) return t(denied === 'read' ? 'error.accessDeniedRead' : 'error.accessDeniedWrite');
  if (e.code === 'QUERY_LIMIT_EXCEEDED') {
    return t('error.queryLimit', { detail: e.description });
  }
  if (e.code === 'OPERATION_TIME_LIMIT') {
    return t('error.timeLimit', { method: e.method });
  }
  if (e.code === 'expired_token' || e.code === 'invalid_token') {
    return t('error.session', { code: e.code });
  }
  return t('error.other', { answer: portalSays || `HTTP ${e.status}`, method: e.method });
}
