import { describe, expect, it } from 'vitest';
import { CHANGE_TEXT } from '../../domain/diff';
import { IMPORT_PROBLEM_TEXT } from '../../domain/layoutJson';
import { describeConflict, type MergeConflict } from '../../domain/merge';
import { translate } from '../../i18n/i18nStore';
import { en } from '../../i18n/messages/en';
import { countOf } from './ChangeList';
import { conflictSentence } from './conflictText';
import { formatWhen } from './formatWhen';

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

describe('the dialogs catalogue and the domain', () => {
  it('has the English of every change sentence and every import problem as the domain words it', () => {
    for (const [code, text] of Object.entries(CHANGE_TEXT)) {
      expect({ code, text: en[`dialogs.change.${code}` as keyof typeof en] }).toEqual({ code, text });
    }
    for (const [code, text] of Object.entries(IMPORT_PROBLEM_TEXT)) {
      expect({ code, text: en[`dialogs.import.problem.${code}` as keyof typeof en] }).toEqual({ code, text });
    }
  });

  it('words conflicts in English exactly as the domain does, and in Russian around the same values', () => {
    const t = translate('en');
    expect(CONFLICTS.map((c) => conflictSentence(t, c, labelOf))).toEqual(
      CONFLICTS.map((c) => describeConflict(c, labelOf)),
    );
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
