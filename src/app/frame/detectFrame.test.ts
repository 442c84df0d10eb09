import { describe, expect, it } from 'vitest';
import { detectFrame } from './detectFrame';

const NAME = 'b24-x.bitrix24.com|1|abc123';
const QUERY = '?DOMAIN=b24-x.bitrix24.com&PROTOCOL=1&LANG=ru&APP_SID=abc123';

describe('detectFrame', () => {
  it('reads the portal from the iframe name and the query', () => {
    expect(detectFrame(NAME, QUERY, true)).toEqual({
      domain: 'b24-x.bitrix24.com',
      protocol: 1,
      appSid: 'abc123',
      lang: 'ru',
      portalOrigin: 'https://b24-x.bitrix24.com',
    });
  });

  it('keeps a port and writes the origin as MessageEvent.origin does', () => {
    const f = detectFrame('127.0.0.1:5173|0|s1', '?DOMAIN=127.0.0.1:5173&PROTOCOL=0&APP_SID=s1', true);
    expect(f?.portalOrigin).toBe('http://127.0.0.1:5173');
    expect(f?.lang).toBeNull();
    expect(detectFrame('x.com:443|1|s1', '?DOMAIN=x.com:443&APP_SID=s1', true)?.portalOrigin).toBe(
      'https://x.com',
    );
  });

  it('is not a frame without every sign', () => {
    expect(detectFrame(NAME, QUERY, false)).toBeNull(); // top-level window
    expect(detectFrame('', QUERY, true)).toBeNull();
    expect(detectFrame(NAME, '?DOMAIN=b24-x.bitrix24.com', true)).toBeNull();
    expect(detectFrame(NAME, '?APP_SID=abc123', true)).toBeNull();
  });

  it('refuses a query that disagrees with the iframe name', () => {
    expect(detectFrame(NAME, '?DOMAIN=evil.example&APP_SID=abc123', true)).toBeNull();
    expect(detectFrame(NAME, '?DOMAIN=b24-x.bitrix24.com&APP_SID=other', true)).toBeNull();
    expect(detectFrame(NAME, '?DOMAIN=b24-x.bitrix24.com&APP_SID=abc123&PROTOCOL=0', true)).toBeNull();
  });

  it('refuses hosts and ids that could break the origin or the wire format', () => {
    expect(detectFrame('a.com/x|1|s', '?DOMAIN=a.com/x&APP_SID=s', true)).toBeNull();
    expect(detectFrame('u@a.com|1|s', '?DOMAIN=u@a.com&APP_SID=s', true)).toBeNull();
    expect(detectFrame('a.com|1|s:x', '?DOMAIN=a.com&APP_SID=s:x', true)).toBeNull();
    expect(detectFrame('a.com|2|s', '?DOMAIN=a.com&APP_SID=s', true)).toBeNull();
  });

  it('ignores a LANG that is not a language tag', () => {
    expect(detectFrame(NAME, `${QUERY.replace('LANG=ru', 'LANG=<b>')}`, true)?.lang).toBeNull();
    expect(detectFrame(NAME, `${QUERY.replace('LANG=ru', 'LANG=DE')}`, true)?.lang).toBe('de');
  });
});
