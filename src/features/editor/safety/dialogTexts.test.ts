import { describe, expect, it } from 'vitest';
import type { ChangeCode } from '../../../domain/changeText';
import { diffLayouts } from '../../../domain/diff';
import type { MergeConflict } from '../../../domain/merge/index';
import { translate } from '../../../i18n/i18nStore';
import { aLayout, replay } from '../../../testing/builders';
import { changeSentence, countOf } from './ChangeList';
import { conflictSentence } from './conflictText';
import { formatWhen } from '../document/formatWhen';

const labelOf = (code: string) => ({ PHONE: 'Phone', EMAIL: 'E-mail' })[code] ?? code;
const main = { id: 's1', name: 'main', title: 'About the lead' };
const more = { id: 's2', name: 'more', title: '' };

/** One conflict of every kind (and both wordings of the two-sided ones). */
const CONFLICTS: readonly MergeConflict[] = [
  {
    id: 'a',
    choice: 'mine',
    kind: 'fieldPlacement',
    field: 'PHONE',
    base: null,
    mine: { section: more, index: 0 },
    theirs: null,
  },
  {
    id: 'b',
    choice: 'mine',
    kind: 'fieldOption',
    field: 'PHONE',
    key: 'defaultCountry',
    base: 'DE',
    mine: 'RU',
    theirs: undefined,
  },
  {
    id: 'e',
    choice: 'mine',
    kind: 'sectionTitle',
    section: main,
    base: 'About',
    mine: 'Lead',
    theirs: 'The lead',
  },
  {
    id: 'f',
    choice: 'mine',
    kind: 'sectionName',
    section: main,
    base: 'main',
    mine: 'lead',
    theirs: 'about',
  },
  { id: 'h', choice: 'mine', kind: 'sectionPresence', section: main, removedBy: 'mine' },
  { id: 'i', choice: 'mine', kind: 'sectionPresence', section: more, removedBy: 'theirs' },
];

/** Slot values for each change code (every code, as the type demands). */
const SLOTS: Readonly<Record<ChangeCode, Readonly<Record<string, string>>>> = {
  sectionAdded: { section: 'More' },
  sectionRemoved: { section: 'More' },
  sectionRenamed: { before: 'About', after: 'Lead' },
  sectionNameChanged: { section: 'More', before: 'main', after: 'lead' },
  sectionMoved: { section: 'More', from: '2', to: '1' },
  fieldAdded: { field: 'Phone', section: 'More' },
  fieldRemoved: { field: 'Phone', section: 'More' },
  fieldMoved: { field: 'Phone', from: 'About the lead', to: 'More' },
  fieldReordered: { field: 'Phone', from: '2', to: '1', section: 'More' },
  alwaysShown: { field: 'Phone' },
  hiddenWhenEmpty: { field: 'Phone' },
  flagsChanged: { field: 'Phone', before: '0', after: '3' },
  optionsChanged: { field: 'Phone', keys: 'a, defaultCountry' },
  optionSet: { field: 'Phone', key: 'defaultCountry', value: '"DE"' },
  optionRemoved: { field: 'Phone', key: 'defaultCountry' },
  optionChanged: { field: 'Phone', key: 'defaultCountry', before: '"DE"', after: '"RU"' },
};
const CODES = Object.keys(SLOTS) as ChangeCode[];

/** The sentence of each change above, in the same order, in English and in Russian. */
const ENGLISH_CHANGES = [
  'Section "More" added',
  'Section "More" removed',
  'Section "About" renamed to "Lead"',
  'Section "More": portal name changed from main to lead',
  'Section "More" moved from position 2 to 1',
  'Phone added to More',
  'Phone removed from More',
  'Phone moved from About the lead to More',
  'Phone moved from position 2 to 1 in More',
  'Phone is now always shown',
  'Phone is now hidden when empty',
  'Phone: option flags changed from 0 to 3',
  'Phone: options a, defaultCountry changed',
  'Phone: option defaultCountry set to "DE"',
  'Phone: option defaultCountry removed',
  'Phone: option defaultCountry changed from "DE" to "RU"',
];
const RUSSIAN_CHANGES = [
  'Раздел «More» добавлен',
  'Раздел «More» удалён',
  'Раздел «About» переименован в «Lead»',
  'Раздел «More»: имя на портале изменено с main на lead',
  'Раздел «More» перемещён с позиции 2 на позицию 1',
  'Phone: добавлено в «More»',
  'Phone: удалено из «More»',
  'Phone: перемещено из «About the lead» в «More»',
  'Phone: перемещено с позиции 2 на позицию 1 в «More»',
  'Phone: «Показывать всегда» включено',
  'Phone: «Показывать всегда» выключено',
  'Phone: флаги настроек изменены с 0 на 3',
  'Phone: изменены параметры a, defaultCountry',
  'Phone: параметру defaultCountry задано значение "DE"',
  'Phone: параметр defaultCountry удалён',
  'Phone: параметр defaultCountry изменён с "DE" на "RU"',
];

/** What the conflicts above say in English (sections by title, or by portal name when untitled). */
const ENGLISH_CONFLICTS = [
  'Phone: you put it in more at position 1; they took it off the card.',
  'Phone, option defaultCountry: yours "RU", theirs none.',
  'Section title: yours "Lead", theirs "The lead".',
  'Section "About the lead", portal name: yours lead, theirs about.',
  'You removed section "About the lead"; they changed it.',
  'They removed section "more"; you changed it.',
];

describe('the dialogs catalogue', () => {
  it('words every kind of change in English and in Russian around the same values', () => {
    for (const [lang, sentences] of [
      ['en', ENGLISH_CHANGES],
      ['ru', RUSSIAN_CHANGES],
    ] as const) {
      const t = translate(lang);
      expect(CODES.map((code) => [code, t(`dialogs.change.${code}`, SLOTS[code])])).toEqual(
        CODES.map((code, i) => [code, sentences[i]]),
      );
    }
  });

  it('says a change of a layout with the card labels and section titles', () => {
    const before = aLayout()
      .section('main', ['TITLE', 'PHONE'], { title: 'About the lead' })
      .section('more', [], { title: 'More' })
      .build();
    const after = replay(before, { type: 'moveField', field: 'PHONE', to: { section: 'more', index: 0 } });
    const [change] = diffLayouts(before, after);
    if (!change) throw new Error('no change');
    expect(changeSentence(translate('en'), change, labelOf)).toBe('Phone moved from About the lead to More');
    expect(changeSentence(translate('ru'), change, labelOf)).toBe(
      'Phone: перемещено из «About the lead» в «More»',
    );
  });

  it('words why a file cannot be imported, quoting the values and the portal as they are', () => {
    const [en, ru] = [translate('en'), translate('ru')];
    expect(en('dialogs.import.problem.notJsonAt', { line: '3', column: '7' })).toBe(
      'The file is not valid JSON (line 3, column 7).',
    );
    expect(en('dialogs.import.problem.portalRefuses', { detail: 'There are no data to write.' })).toBe(
      'The portal would refuse this layout: There are no data to write.',
    );
    expect(en('dialogs.import.problem.newerVersion', { version: '3', supported: '1' })).toBe(
      'The layout file has format version 3; this app reads version 1. Update the app to import it.',
    );
    expect(ru('dialogs.import.problem.portalRefuses', { detail: 'There are no data to write.' })).toBe(
      'Портал не примет этот вид карточки: There are no data to write.',
    );
    expect(ru('dialogs.import.problem.notJsonAt', { line: '3', column: '7' })).toBe(
      'В файле некорректный JSON (строка 3, столбец 7).',
    );
  });

  it('words conflicts in English and in Russian around the same values', () => {
    const t = translate('en');
    expect(CONFLICTS.map((c) => conflictSentence(t, c, labelOf))).toEqual(ENGLISH_CONFLICTS);
    const ru = translate('ru');
    expect(CONFLICTS.map((c) => conflictSentence(ru, c, labelOf))).toEqual([
      'Phone: вы поместили его в «more» на позицию 1; они убрали его из карточки.',
      'Phone, параметр defaultCountry: у вас "RU", у них нет.',
      'Название раздела: у вас «Lead», у них «The lead».',
      'Раздел «About the lead», имя на портале: у вас lead, у них about.',
      'Вы удалили раздел «About the lead», а они его изменили.',
      'Они удалили раздел «more», а вы его изменили.',
    ]);
  });
});

describe('countOf', () => {
  it('counts with the plural forms of each language, and says "none" in words', () => {
    const en = translate('en');
    expect([0, 1, 3].map((n) => countOf(en, n, 'changes'))).toEqual(['no changes', '1 change', '3 changes']);
    const ru = translate('ru');
    expect([0, 1, 3, 5, 21].map((n) => countOf(ru, n, 'differences'))).toEqual([
      'отличий нет',
      '1 отличие',
      '3 отличия',
      '5 отличий',
      '21 отличие',
    ]);
    expect([1, 2, 11].map((n) => countOf(ru, n, 'fields'))).toEqual(['1 поле', '2 поля', '11 полей']);
  });
});

describe('formatWhen', () => {
  const at = new Date(2025, 4, 12, 14, 3, 9).toISOString();
  it('gives the time of day, with the date when it is not today, in the interface language', () => {
    const sameDay = new Date(2025, 4, 12, 18, 0);
    const later = new Date(2025, 5, 1);
    expect(formatWhen(at, 'en', { now: sameDay })).toBe('02:03 PM');
    expect(formatWhen(at, 'en', { now: later })).toBe('May 12, 2025, 02:03 PM');
    expect(formatWhen(at, 'en', { now: later, seconds: true })).toBe('May 12, 2025, 02:03:09 PM');
    expect(formatWhen(at, 'ru', { now: sameDay })).toBe('14:03');
    expect(formatWhen(at, 'ru', { now: later, seconds: true })).toBe('12 мая 2025 г., 14:03:09');
  });
});
