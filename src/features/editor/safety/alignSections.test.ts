import { describe, expect, it } from 'vitest';
import { diffLayouts } from '../../../domain/diff';
import { mergeLayouts } from '../../../domain/merge/index';
import { aLayout } from '../../../testing/builders';
import type { Layout } from '../../../domain/types';
import { alignSections } from './alignSections';

/** As the portal returns it: ids are the section names. */
const fromPortalIds = (l: Layout): Layout => ({ sections: l.sections.map((s) => ({ ...s, id: s.name })) });
const renamed = (l: Layout, index: number, name: string, title: string): Layout => ({
  sections: l.sections.map((s, i) => (i === index ? { ...s, name, title } : s)),
});

const base = aLayout().section('main', ['TITLE', 'PHONE']).section('more', ['COMMENTS', 'SOURCE_ID']).build();

describe('alignSections', () => {
  it('keeps the id of a section renamed elsewhere, so a diff says "renamed"', () => {
    const theirs = fromPortalIds(renamed(base, 1, 'extras', 'Extras'));
    const aligned = alignSections(base, theirs);
    expect(aligned.sections.map((s) => s.id)).toEqual(['main', 'more']);
    const changes = diffLayouts(base, aligned);
    expect(changes).toContainEqual(
      expect.objectContaining({ kind: 'sectionRenamed', before: 'more', after: 'Extras' }),
    );
    expect(changes.some((c) => c.kind === 'sectionRemoved' || c.kind === 'fieldRemoved')).toBe(false);
  });

  it('lets a merge of two different renames end in one section with a title conflict', () => {
    const mine = renamed(base, 1, 'mine', 'Mine');
    const theirs = alignSections(base, fromPortalIds(renamed(base, 1, 'theirs', 'Theirs')));
    const merge = mergeLayouts(base, mine, theirs);
    expect(merge.merged.sections).toHaveLength(2);
    expect(merge.conflicts.map((c) => c.kind).sort()).toEqual(['sectionName', 'sectionTitle']);
  });

  it('leaves sections that pair by id or name, and returns the layout itself when nothing changes', () => {
    const same = fromPortalIds(base);
    expect(alignSections(base, same)).toBe(same);
    const other = aLayout().section('x', ['NAME']).build();
    expect(alignSections(base, other)).toBe(other); // nothing in common: a new section
  });

  it('pairs by title first and never gives one id to two sections', () => {
    const ref = aLayout().section('a', ['TITLE']).section('b', ['PHONE']).build();
    const next = fromPortalIds({
      sections: [
        { ...ref.sections[0]!, name: 'a2' },
        { id: 'b2', name: 'b2', title: ref.sections[0]!.title, elements: [] },
      ],
    });
    const ids = alignSections(ref, next).sections.map((s) => s.id);
    expect(new Set(ids).size).toBe(2);
  });
});
