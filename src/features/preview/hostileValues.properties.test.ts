import fc from 'fast-check';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Status } from '../../api/schemas/status';
import type { User } from '../../api/schemas/user';
import { translate } from '../../i18n/i18nStore';
import { formatDate, formatDateTime, formatMoney, formatNumber, safeHref } from './formatters';
import { formatValue, type FormatContext } from './formatValue';
import { htmlToText } from './htmlText';
import { toForm } from './leadForm';
import { leadCaption, leadPerson } from './leadSearch';
import { buildReferences, personName } from './references';
import { safeColor } from './safeColor';
import { catalogFor, PORTAL_FIELDS } from './testFixtures';
import { ValueView } from './ValueView';

/**
 * Whatever a hostile portal stores in a lead, a user or a stage, every formatter of the preview
 * returns text and never throws (issue 20: one `&#99999999;` in `COMMENTS` blanked the app).
 * Inputs mix numeric entities out of range, surrogates, lone surrogates, bidi controls, markup,
 * huge strings and values of the wrong type.
 */

const SEED = { seed: 20_2026, numRuns: 300 } as const;

const codePointLike = fc.oneof(
  fc.integer({ min: 0, max: 0x10ffff }),
  fc.integer({ min: 0xd800, max: 0xdfff }),
  fc.integer({ min: 0x110000, max: Number.MAX_SAFE_INTEGER }),
  fc.constantFrom(0, 0x10ffff, 0x110000, 99_999_999),
);
const entity = fc.oneof(
  codePointLike.map((n) => `&#${n};`),
  codePointLike.map((n) => `&#x${n.toString(16)};`),
  codePointLike.map((n) => `&#X${n.toString(16).toUpperCase()};`),
  fc.constantFrom('&#;', '&#x;', '&#0000000000065;', '&#99999999999999999999999;', '&amp;', '&bogus;', '&'),
);
const fragment = fc.oneof(
  entity,
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.constantFrom(
    '\uD800',
    '\uDFFF',
    '\u202E',
    '\u2066',
    '<',
    '>',
    '<br>',
    '</p>',
    '<img src=x>',
    ' ',
    '\t',
    '\n',
  ),
);
const hostileText = fc.array(fragment, { maxLength: 24 }).map((parts) => parts.join(''));
/** Values of any type a JSON answer can hold, strings often hostile. */
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: hostileText },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  { weight: 1, arbitrary: fc.array(hostileText, { maxLength: 3 }) },
  {
    weight: 1,
    arbitrary: fc.array(
      fc.record({ ID: anyJsonScalar(), VALUE: anyJsonScalar(), VALUE_TYPE: anyJsonScalar() }),
      {
        maxLength: 3,
      },
    ),
  },
);
function anyJsonScalar(): fc.Arbitrary<unknown> {
  return fc.oneof(hostileText, fc.integer(), fc.constant(null), fc.boolean());
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const catalog = catalogFor('simple');
const DATA_KEYS = [
  ...Object.keys(PORTAL_FIELDS),
  'PHONE',
  'EMAIL',
  'WEB',
  'IM',
  'LINK',
  'CONTACT_IDS',
  'CONTACT_ID',
];

const hostileStatus = fc.record({
  STATUS_ID: fc.constantFrom('NEW', 'IN_PROCESS', 'JUNK'),
  NAME: hostileText,
  COLOR: fc.oneof(hostileText, fc.constantFrom('red url(https://example.invalid/x.png)', '#fff', '#a1b2c3')),
  SORT: hostileText,
});
const hostileUser = fc.record({ ID: fc.constantFrom('1', '4'), NAME: hostileText, LAST_NAME: hostileText });

describe('htmlToText on hostile HTML', () => {
  it('decodes a numeric reference as a browser does: U+FFFD for 0, surrogates and past U+10FFFF', () => {
    fc.assert(
      fc.property(codePointLike, (n) => {
        const valid = n !== 0 && n <= 0x10ffff && (n < 0xd800 || n > 0xdfff);
        const expected = valid ? String.fromCodePoint(n) : '\uFFFD';
        expect(htmlToText(`a&#${n};b`)).toBe(`a${expected}b`);
        expect(htmlToText(`a&#x${n.toString(16)};b`)).toBe(`a${expected}b`);
      }),
      SEED,
    );
    expect(htmlToText('&#99999999;')).toBe('\uFFFD');
    expect(htmlToText('x&#55296;y&#xDFFF;z&#0;')).toBe('x\uFFFDy\uFFFDz\uFFFD');
  });

  it('never throws, never leaves a tag, and its text is as well-formed as its input', () => {
    fc.assert(
      fc.property(hostileText, (html) => {
        const text = htmlToText(html);
        expect(typeof text).toBe('string');
        expect(text).not.toMatch(/<[^<>]*>/);
        // a lone surrogate comes only from the input, never from a decoded entity
        expect(!LONE_SURROGATE.test(text) || LONE_SURROGATE.test(html)).toBe(true);
      }),
      SEED,
    );
  });

  it('gets through huge comments of tags that never close and blanks that never end', () => {
    const huge = 200_000;
    expect(htmlToText('<'.repeat(huge))).toBe('<'.repeat(huge));
    expect(htmlToText(`x${' '.repeat(huge)}y`)).toBe(`x${' '.repeat(huge)}y`);
    expect(htmlToText(`${'&#x1'.repeat(huge / 4)};`)).toHaveLength(huge - 3);
  });
});

describe('formatters on hostile values', () => {
  const locales = fc.constantFrom('en-US', 'ru-RU', undefined);

  it('numbers, money, dates, date-times and links come back as text for any input', () => {
    fc.assert(
      fc.property(hostileText, hostileText, locales, fc.integer({ min: 0, max: 20 }), (a, b, locale, p) => {
        for (const s of [a, `${a}2024-01-31T10:00`, '1e400', '-0', String(Number.MAX_VALUE)]) {
          expect(typeof formatNumber(s, locale, p)).toBe('string');
          expect(typeof formatMoney(s, b, locale)).toBe('string');
          expect(typeof formatDate(s, locale)).toBe('string');
          expect(typeof formatDateTime(s, locale)).toBe('string');
          const href = safeHref(s);
          expect(href ?? 'https://').toMatch(/^https?:\/\//);
        }
        expect(typeof formatDate('9999-99-99', locale)).toBe('string');
        expect(typeof formatDateTime('0000-00-00T99:99', locale)).toBe('string');
      }),
      SEED,
    );
  });

  it('a colour reaches a style only as #rgb or #rrggbb', () => {
    fc.assert(
      fc.property(fc.oneof(hostileText, fc.jsonValue({ maxDepth: 1 })), (raw) => {
        const c = safeColor(raw);
        expect(c ?? '#000').toMatch(/^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i);
      }),
      SEED,
    );
    expect(safeColor('red url(https://example.invalid/x.png)')).toBeUndefined();
    expect(safeColor('#2FC6F6')).toBe('#2FC6F6');
    expect(safeColor('#abc')).toBe('#abc');
    expect(safeColor('#abcd')).toBeUndefined();
  });

  it('lead captions and people come back as text for any lead or user', () => {
    const t = translate('en');
    fc.assert(
      fc.property(
        fc.option(hostileText, { nil: null }),
        anyValue,
        anyValue,
        hostileUser,
        (title, name, last, user) => {
          const lead = { ID: '7', TITLE: title, NAME: name, LAST_NAME: last };
          expect(typeof leadCaption(lead, t)).toBe('string');
          expect(typeof leadPerson(lead)).toBe('string');
          expect(typeof personName(user, t)).toBe('string');
        },
      ),
      SEED,
    );
  });
});

describe('every card field of a hostile lead', () => {
  it('formats and renders as text, in English and Russian, with hostile stages and users', () => {
    const lead = fc.dictionary(fc.constantFrom(...DATA_KEYS), anyValue, { maxKeys: DATA_KEYS.length });
    fc.assert(
      fc.property(
        lead,
        fc.array(hostileStatus, { maxLength: 3 }),
        fc.array(hostileUser, { maxLength: 2 }),
        fc.constantFrom('en', 'ru') as fc.Arbitrary<'en' | 'ru'>,
        (raw, statuses, users, lang) => {
          const refs = buildReferences(
            statuses.map((s, i): Status => ({ ...s, ID: String(i), ENTITY_ID: 'STATUS', SYSTEM: 'N' })),
            users.map((u): User => ({ ...u, ACTIVE: true })),
          );
          const ctx: FormatContext = {
            locale: lang === 'ru' ? 'ru-RU' : 'en-US',
            fields: PORTAL_FIELDS,
            refs,
            t: translate(lang),
          };
          const form = toForm({ ...raw, ID: '7' }, PORTAL_FIELDS);
          for (const field of catalog.byCode.values()) {
            const value = formatValue(field, form, ctx);
            if (value === null) continue;
            const color = (value.type === 'text' ? value.color : undefined) ?? '#000';
            expect(safeColor(color)).toBe(color);
            const html = renderToStaticMarkup(createElement(ValueView, { value }));
            for (const [, style] of html.matchAll(/style="([^"]*)"/g))
              expect(style).toMatch(/^background:#[0-9a-f]{3,6}$/i);
          }
        },
      ),
      { ...SEED, numRuns: 100 },
    );
  });
});
