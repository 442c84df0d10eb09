import { describe, expect, it } from 'vitest';
import { aLayout } from '../../testing/builders';
import { setSectionName } from './setSectionName';

const before = aLayout().section('main', ['TITLE'], { title: 'About' }).section('more', ['PHONE']).build();

describe('setSectionName', () => {
  it('sets the portal name (trimmed), keeping title and id', () => {
    const after = setSectionName(before, { section: 'main', name: '  lead_info ' });
    expect(after.sections[0]).toEqual({ ...before.sections[0], name: 'lead_info' });
    expect(after.sections[0]?.id).toBe('main');
    expect(after.sections[1]).toBe(before.sections[1]);
  });

  it('returns the same layout when another section has the name', () => {
    expect(setSectionName(before, { section: 'main', name: 'more' })).toBe(before);
    expect(setSectionName(before, { section: 'main', name: ' more ' })).toBe(before);
  });

  it('returns the same layout for a blank or unchanged name or an unknown section', () => {
    expect(setSectionName(before, { section: 'main', name: '   ' })).toBe(before);
    expect(setSectionName(before, { section: 'main', name: 'main' })).toBe(before);
    expect(setSectionName(before, { section: 'nope', name: 'fresh' })).toBe(before);
  });

  it('compares names exactly, as the portal does', () => {
    expect(setSectionName(before, { section: 'main', name: 'More' }).sections[0]?.name).toBe('More');
  });
});
