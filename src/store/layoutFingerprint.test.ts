import { describe, expect, it } from 'vitest';
import { aLayout, anElement } from '../testing/builders';
import { edited, saved } from '../testing/draftFixtures';
import { layoutFingerprint } from './layoutFingerprint';

describe('layoutFingerprint', () => {
  it('is equal for layouts the portal would store alike and differs otherwise', () => {
    const otherIds = aLayout()
      .section('main', ['TITLE', 'PHONE'], { title: 'About the lead', id: 'x' })
      .section('additional', ['COMMENTS'], { title: 'More', id: 'y' })
      .build();
    expect(layoutFingerprint(saved())).toMatch(/^[0-9a-f]{14}$/);
    expect(layoutFingerprint(otherIds)).toBe(layoutFingerprint(saved()));
    expect(layoutFingerprint(edited())).not.toBe(layoutFingerprint(saved()));
    const a = aLayout()
      .section('m', [anElement('P').withOptions({ a: 1, b: 2 })])
      .build();
    const b = aLayout()
      .section('m', [anElement('P').withOptions({ b: 2, a: 1 })])
      .build();
    expect(layoutFingerprint(a)).toBe(layoutFingerprint(b));
  });
});
