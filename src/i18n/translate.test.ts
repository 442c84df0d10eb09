import { describe, expect, it } from 'vitest';
import { detectLang } from './detectLang';
import { en } from './messages/en';
import { ru } from './messages/ru';
import { format } from './translate';
import type { Message } from './types';

describe('format', () => {
  it('fills slots and picks plural forms by the rules of each language', () => {
    const fields = { one: '{count} field', other: '{count} fields' };
    expect(format('en', fields, { count: 1 })).toBe('1 field');
    expect(format('en', fields, { count: 1200 })).toBe('1,200 fields');
    const ruFields = {
      one: '{count} поле',
      few: '{count} поля',
      many: '{count} полей',
      other: '{count} поля',
    };
    expect([1, 2, 5, 21, 22, 25, 1.5].map((count) => format('ru', ruFields, { count }))).toEqual([
      '1 поле',
      '2 поля',
      '5 полей',
      '21 поле',
      '22 поля',
      '25 полей',
      '1,5 поля',
    ]);
    expect(format('en', 'Hello {name}', { name: '<b>x</b>' })).toBe('Hello <b>x</b>');
    expect(format('en', 'Missing {slot}')).toBe('Missing {slot}');
  });
});

describe('detectLang', () => {
  it('prefers the user choice, then the portal, then the browser', () => {
    expect(detectLang('ru', 'en', ['en-US'])).toBe('ru');
    expect(detectLang(null, 'ru', ['en-US'])).toBe('ru');
    expect(detectLang(null, 'ua', ['en-US'])).toBe('ru');
    expect(detectLang(null, 'de', ['ru-RU'])).toBe('en');
    expect(detectLang(null, null, ['ru-RU', 'en'])).toBe('ru');
    expect(detectLang('fr', null, ['fr-FR'])).toBe('en');
  });
});

describe('catalogues', () => {
  it('Russian has every English message, with the same slots in every plural form', () => {
    const slots = (m: string) => [...new Set([...m.matchAll(/\{(\w+)\}/g)].map((x) => x[1]))].sort();
    const forms = (m: Message | undefined) =>
      m === undefined ? [] : typeof m === 'string' ? [m] : Object.values(m);
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      const expected = slots(forms(en[key]).join(' '));
      expect({ key, found: ru[key] !== undefined }).toEqual({ key, found: true });
      for (const form of forms(ru[key]))
        expect({ key, slots: slots(form) }).toEqual({ key, slots: expected });
    }
  });

  it('Russian plurals have the forms Russian needs', () => {
    for (const [key, message] of Object.entries(ru)) {
      if (typeof message === 'string') continue;
      expect({ key, few: message.few !== undefined, many: message.many !== undefined }).toEqual({
        key,
        few: true,
        many: true,
      });
    }
  });

  it('Russian leaves no English sentence untranslated', () => {
    // names, codes and sample data that read the same in both languages
    const same = new Set([
      'app.title',
      'ui.kind.utm',
      'dialogs.history.size',
      'preview.record.numbered',
      'cards.name.dynamic',
    ]);
    const latin = new Set(['preview.sample.email', 'preview.sample.website', 'preview.sample.telegram']);
    const forms = (m: Message) => (typeof m === 'string' ? [m] : Object.values(m));
    // a form with words of its own (beyond its slots) has Russian ones
    const english = (form: string) => {
      const words = form.replace(/\{\w+\}/g, '');
      return /[A-Za-z]{4,}/.test(words) && !/[А-Яа-яЁё]/.test(words);
    };
    const untranslated = (Object.keys(en) as (keyof typeof en)[]).filter((key) => {
      const message = ru[key];
      if (same.has(key) || message === undefined) return false;
      if (JSON.stringify(message) === JSON.stringify(en[key])) return true;
      return !latin.has(key) && forms(message).some(english);
    });
    expect(untranslated).toEqual([]);
  });
});
