import { isPortalError } from '../api/errors';

/**
 * The one place that turns a failed call into words for people. Every message names the portal's
 * own code or text, so an admin can search for it or quote it to support.
 */
export function portalErrorText(e: unknown): string {
  if (!isPortalError(e)) return e instanceof Error ? e.message : String(e);
  const portalSays = [e.code, e.description].filter((s) => s !== '').join(': ');
  switch (e.kind) {
    case 'network':
      return 'The portal cannot be reached: the connection failed or was dropped. Check the network and try again.';
    case 'timeout':
      return `The portal did not answer in time (${e.method}). Try again.`;
    case 'aborted':
      return 'The request was cancelled.';
    case 'decode':
      return `The portal answered in an unexpected way: ${e.message}`;
    case 'validation':
      return `The portal would refuse this layout: ${e.description}`;
    case 'portal':
      break;
  }
  if (e.description === 'Access denied.' && /\.get$|^batch$/.test(e.method)) {
    return 'The portal says "Access denied.": this account may not open other users\' personal layouts. Pick yourself or the common layout.';
  }
  if (e.description === 'Access denied.') {
    return 'The portal says "Access denied.": this account may not change common settings or other users\' layouts. Ask a CRM administrator, or save it as your own personal layout.';
  }
  if (e.code === 'QUERY_LIMIT_EXCEEDED') {
    return `The portal is busy (QUERY_LIMIT_EXCEEDED: ${e.description}). Retried several times; wait a few seconds and try again.`;
  }
  if (e.code === 'OPERATION_TIME_LIMIT') {
    return `The portal's time budget for ${e.method} is used up (OPERATION_TIME_LIMIT). Try again in a few minutes.`;
  }
  if (e.code === 'expired_token' || e.code === 'invalid_token') {
    return `The session with the portal has ended (${e.code}). Reload the app to sign in again.`;
  }
  return `The portal answered "${portalSays || `HTTP ${e.status}`}" to ${e.method}.`;
}
