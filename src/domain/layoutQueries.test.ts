import { describe, expect, it } from 'vitest';
import { aLayout, anElement } from '../testing/builders';
import { fieldsOnCard, locate, sectionById, sectionIndex, sectionNames } from './layoutQueries';

const layout = aLayout()
  .section('main', ['TITLE', anElement('PHONE').alwaysShown()])
  .section('more', ['EMAIL'], { id: 'm' })
  .build();

describe('layout queries', () => {
  it('locate finds section id, index and element', () => {
    expect(locate(layout, 'PHONE')).toEqual({
      section: 'main',
      index: 1,
      element: layout.sections[0]?.elements[1],
    });
    expect(locate(layout, 'EMAIL')).toMatchObject({ section: 'm', index: 0 });
    expect(locate(layout, 'WEB')).toBeUndefined();
  });

  it('fieldsOnCard lists the placed fields', () => {
    expect(fieldsOnCard(layout)).toEqual(new Set(['TITLE', 'PHONE', 'EMAIL']));
  });

  it('sectionById and sectionIndex go by editor id', () => {
    expect(sectionById(layout, 'm')?.name).toBe('more');
    expect(sectionById(layout, 'more')).toBeUndefined();
    expect(sectionIndex(layout, 'm')).toBe(1);
    expect(sectionIndex(layout, 'zz')).toBe(-1);
  });

  it('sectionNames lists portal names, optionally without one section', () => {
    expect(sectionNames(layout)).toEqual(new Set(['main', 'more']));
    expect(sectionNames(layout, 'm')).toEqual(new Set(['main']));
  });
});
