import { describe, expect, it } from 'vitest';
import { PortalError } from '../../api/errors';
import { firstOffsets, leadCaption, leadPerson, mergeSearchPage, searchCommands } from './leadSearch';

describe('searchCommands', () => {
  it('lists the lead type newest first when nothing is searched', () => {
    const commands = searchCommands('simple', '  ', firstOffsets(''));
    expect(Object.keys(commands)).toEqual(['ALL']);
    expect(commands['ALL']?.params).toEqual({
      filter: { IS_RETURN_CUSTOMER: 'N' },
      order: { ID: 'DESC' },
      select: ['ID', 'TITLE', 'NAME', 'LAST_NAME', 'STATUS_ID', 'IS_RETURN_CUSTOMER'],
      start: 0,
    });
  });

  it('searches title, name and last name of repeat leads in one batch', () => {
    const commands = searchCommands('repeat', ' acme ', { TITLE: 50, LAST_NAME: 0 });
    expect(Object.keys(commands)).toEqual(['TITLE', 'LAST_NAME']);
    expect(commands['TITLE']?.params).toMatchObject({
      filter: { IS_RETURN_CUSTOMER: 'Y', '%TITLE': 'acme' },
      start: 50,
    });
    expect(commands['LAST_NAME']?.params).toMatchObject({
      filter: { IS_RETURN_CUSTOMER: 'Y', '%LAST_NAME': 'acme' },
    });
    expect(firstOffsets('x')).toEqual({ TITLE: 0, NAME: 0, LAST_NAME: 0 });
  });
});

describe('mergeSearchPage', () => {
  it('merges the answers newest first without duplicates and keeps the next offsets', () => {
    const page = mergeSearchPage({
      TITLE: { ok: true, value: [{ ID: '5' }, { ID: '3' }], total: 60, next: 50 },
      NAME: { ok: true, value: [{ ID: '9' }, { ID: '5' }], total: 2 },
    });
    expect(page.leads.map((l) => l.ID)).toEqual(['9', '5', '3']);
    expect(page.next).toEqual({ TITLE: 50 });
    expect(page.total).toBe(60);
    expect(mergeSearchPage({ ALL: { ok: true, value: [] } }).next).toBeNull();
  });

  it('fails when a part failed', () => {
    const error = new PortalError({ kind: 'portal', method: 'crm.lead.list', description: 'Access denied.' });
    expect(() => mergeSearchPage({ ALL: { ok: false, error } })).toThrow(error);
  });
});

describe('captions', () => {
  it('names a lead by title and person', () => {
    expect(leadCaption({ ID: '7', TITLE: null })).toBe('Lead #7');
    expect(leadCaption({ ID: '7', TITLE: 'Call' })).toBe('Call');
    expect(leadPerson({ ID: '7', NAME: 'Anna', LAST_NAME: null })).toBe('Anna');
  });
});
