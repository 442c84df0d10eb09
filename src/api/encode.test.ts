import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeForm, encodeBatchCommand, encodeForm, phpToJson, type PhpValue } from './encode';
import { runs } from '../testing/propertyRuns';

describe('encodeForm', () => {
  it('writes nested objects and arrays in PHP bracket syntax', () => {
    const body = encodeForm({
      id: 7,
      fields: { TITLE: 'Acme', PHONE: [{ VALUE: '+1 555 0100', VALUE_TYPE: 'WORK' }] },
    });
    expect(body).toBe(
      'id=7&fields[TITLE]=Acme&fields[PHONE][0][VALUE]=%2B1%20555%200100&fields[PHONE][0][VALUE_TYPE]=WORK',
    );
  });

  it('encodes booleans as 1/0, null as an empty value, and drops undefined and empty containers', () => {
    const body = encodeForm({
      halt: false,
      on: true,
      clear: null,
      skip: undefined,
      none: [],
      empty: {},
      fn: () => 1,
    });
    expect(body).toBe('halt=0&on=1&clear=');
    expect(decodeForm(body)).toEqual({ halt: '0', on: '1', clear: '' });
  });

  it('percent-encodes special characters in keys and values, keeping brackets literal', () => {
    const body = encodeForm({ filter: { '>ID': 5, '%TITLE': 'a&b=c?d#e+f%g[h]' } });
    expect(body).toBe('filter[%3EID]=5&filter[%25TITLE]=a%26b%3Dc%3Fd%23e%2Bf%25g%5Bh%5D');
    expect(decodeForm(body)).toEqual({ filter: { '>ID': '5', '%TITLE': 'a&b=c?d#e+f%g[h]' } });
  });

  it('encodes unicode as UTF-8 percent escapes', () => {
    const body = encodeForm({ title: 'Контакты 📞 Grüße' });
    expect(body).toBe(`title=${encodeURIComponent('Контакты 📞 Grüße')}`);
    expect(decodeForm(body)).toEqual({ title: 'Контакты 📞 Grüße' });
  });

  it('writes dates as ISO strings and refuses cyclic values', () => {
    expect(encodeForm({ at: new Date(Date.UTC(2024, 4, 23, 16, 18, 25)) })).toBe(
      'at=2024-05-23T16%3A18%3A25.000Z',
    );
    const loop: Record<string, unknown> = {};
    loop['self'] = loop;
    expect(() => encodeForm({ loop })).toThrow(/cyclic/);
  });
});

describe('encodeBatchCommand', () => {
  it('builds method?query strings, and the bare method without parameters', () => {
    expect(encodeBatchCommand('crm.lead.list', { filter: { '>ID': 5 }, select: ['ID', 'TITLE'] })).toBe(
      'crm.lead.list?filter[%3EID]=5&select[0]=ID&select[1]=TITLE',
    );
    expect(encodeBatchCommand('profile')).toBe('profile');
    expect(encodeBatchCommand('profile', { nothing: [] })).toBe('profile');
  });

  it('survives the second encoding as a cmd value (what the portal parses twice)', () => {
    const cmd = encodeBatchCommand('crm.lead.get', { id: 1, note: 'a&b' });
    const outer = decodeForm(encodeForm({ halt: 0, cmd: { one: cmd } }));
    expect(outer).toEqual({ halt: '0', cmd: { one: 'crm.lead.get?id=1&note=a%26b' } });
    const inner = ((outer['cmd'] as Record<string, string>)['one'] ?? '').split('?')[1] ?? '';
    expect(decodeForm(inner)).toEqual({ id: '1', note: 'a&b' });
  });
});

describe('decodeForm', () => {
  it('reads key[] as append and json-encodes sequential keys as lists, like PHP', () => {
    const decoded = decodeForm('a[]=x&a[]=y&b[k]=1&c');
    expect(decoded).toEqual({ a: { '0': 'x', '1': 'y' }, b: { k: '1' }, c: '' });
    expect(phpToJson(decoded)).toEqual({ a: ['x', 'y'], b: { k: '1' }, c: '' });
    expect(phpToJson({})).toEqual([]);
  });

  it('inverts encodeForm for any tree of strings (property)', () => {
    const key = fc.string({ minLength: 1, maxLength: 6 }).filter((k) => !/[[\]]/.test(k) && !/^\d+$/.test(k));
    const tree = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.string(),
        fc.array(tie('node'), { minLength: 1, maxLength: 3 }),
        fc.dictionary(key, tie('node'), { minKeys: 1, maxKeys: 3 }),
      ),
    })).node;
    fc.assert(
      fc.property(fc.dictionary(key, tree, { minKeys: 1, maxKeys: 4 }), (params) => {
        expect(phpToJson(decodeForm(encodeForm(params)) as PhpValue)).toEqual(params);
      }),
      { numRuns: runs(100) },
    );
  });
});
