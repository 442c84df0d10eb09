import { describe, expect, it } from 'vitest';
import { aLayout, anElement } from '../testing/builders';
import { sameLayout } from './layoutEquals';

/** One layout, its sections' ids as given (the builder's own when left out). */
const base = (ids: { readonly main?: string; readonly more?: string } = {}) =>
  aLayout()
    .section(
      'main',
      [
        'TITLE',
        anElement('PHONE')
          .alwaysShown()
          .withOptions({ defaultCountry: 'DE', n: [1, 2] }),
      ],
      { title: 'About', ...(ids.main ? { id: ids.main } : {}) },
    )
    .section('more', [anElement('EMAIL').withExtra({ title: 'Mail' })], {
      extra: { data: { a: 1 } },
      ...(ids.more ? { id: ids.more } : {}),
    });

describe('sameLayout', () => {
  it('is true for separately built equal layouts and for the same object', () => {
    const a = base().build();
    expect(sameLayout(a, a)).toBe(true);
    expect(sameLayout(a, base().build())).toBe(true);
  });

  it('ignores section ids', () => {
    const renamedIds = base({ main: 'x1', more: 'x2' }).build();
    expect(renamedIds.sections.map((x) => x.id)).toEqual(['x1', 'x2']);
    expect(sameLayout(base().build(), renamedIds)).toBe(true);
  });

  it.each([
    ['a section title', base().section('x', [], { title: 'T' }), base().section('x', [], { title: 'U' })],
    ['a section name', base().section('x', [], { title: 'T' }), base().section('y', [], { title: 'T' })],
    ['section order', aLayout().section('a').section('b'), aLayout().section('b').section('a')],
    ['section count', aLayout().section('a'), aLayout().section('a').section('b')],
    ['element order', aLayout().section('a', ['X', 'Y']), aLayout().section('a', ['Y', 'X'])],
    ['flags', aLayout().section('a', ['X']), aLayout().section('a', [anElement('X').withFlags(2)])],
    [
      'nested options',
      aLayout().section('a', [anElement('X').withOptions({ o: { p: 1 } })]),
      aLayout().section('a', [anElement('X').withOptions({ o: { p: 2 } })]),
    ],
    [
      'options present or absent',
      aLayout().section('a', ['X']),
      aLayout().section('a', [anElement('X').withOptions({})]),
    ],
    [
      'element extra',
      aLayout().section('a', [anElement('X').withExtra({ title: 'A' })]),
      aLayout().section('a', [anElement('X').withExtra({ title: 'B' })]),
    ],
    ['section extra', aLayout().section('a', [], { extra: { k: 1 } }), aLayout().section('a')],
  ])('sees a difference in %s', (_what, a, b) => {
    expect(sameLayout(a.build(), b.build())).toBe(false);
    expect(sameLayout(b.build(), a.build())).toBe(false);
  });
});
