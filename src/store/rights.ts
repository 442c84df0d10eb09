import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { accessDenied } from '../api/errors';

/**
 * What the signed-in user may do with layouts (BITRIX24-API.md 1.4): the common layout and other
 * users' personal layouts are for CRM administrators only.
 * - `full`: known to be a CRM administrator (`profile.ADMIN`: a portal administrator is one);
 * - `unknown`: not a portal administrator, but may still be a CRM administrator: only trying tells;
 * - `ownOnly`: the portal refused once, so only the user's own personal layout can be changed.
 */
export type Rights = 'full' | 'unknown' | 'ownOnly';

/** The portal's answer to a call the user has no right to (1.4), read or write alike. */
export const isAccessDenied = (e: unknown): boolean => accessDenied(e) !== null;

/** Rights from the profile and whether the portal has refused this user before. */
export function rightsOf(portalAdmin: boolean, refused: boolean): Rights {
  if (portalAdmin) return 'full';
  return refused ? 'ownOnly' : 'unknown';
}

/** Whether actions for the common layout and other users' layouts can be offered. */
export const mayManageOthers = (rights: Rights): boolean => rights !== 'ownOnly';

/** Refusals learned in this page, per connection and signed-in user (a storage id). */
export const refusalStore = createStore<{ refused: ReadonlySet<string> }>()(() => ({ refused: new Set() }));

/**
 * Learns from a failed call: an `Access denied.` means the user is not a CRM administrator.
 * Returns whether `e` was such a refusal.
 */
export function learnFromFailure(who: string, e: unknown): boolean {
  if (!isAccessDenied(e)) return false;
  const { refused } = refusalStore.getState();
  if (!refused.has(who)) refusalStore.setState({ refused: new Set([...refused, who]) });
  return true;
}

export function useRefused(who: string): boolean {
  return useStore(refusalStore, (s) => s.refused.has(who));
}
