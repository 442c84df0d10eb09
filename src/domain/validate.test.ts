import { describe, expect, it } from 'vitest';
import { checkLayoutData, isBlank, unwrapColumn } from './validate';

const section = (
  name: string,
  elements: unknown = [{ name: 'TITLE' }],
  extra: Record<string, unknown> = {},
) => ({
  type: 'section',
  name,
  title: `Title of ${name}`,
  elements,
  ...extra,
});
const message = (data: unknown) => checkLayoutData(data)?.message ?? null;

describe('checkLayoutData (BITRIX24-API.md 1.6)', () => {
  it('accepts a well-formed layout', () => {
    expect(checkLayoutData([section('main'), section('more', [])])).toBeNull();
  });

  it.each([undefined, null, 'abc', 5, true, ''])('step 4: %j is not an array', (data) => {
    expect(checkLayoutData(data)).toEqual({ kind: 'notArray', message: "Parameter 'data' must be array." });
  });

  it.each([
    [[]],
    [{}],
    [[{ type: 'column', elements: [] }]],
    [[{ type: 'column' }]],
    [{ 0: { type: 'column', elements: {} } }],
  ])('step 6: %j has no data to write', (data) => {
    expect(checkLayoutData(data)).toEqual({ kind: 'empty', message: 'There are no data to write.' });
  });

  describe('step 5: column unwrap', () => {
    it('accepts sections wrapped in a first column', () => {
      expect(
        checkLayoutData([{ name: 'default_column', type: 'column', elements: [section('main')] }]),
      ).toBeNull();
    });

    it('keeps only the first column', () => {
      const data = [
        { type: 'column', elements: [section('main')] },
        { type: 'column', elements: 'not even an array' },
      ];
      expect(checkLayoutData(data)).toBeNull();
      expect(unwrapColumn(data)).toEqual([section('main')]);
    });

    it('checks what the column holds', () => {
      expect(message([{ type: 'column', elements: [{ type: 'section', title: 'T' }] }])).toBe(
        'Section at index 0 does not have name.',
      );
    });

    it('does not unwrap a column that is not the first entry', () => {
      expect(checkLayoutData([section('main'), { type: 'column', elements: [section('more')] }])).toEqual({
        kind: 'sectionType',
        section: 1,
        message: "Section at index 1 have type 'column'. The expected type is 'section'.",
      });
    });
  });

  describe('rule a: indexed array', () => {
    it('accepts an object with keys "0", "1" in order', () => {
      expect(checkLayoutData({ 0: section('main'), 1: section('more') })).toBeNull();
    });

    it.each([[{ a: section('main') }], [{ 1: section('main') }], [{ 0: section('main'), 2: section('x') }]])(
      'rejects %j',
      (data) => {
        expect(checkLayoutData(data)).toEqual({
          kind: 'notIndexed',
          message: 'The data must be indexed array.',
        });
      },
    );
  });

  describe('rule b: section type', () => {
    it.each([undefined, '', '   ', null])('treats a blank type (%j) as section', (type) => {
      expect(checkLayoutData([{ ...section('main'), type }])).toBeNull();
    });

    it('names the wrong type and the section index', () => {
      expect(checkLayoutData([section('main'), { ...section('x'), type: 'included_area' }])).toEqual({
        kind: 'sectionType',
        section: 1,
        message: "Section at index 1 have type 'included_area'. The expected type is 'section'.",
      });
    });
  });

  describe('rule c: section name', () => {
    it.each([undefined, '', '  \t ', null, []])('rejects name %j', (name) => {
      expect(checkLayoutData([section('main'), { ...section('x'), name }])).toEqual({
        kind: 'sectionName',
        section: 1,
        message: 'Section at index 1 does not have name.',
      });
    });

    it('accepts a name with spaces around it (only blank fails)', () => {
      expect(checkLayoutData([section(' main ')])).toBeNull();
    });
  });

  describe('rule d: section title', () => {
    it.each([undefined, '', '   ', null])('rejects title %j', (title) => {
      expect(checkLayoutData([{ ...section('main'), title }])).toEqual({
        kind: 'sectionTitle',
        section: 0,
        message: 'Section at index 0 does not have title.',
      });
    });
  });

  describe('rule e: elements missing or not an array count as none', () => {
    it.each([undefined, null, 'x', 3])('elements %j', (elements) => {
      expect(checkLayoutData([{ type: 'section', name: 'main', title: 'Main', elements }])).toBeNull();
    });
  });

  describe('rule f: element name', () => {
    it.each([[{}], [{ name: '' }], [{ name: '   ' }], [{ name: null }], ['PHONE']])(
      'rejects element %j with indexes',
      (element) => {
        expect(checkLayoutData([section('main'), section('more', [{ name: 'TITLE' }, element])])).toEqual({
          kind: 'elementName',
          section: 1,
          element: 1,
          message: 'Element at index 1 in section at index 1 does not have name.',
        });
      },
    );

    it('accepts elements as an object with keys "0", "1"', () => {
      expect(checkLayoutData([section('main', { 0: { name: 'TITLE' }, 1: { name: 'PHONE' } })])).toBeNull();
    });

    it('fails at element 0 for an elements object with non-numeric keys', () => {
      expect(message([section('main', { first: { name: 'TITLE' } })])).toBe(
        'Element at index 0 in section at index 0 does not have name.',
      );
    });

    it('keeps extra element keys out of the verdict', () => {
      expect(
        checkLayoutData([section('main', [{ name: 'PHONE', optionFlags: '1', options: [], title: 'Tel' }])]),
      ).toBeNull();
    });
  });

  it('reports the first failing rule, section by section', () => {
    const data = [
      section('main'),
      section('more', [{ name: '' }]),
      { ...section('x'), name: '' },
      { ...section('y'), type: 'bad' },
    ];
    expect(message(data)).toBe('Element at index 0 in section at index 1 does not have name.');
    expect(message([{ type: 'bad', title: '' }])).toBe(
      "Section at index 0 have type 'bad'. The expected type is 'section'.",
    );
    expect(message([{ type: 'section', title: '' }])).toBe('Section at index 0 does not have name.');
    expect(message([{ type: 'section', name: 'a', title: '', elements: [{}] }])).toBe(
      'Section at index 0 does not have title.',
    );
  });

  it('isBlank follows PHP trim((string)$v) === ""', () => {
    expect([undefined, null, '', '  ', false, [], {}].map(isBlank)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['x', ' x ', 0, '0', true, 1].map(isBlank)).toEqual([false, false, false, false, false, false]);
  });
});
