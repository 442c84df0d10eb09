import { describe, expect, it } from 'vitest';
import { aLayout, anElement } from '../../testing/builders';
import { replaceLayout } from './replaceLayout';

const before = aLayout()
  .section('main', ['TITLE', anElement('PHONE').alwaysShown()])
  .build();

describe('replaceLayout', () => {
  it('returns the new layout', () => {
    const next = aLayout().section('main', ['TITLE']).section('more', []).build();
    expect(replaceLayout(before, { layout: next })).toBe(next);
  });

  it('returns the same layout when the new one is structurally identical', () => {
    const copy = aLayout()
      .section('main', ['TITLE', anElement('PHONE').alwaysShown()])
      .build();
    expect(replaceLayout(before, { layout: copy })).toBe(before);
    expect(replaceLayout(before, { layout: before })).toBe(before);
  });

  it('treats a different section id as a change (ids are handles the editor holds on to)', () => {
    const other = aLayout()
      .section('main', ['TITLE', anElement('PHONE').alwaysShown()], { id: 'm2' })
      .build();
    expect(replaceLayout(before, { layout: other })).toBe(other);
  });
});
