import { describe, expect, it } from 'vitest';
import { aField, fieldsBySection, portalFieldsOf } from '../../testing/builders';
import { fieldCodes } from '../../testing/fieldCodes';
import type { CardType } from '../cardType';
import { cardFieldsOf, defaultLayoutOf, sectionTitlesOf } from '.';

const userFields = portalFieldsOf(
  aField('UF_CRM_B').ofType('enumeration').labelled('Budget'),
  aField('UF_CRM_A').labelled('Area'),
);
const UF = ['UF_CRM_A', 'UF_CRM_B'];
const MULTI = ['PHONE', 'EMAIL', 'WEB', 'IM', 'LINK'];

interface Facts {
  readonly card: CardType;
  /** Own field codes in the component's `prepareFieldInfos` order. */
  readonly codes: readonly string[];
  /** Labels in en and ru, a few per card. */
  readonly labels: Readonly<Record<string, readonly [string, string]>>;
  /** The built-in layout: section name -> fields (user fields appended to `additional`). */
  readonly layout: Readonly<Record<string, readonly string[]>>;
  readonly titles: Readonly<Record<string, readonly [string, string]>>;
}

const CARDS: readonly Facts[] = [
  {
    // components/bitrix/crm.deal.details/class.php (prepareFieldInfos, prepareConfiguration), lang/en, lang/ru
    card: { entity: 'deal', categoryId: 3 },
    codes: fieldCodes(
      'ID DATE_CREATE DATE_MODIFY TITLE TYPE_ID SOURCE_ID SOURCE_DESCRIPTION STAGE_ID OPPORTUNITY_WITH_CURRENCY CLOSEDATE BEGINDATE PROBABILITY OPENED COMMENTS CLIENT ASSIGNED_BY_ID OBSERVER PRODUCT_ROW_SUMMARY RECURRING UTM',
    ),
    labels: {
      TITLE: ['Name', 'Название'],
      CLOSEDATE: ['End date', 'Дата завершения'],
      ASSIGNED_BY_ID: ['Responsible', 'Ответственный'],
      OPENED: ['Available to everyone', 'Доступна для всех'],
    },
    layout: {
      main: ['TITLE', 'OPPORTUNITY_WITH_CURRENCY', 'STAGE_ID', 'CLOSEDATE', 'CLIENT'],
      additional: [
        ...fieldCodes(
          'TYPE_ID SOURCE_ID SOURCE_DESCRIPTION BEGINDATE OPENED ASSIGNED_BY_ID OBSERVER COMMENTS UTM',
        ),
        ...UF,
      ],
      products: ['PRODUCT_ROW_SUMMARY'],
      recurring: ['RECURRING'],
    },
    titles: {
      main: ['About deal', 'О сделке'],
      additional: ['More', 'Дополнительно'],
      products: ['Products', 'Товары'],
      recurring: ['Recurring deal', 'Регулярная сделка'],
    },
  },
  {
    // components/bitrix/crm.contact.details/class.php, lang/en, lang/ru
    card: { entity: 'contact' },
    codes: [
      ...fieldCodes(
        'ID HONORIFIC LAST_NAME NAME SECOND_NAME PHOTO BIRTHDATE POST COMMENTS ASSIGNED_BY_ID OBSERVER OPENED EXPORT TYPE_ID SOURCE_ID SOURCE_DESCRIPTION COMPANY REQUISITES UTM ADDRESS',
      ),
      ...MULTI,
    ],
    labels: {
      COMPANY: ['Company', 'Компания'],
      EXPORT: ['Included in export', 'Участвует  в экспорте контактов'],
      OPENED: ['Available to everyone', 'Доступен для всех'],
      PHONE: ['Phone', 'Телефон'],
    },
    layout: {
      main: [
        ...fieldCodes('HONORIFIC LAST_NAME NAME SECOND_NAME PHOTO BIRTHDATE POST'),
        ...MULTI,
        ...fieldCodes('COMPANY ADDRESS REQUISITES'),
      ],
      additional: [
        ...fieldCodes(
          'TYPE_ID SOURCE_ID SOURCE_DESCRIPTION OPENED EXPORT ASSIGNED_BY_ID OBSERVER COMMENTS UTM',
        ),
        ...UF,
      ],
    },
    titles: { main: ['About contact', 'О контакте'], additional: ['More', 'Дополнительно'] },
  },
  {
    // components/bitrix/crm.company.details/class.php, lang/en, lang/ru
    card: { entity: 'company' },
    codes: [
      ...fieldCodes(
        'ID TITLE ASSIGNED_BY_ID LOGO COMPANY_TYPE INDUSTRY EMPLOYEES REVENUE_WITH_CURRENCY COMMENTS OPENED BANKING_DETAILS CONTACT REQUISITES UTM ADDRESS',
      ),
      ...MULTI,
    ],
    labels: {
      TITLE: ['Company name', 'Название компании'],
      REVENUE_WITH_CURRENCY: ['Annual revenue', 'Годовой оборот'],
      EMPLOYEES: ['Employees', 'Кол-во сотрудников'],
    },
    layout: {
      main: [
        ...fieldCodes('TITLE LOGO COMPANY_TYPE INDUSTRY REVENUE_WITH_CURRENCY'),
        ...MULTI,
        ...fieldCodes('CONTACT ADDRESS REQUISITES'),
      ],
      additional: ['EMPLOYEES', 'OPENED', 'ASSIGNED_BY_ID', 'COMMENTS', 'UTM', ...UF],
    },
    titles: { main: ['About company', 'О компании'], additional: ['More', 'Дополнительно'] },
  },
];

describe.each(CARDS)('the $card.entity card', ({ card, codes, labels, layout, titles }) => {
  it('lists its own fields in the component order, then the user fields by label', () => {
    expect(cardFieldsOf(card, userFields).map((f) => f.code)).toEqual([...codes, ...UF]);
  });

  it('names its fields as the portal does in English and Russian', () => {
    const label = (lang: 'en' | 'ru', code: string) =>
      cardFieldsOf(card, userFields, lang).find((f) => f.code === code)?.label;
    for (const [code, [en, ru]] of Object.entries(labels)) {
      expect([label('en', code), label('ru', code)]).toEqual([en, ru]);
    }
  });

  it('has the built-in layout of its component, user fields at the end of "additional"', () => {
    const fields = cardFieldsOf(card, userFields);
    expect(fieldsBySection(defaultLayoutOf(card, fields))).toEqual(layout);
    const known = new Set(fields.map((f) => f.code));
    expect(
      Object.values(layout)
        .flat()
        .every((code) => known.has(code)),
    ).toBe(true);
  });

  it('titles the built-in sections in English and Russian', () => {
    const en = Object.fromEntries(Object.entries(titles).map(([name, [t]]) => [name, t]));
    const ru = Object.fromEntries(Object.entries(titles).map(([name, [, t]]) => [name, t]));
    expect([sectionTitlesOf(card, 'en'), sectionTitlesOf(card, 'ru')]).toEqual([en, ru]);
    expect(defaultLayoutOf(card, [], 'ru').sections.map((s) => s.title)).toEqual(Object.values(ru));
  });
});

describe('composite fields of the classic cards', () => {
  it('take their flags from the parts the portal lists', () => {
    const portal = portalFieldsOf(aField('REVENUE').required(), aField('CURRENCY_ID'));
    const revenue = cardFieldsOf({ entity: 'company' }, portal).find(
      (f) => f.code === 'REVENUE_WITH_CURRENCY',
    );
    expect(revenue).toMatchObject({ kind: 'money', isRequired: true, composite: ['REVENUE', 'CURRENCY_ID'] });
  });

  it('keep read-only and multiple where the card fixes them', () => {
    const deal = cardFieldsOf({ entity: 'deal', categoryId: 0 }, {});
    expect(deal.find((f) => f.code === 'UTM')).toMatchObject({ isReadOnly: true, kind: 'utm' });
    expect(deal.find((f) => f.code === 'OBSERVER')).toMatchObject({
      isMultiple: true,
      composite: ['OBSERVER_IDS'],
    });
    expect(deal.find((f) => f.code === 'CLIENT')?.composite).toEqual(['COMPANY_ID', 'CONTACT_IDS']);
  });

  it('gives every pipeline of deals the same card', () => {
    expect(cardFieldsOf({ entity: 'deal', categoryId: 7 }, userFields)).toEqual(
      cardFieldsOf({ entity: 'deal', categoryId: 0 }, userFields),
    );
  });
});

describe('parent fields of the classic cards', () => {
  const portal = portalFieldsOf(
    aField('UF_CRM_A').labelled('Area'),
    aField('PARENT_ID_1032').ofType('crm_entity').labelled('Project'),
  );

  it.each<CardType>([{ entity: 'deal', categoryId: 0 }, { entity: 'contact' }, { entity: 'company' }])(
    'come after the user fields of the $entity card, off its built-in layout',
    (card) => {
      const fields = cardFieldsOf(card, portal);
      expect(fields.slice(-2).map((f) => [f.code, f.label, f.kind])).toEqual([
        ['UF_CRM_A', 'Area', 'text'],
        ['PARENT_ID_1032', 'Project', 'crm'],
      ]);
      const placed = defaultLayoutOf(card, fields).sections.flatMap((s) => s.elements.map((e) => e.field));
      expect(placed).not.toContain('PARENT_ID_1032');
    },
  );
});
