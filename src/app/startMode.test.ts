import { describe, expect, it } from 'vitest';
import { isDemoAvailable } from './demoProbe';
import { applyPortalLang } from './locale';
import { chooseStart } from './startMode';

const FRAME = {
  domain: 'x.com',
  protocol: 1 as const,
  appSid: 's',
  lang: 'ru',
  portalOrigin: 'https://x.com',
};
const SAVED = { url: 'https://x.com/rest/1/abc/', userName: 'A', remembered: false };

describe('start mode', () => {
  it('prefers the frame, then a saved webhook, then the demo, else the connection screen', () => {
    expect(chooseStart({ frame: FRAME, saved: SAVED, demoAvailable: true }).kind).toBe('frame');
    expect(chooseStart({ frame: null, saved: SAVED, demoAvailable: true }).kind).toBe('webhook');
    expect(chooseStart({ frame: null, saved: null, demoAvailable: true }).kind).toBe('demo');
    expect(chooseStart({ frame: null, saved: null, demoAvailable: false }).kind).toBe('connect');
  });
});

describe('demo probe', () => {
  const answer = (ok: boolean, body: unknown) => async () => ({ ok, json: async () => body });
  it('finds the emulator only by its marker', async () => {
    expect(await isDemoAvailable('http://127.0.0.1:5173', answer(true, { emulator: true }))).toBe(true);
    expect(await isDemoAvailable('https://host.example', answer(false, null))).toBe(false);
    expect(await isDemoAvailable('https://host.example', answer(true, '<!doctype html>'))).toBe(false);
    const broken = async () => ({ ok: true, json: () => Promise.reject(new SyntaxError('html')) });
    expect(await isDemoAvailable('https://host.example', broken)).toBe(false);
    expect(
      await isDemoAvailable('https://host.example', () => Promise.reject(new TypeError('offline'))),
    ).toBe(false);
  });
});

describe('portal language', () => {
  it('records LANG and marks the page with the interface language that fits it', () => {
    const root = { lang: 'en', dataset: {} as Record<string, string> };
    const doc = { documentElement: root } as unknown as Document;
    expect(applyPortalLang('RU', doc)).toEqual({ portalLang: 'ru', interfaceLang: 'ru' });
    expect(root).toEqual({ lang: 'ru', dataset: { portalLang: 'ru' } });
    applyPortalLang('ua', doc);
    expect(root.lang).toBe('ru');
    expect(applyPortalLang('de', doc)).toEqual({ portalLang: 'de', interfaceLang: 'en' });
    expect(root).toEqual({ lang: 'en', dataset: { portalLang: 'de' } });
  });
});
