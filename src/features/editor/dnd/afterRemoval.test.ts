import { describe, expect, it } from 'vitest';
import { aLayout } from '../../../testing/builders';
import { focusAfterRemoval } from './afterRemoval';

const layout = aLayout().section('main', ['TITLE', 'PHONE', 'EMAIL']).section('solo', ['COMMENTS']).build();

describe('where the focus goes after a field leaves the card', () => {
  it('to the next field of its section', () => {
    expect(focusAfterRemoval(layout, 'TITLE')).toEqual({ kind: 'element', field: 'PHONE' });
    expect(focusAfterRemoval(layout, 'PHONE')).toEqual({ kind: 'element', field: 'EMAIL' });
  });

  it('to the previous field when it was the last of its section', () => {
    expect(focusAfterRemoval(layout, 'EMAIL')).toEqual({ kind: 'element', field: 'PHONE' });
  });

  it('to the section when the section is left empty', () => {
    expect(focusAfterRemoval(layout, 'COMMENTS')).toEqual({ kind: 'section', section: 'solo' });
  });

  it('nowhere for a field not on the card', () => {
    expect(focusAfterRemoval(layout, 'POST')).toBeNull();
  });
});
