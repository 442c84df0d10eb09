import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aField, aLayout, anElement, fieldsBySection, portalFieldsOf } from '../../testing/builders';
import { REPEAT_LEADS, SIMPLE_LEADS, type CardType } from '../cardType';
import { copyForCard } from '../copyLayout';
import { lintLayout } from '../lint';
import { cardFieldsOf, defaultLayoutOf, isUserFieldCodeOf, sectionTitlesOf } from '.';

const ALL_CARDS: readonly CardType[] = [
  { entity: 'lead', leadType: 'simple' },
  { entity: 'lead', leadType: 'repeat' },
  { entity: 'deal', categoryId: 0 },
  { entity: 'contact' },
  { entity: 'company' },
  { entity: 'quote' },
  { entity: 'invoice' },
  { entity: 'dynamic', entityTypeId: 128, categoryId: 0 },
];

/** Any set of user fields (code suffix, label, flags); codes fit every card's user-field test. */
const userFields = fc
  .uniqueArray(
    fc.record({
      n: fc.integer({ min: 1, max: 999 }),
      label: fc.string({ maxLength: 6 }),
      required: fc.boolean(),
      multiple: fc.boolean(),
    }),
    { selector: (f) => f.n, maxLength: 8 },
  )
  .map((fs) =>
    fs.flatMap(({ n, label, required, multiple }) =>
      ['UF_CRM_', 'UF_CRM_SMART_INVOICE_', 'UF_CRM_7_'].map((prefix) => {
        let b = aField(`${prefix}${n}`).labelled(label);
        if (required) b = b.required();
        if (multiple) b = b.multiple();
        return b;
      }),
    ),
  );
const RUNS = { seed: 19, numRuns: 60 };

describe('the lead card through the card-generic entry points', () => {
  it('tells user fields by their UF_CRM_ prefix', () => {
    const codes = ['UF_CRM_1', 'UF_CRM_SMART_INVOICE_1', 'TITLE', 'UF_OTHER'];
    expect(codes.map((code) => isUserFieldCodeOf(SIMPLE_LEADS, code))).toEqual([true, true, false, false]);
  });
});

describe('every card', () => {
  it('places in its built-in layout only fields it has, each once, its user fields last in "additional"', () => {
    fc.assert(
      fc.property(userFields, fc.constantFrom(...ALL_CARDS), (ufs, card) => {
        const fields = cardFieldsOf(card, portalFieldsOf(...ufs));
        const placed = defaultLayoutOf(card, fields).sections.flatMap((s) => s.elements.map((e) => e.field));
        const codes = new Set(fields.map((f) => f.code));
        expect(placed.filter((c) => !codes.has(c))).toEqual([]);
        expect(new Set(placed).size).toBe(placed.length);
        const mine = fields.filter((f) => f.isUserField).map((f) => f.code);
        expect(mine.every((c) => isUserFieldCodeOf(card, c))).toBe(true);
        const additional = fieldsBySection(defaultLayoutOf(card, fields))['additional'] ?? [];
        expect(additional.slice(additional.length - mine.length)).toEqual(mine);
      }),
      RUNS,
    );
  });

  it('titles its main section in both languages', () => {
    for (const card of ALL_CARDS) {
      expect([sectionTitlesOf(card, 'en')['main'], sectionTitlesOf(card, 'ru')['main']].every(Boolean)).toBe(
        true,
      );
    }
  });
});

describe('copyForCard', () => {
  const dealFields = cardFieldsOf(
    { entity: 'deal', categoryId: 0 },
    portalFieldsOf(aField('UF_CRM_1').labelled('A')),
  );

  it('copies one pipeline card to another as it is', () => {
    const first = defaultLayoutOf({ entity: 'deal', categoryId: 0 }, dealFields);
    const copy = copyForCard(first, dealFields, { entity: 'deal', categoryId: 4 });
    expect(copy).toEqual({ layout: first, leftOut: [] });
    expect(copy.layout).toBe(first);
  });

  it('leaves out what the target card lacks and lists it', () => {
    const lead = aLayout()
      .section('main', ['TITLE', 'STATUS_ID', anElement('CLIENT').alwaysShown(), 'PHONE'])
      .build();
    const { layout, leftOut } = copyForCard(lead, dealFields, { entity: 'deal', categoryId: 1 });
    expect(leftOut).toEqual(['STATUS_ID', 'PHONE']);
    expect(layout.sections[0]?.elements).toEqual([
      { field: 'TITLE', optionFlags: 0 },
      { field: 'CLIENT', optionFlags: 1 },
    ]);
  });
});

describe('lintLayout with a card', () => {
  const contact: CardType = { entity: 'contact' };
  const fields = cardFieldsOf(contact, {}, 'ru');

  it('names the card main section when a layout leaves it out, and knows no repeat-lead rule', () => {
    const layout = aLayout()
      .section('more', [anElement('NAME').alwaysShown(), 'PHONE'])
      .build();
    const items = lintLayout(layout, { card: contact, cardFields: fields, lang: 'ru' });
    expect(items.map((i) => [i.kind, i.params])).toEqual([
      ['protectedSectionMissing', { section: 'О контакте', name: 'main' }],
    ]);
  });

  it('reports a lead field on a deal card as unknown', () => {
    const layout = aLayout()
      .section('main', [anElement('STATUS_ID').alwaysShown()])
      .build();
    const deal: CardType = { entity: 'deal', categoryId: 2 };
    const items = lintLayout(layout, { card: deal, cardFields: cardFieldsOf(deal, {}) });
    expect(items.map((i) => i.kind)).toEqual(['unknownField']);
  });

  it('tells a repeat lead card by its card type', () => {
    const layout = aLayout()
      .section('main', [anElement('PHONE').alwaysShown()])
      .build();
    const items = lintLayout(layout, { card: REPEAT_LEADS, cardFields: cardFieldsOf(REPEAT_LEADS, {}) });
    expect(items.map((i) => i.kind)).toEqual(['contactFieldOnRepeat']);
  });
});
