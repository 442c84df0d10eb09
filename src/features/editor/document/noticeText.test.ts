import { describe, expect, it } from 'vitest';
import { fromPortal } from '../../../api/methods/layoutMapping';
import { PortalLayoutSchema } from '../../../api/schemas/layout';
import { translate } from '../../../i18n/i18nStore';
import { noticeText } from './noticeText';

// one layout that makes every kind of remark
const ODD = PortalLayoutSchema.parse([
  {
    type: 'column',
    name: 'c',
    elements: [
      {
        type: 'section',
        name: 'main',
        title: 'Main',
        elements: [
          { name: 'NAME', title: 'Given name' },
          { name: 'PHONE' },
          { name: 'UTM', optionFlags: 'abc' },
        ],
      },
      { type: 'section', name: 'more', elements: [{ name: 'PHONE' }, { name: ' ' }] },
      { type: 'section', name: 'more', elements: [] },
      { type: 'included_area', name: 'area', elements: [] },
    ],
  },
]);

describe('remarks on a layout read from the portal', () => {
  const { notices } = fromPortal(ODD);

  it('every kind is made by the odd layout above', () => {
    expect(new Set(notices.map((n) => n.code))).toEqual(
      new Set([
        'column',
        'sameName',
        'sectionType',
        'blankElement',
        'placedTwice',
        'flagsNotNumber',
        'renamedLabel',
      ]),
    );
  });

  it('reads in English, with the portal names and labels as stored', () => {
    const en = translate('en');
    expect(notices.map((n) => noticeText(en, n))).toEqual([
      'The layout was stored inside a column; only the first column is shown, as the portal does.',
      'Field NAME has a label renamed in the portal ("Given name"); saving through the REST API resets it.',
      'Field UTM has optionFlags "abc", which is not a number; it is read as 0.',
      'Field PHONE is placed twice (sections "main" and "more"); only the first is kept.',
      'An element without a field name in section "more" was dropped.',
      'Two sections are named "more"; both are kept.',
      'Section "area" has type "included_area"; the portal does not accept it in a saved layout.',
    ]);
    expect(noticeText(en, { code: 'columnEmpty', params: {} })).toBe(
      'The column held no readable sections; the layout is read as empty.',
    );
  });

  it('reads in Russian, with the portal names and labels as stored', () => {
    const ru = notices.map((n) => noticeText(translate('ru'), n));
    expect(ru).toContain(
      'У поля NAME на портале изменено название («Given name»); сохранение через REST API его сбросит.',
    );
    expect(ru).toContain('Поле PHONE стоит дважды (разделы «main» и «more»); оставлено первое.');
    expect(ru).toContain('Два раздела называются «more»; оставлены оба.');
    expect(ru.every((text) => !/[A-Z][a-z]+ [a-z]+ [a-z]+/.test(text.replace(/«[^»]*»/g, '')))).toBe(true);
  });
});
