import { maskSecrets } from '../../api/maskSecrets';
import type { Translate } from '../../i18n/i18nStore';
import type { MessageKey } from '../../i18n/messages/en';
import { FrameBridgeError, FrameTimeoutError, type FrameBridgeProblem } from './bridge';

const BRIDGE_PROBLEMS: Readonly<Record<Exclude<FrameBridgeProblem, 'postFailed'>, MessageKey>> = {
  notJson: 'connect.frame.notJson',
  closed: 'connect.frame.closed',
  noToken: 'connect.frame.noToken',
  noNewToken: 'connect.frame.noNewToken',
};

/** Why the session could not start, in the interface language. */
export function sessionErrorText(e: unknown, t: Translate, portalOrigin: string): string {
  if (e instanceof FrameTimeoutError) return t('app.frame.timeout', { origin: portalOrigin });
  if (e instanceof FrameBridgeError)
    return e.problem === 'postFailed'
      ? t('connect.frame.postFailed', { detail: maskSecrets(e.message) })
      : t(BRIDGE_PROBLEMS[e.problem]);
  return maskSecrets(e instanceof Error ? e.message : String(e));
}
