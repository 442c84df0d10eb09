import { describe, expect, it } from 'vitest';
import { aLayout } from '../../testing/builders';
import { renameSection } from './renameSection';

const before = aLayout().section('main', ['TITLE'], { title: 'About' }).section('more', ['PHONE']).build();

describe('renameSection', () => {
  it('changes the title only, not the portal name', () => {
    const after = renameSection(before, { section: 'main', title: 'Контакты' });
    expect(after.sections[0]).toEqual({ ...before.sections[0], title: 'Контакты' });
    expect(after.sections[0]?.name).toBe('main');
    expect(after.sections[0]?.elements).toBe(before.sections[0]?.elements);
    expect(after.sections[1]).toBe(before.sections[1]);
  });

  it('keeps the title exactly as typed, blank included', () => {
    expect(renameSection(before, { section: 'main', title: ' x ' }).sections[0]?.title).toBe(' x ');
    expect(renameSection(before, { section: 'main', title: '' }).sections[0]?.title).toBe('');
  });

  it('returns the same layout for the same title or an unknown section', () => {
    expect(renameSection(before, { section: 'main', title: 'About' })).toBe(before);
    expect(renameSection(before, { section: 'nope', title: 'X' })).toBe(before);
  });
});
