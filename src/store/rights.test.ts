import { describe, expect, it } from 'vitest';
import { PortalError } from '../api/errors';
import { isAccessDenied, learnFromFailure, mayManageOthers, refusalStore, rightsOf } from './rights';

const denied = () =>
  new PortalError({
    kind: 'portal',
    method: 'crm.lead.details.configuration.set',
    code: '',
    description: 'Access denied.',
    status: 400,
  });

describe('rights', () => {
  it('a portal admin has full rights, refused or not', () => {
    expect(rightsOf(true, false)).toBe('full');
    expect(rightsOf(true, true)).toBe('full');
  });

  it('anyone else is unknown until the first refusal, then own personal layout only', () => {
    expect(rightsOf(false, false)).toBe('unknown');
    expect(rightsOf(false, true)).toBe('ownOnly');
    expect(mayManageOthers('unknown')).toBe(true);
    expect(mayManageOthers('full')).toBe(true);
    expect(mayManageOthers('ownOnly')).toBe(false);
  });

  it('only the portal\'s "Access denied." with an empty code is a refusal', () => {
    expect(isAccessDenied(denied())).toBe(true);
    const other = (init: Partial<ConstructorParameters<typeof PortalError>[0]>) =>
      new PortalError({ kind: 'portal', method: 'm', code: '', description: 'Access denied.', ...init });
    expect(isAccessDenied(other({ code: 'INVALID_CREDENTIALS' }))).toBe(false);
    expect(isAccessDenied(other({ description: 'There are no data to write.' }))).toBe(false);
    expect(isAccessDenied(other({ kind: 'network' }))).toBe(false);
    expect(isAccessDenied(new Error('Access denied.'))).toBe(false);
  });

  it('a refusal is learned for that connection and user only, and only from a refusal', () => {
    expect(learnFromFailure('portal-a~user2', new Error('offline'))).toBe(false);
    expect(refusalStore.getState().refused.has('portal-a~user2')).toBe(false);
    expect(learnFromFailure('portal-a~user2', denied())).toBe(true);
    expect(refusalStore.getState().refused.has('portal-a~user2')).toBe(true);
    expect(refusalStore.getState().refused.has('portal-b~user2')).toBe(false);
    // learning it again changes nothing a subscriber would see
    const before = refusalStore.getState();
    learnFromFailure('portal-a~user2', denied());
    expect(refusalStore.getState()).toBe(before);
  });
});
