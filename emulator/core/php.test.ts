import { describe, expect, it } from 'vitest';
import { intval, isNumeric, phpBool, PhpObject } from './php';
import { encodePhpJson } from './phpJson';
import { parseStr, urldecode } from './phpParseStr';

describe('parseStr (PHP parse_str)', () => {
  it('reads bracket syntax into arrays and objects', () => {
    expect(
      parseStr('fields[PHONE][0][VALUE]=555&fields[PHONE][0][VALUE_TYPE]=WORK&fields[NAME]=Ann'),
    ).toEqual({
      fields: { PHONE: [{ VALUE: '555', VALUE_TYPE: 'WORK' }], NAME: 'Ann' },
    });
    expect(parseStr('a[]=1&a[]=2&b[x][]=y')).toEqual({ a: ['1', '2'], b: { x: ['y'] } });
    expect(parseStr('data[0][elements][1][name]=X')).toEqual({ data: [{ elements: { 1: { name: 'X' } } }] });
    expect(parseStr('a[]=1&a[5]=2&a[]=3')).toEqual({ a: { 0: '1', 5: '2', 6: '3' } });
  });

  it('decodes like urldecode and keeps every value a string', () => {
    expect(parseStr('q=a+b%20c&n=%D0%98&e=&flag')).toEqual({ q: 'a b c', n: 'И', e: '', flag: '' });
    expect(parseStr('fields[NAME]=Василий')).toEqual({ fields: { NAME: 'Василий' } });
    expect(urldecode('100%')).toBe('100%');
  });

  it('mangles names the PHP way and ignores empty names', () => {
    expect(parseStr('a.b=1&c d=2&e[f=3&=4&g[h]x=5')).toEqual({ a_b: '1', c_d: '2', e_f: '3', g: { h: '5' } });
    expect(Object.keys(parseStr('__proto__[x]=1'))).toEqual(['__proto__']);
  });

  it('later keys win, a scalar becomes an array when indexed', () => {
    expect(parseStr('a=1&a=2')).toEqual({ a: '2' });
    expect(parseStr('a=1&a[b]=2')).toEqual({ a: { b: '2' } });
  });
});

describe('encodePhpJson (json_encode)', () => {
  it('empty arrays and objects are [], sequential keys are lists, PhpObject is {}', () => {
    expect(encodePhpJson({ a: {}, b: [], c: { 0: 'x', 1: 'y' }, d: { 1: 'x' }, e: new PhpObject() })).toBe(
      '{"a":[],"b":[],"c":["x","y"],"d":{"1":"x"},"e":{}}',
    );
  });

  it('escapes slashes, HTML characters and non-ASCII like Bitrix\\Main\\Web\\Json', () => {
    expect(encodePhpJson('a/b <i>&\'"é😀')).toBe(
      '"a\\/b \\u003Ci\\u003E\\u0026\\u0027\\u0022\\u00e9\\ud83d\\ude00"',
    );
    expect(JSON.parse(encodePhpJson('a/b <i>&\'"é😀'))).toBe('a/b <i>&\'"é😀');
  });
});

describe('PHP casts', () => {
  it('intval', () => {
    expect([
      intval('12abc'),
      intval(' 7'),
      intval('abc'),
      intval(true),
      intval(3.9),
      intval('1e3'),
      intval([]),
    ]).toEqual([12, 7, 0, 1, 3, 1000, 0]);
  });
  it('(bool): "false" is true, "0" and "" are false', () => {
    expect([
      phpBool('false'),
      phpBool('0'),
      phpBool(''),
      phpBool(0),
      phpBool('1'),
      phpBool([]),
      phpBool({ a: 1 }),
    ]).toEqual([true, false, false, false, true, false, true]);
  });
  it('is_numeric', () => {
    expect(['1', ' 1', '1 ', '-2.5', '.5', '1e3', 1, 0].every(isNumeric)).toBe(true);
    expect(['', 'abc', '1a', '0x1A', '.', true, null].some(isNumeric)).toBe(false);
  });
});
