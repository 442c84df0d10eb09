import { describe, expect, it } from 'vitest';
import { cardFieldsOf } from '../../../domain/cards';
import { lintLayout, type LintItem } from '../../../domain/lint';
import type { Layout, LeadType } from '../../../domain/types';
import { translate } from '../../../i18n/i18nStore';
import { aField, aLayout, anElement, aPortalFields } from '../../../testing/builders';
import { lintText } from './lintText';

const portalFields = aPortalFields({
  TITLE: aField('TITLE').labelled('Lead Title').required(),
  UF_CRM_BUDGET: aField('UF_CRM_BUDGET').labelled('Budget').required(),
});
const lint = (layout: Layout, leadType: LeadType, lang: 'en' | 'ru' = 'en'): LintItem[] =>
  lintLayout(layout, {
    card: { entity: 'lead', leadType },
    cardFields: cardFieldsOf({ entity: 'lead', leadType }, portalFields, lang),
    portalFieldCodes: Object.keys(portalFields).concat('OPPORTUNITY'),
    lang,
  });

/** One layout with a finding of every kind (and both wordings of "placed twice" and "unknown field"). */
const troubled = aLayout()
  .section('main', ['PHONE', 'PHONE', anElement('EMAIL').withExtra({ title: 'Mail' }), 'UF_CRM_GONE'], {
    title: 'About the lead',
  })
  .section('main', [], { id: 'second', title: 'Second' })
  .section('more', ['EMAIL', 'EMAIL', 'OPPORTUNITY', 'PHONE'], { title: 'More' })
  .build();
const refused = aLayout()
  .section('main', [anElement('TITLE').alwaysShown()], { title: '  ' })
  .build();

describe('lintText', () => {
  it('words every finding in English, with the labels and titles as the card has them', () => {
    const items = [...lint(troubled, 'simple'), ...lint(troubled, 'repeat'), ...lint(refused, 'simple')];
    expect(new Set(items.map((i) => i.kind))).toEqual(
      new Set([
        'portalRejects',
        'duplicateSectionName',
        'contactFieldOnRepeat',
        'requiredFieldMissing',
        'fieldPlacedTwice',
        'emptySection',
        'unknownField',
        'renamedLabel',
        'sectionMayLookEmpty',
      ]),
    );
    const en = translate('en');
    const simple = [
      'Sections "About the lead" and "Second" have the same portal name "main"; the card cannot tell them apart.',
      'Phone is placed 3 times (in About the lead and More).',
      'E-mail has the label "Mail" renamed in the portal; saving through the REST API resets it to E-mail.',
      'UF_CRM_GONE no longer exists on the portal; the card will not show it.',
      'Section "Second" has no fields.',
      'E-mail is placed 3 times (in About the lead and More).',
      'OPPORTUNITY is a lead field the card cannot show on its own.',
      'Lead name is required but not on the card.',
      'Budget is required but not on the card.',
      'Every field in "About the lead" is hidden when empty, so the section can look empty.',
      'Every field in "More" is hidden when empty, so the section can look empty.',
    ];
    const contacts = [
      'Phone is a contact field: repeat leads have none, so the card cannot show it.',
      'E-mail is a contact field: repeat leads have none, so the card cannot show it.',
    ];
    // the portal's own refusal is quoted as it is
    const refusal = ['Section at index 0 does not have title.', 'Budget is required but not on the card.'];
    expect(items.map((i) => lintText(en, i))).toEqual([...simple, ...contacts, ...simple, ...refusal]);
  });

  it('words findings in Russian, with the portal data and its own refusal quoted as they are', () => {
    const ru = translate('ru');
    const texts = lint(troubled, 'simple', 'ru').map((i) => lintText(ru, i));
    expect(texts).toEqual([
      'У разделов «About the lead» и «Second» одинаковое имя на портале — «main»; карточка не сможет их различить.',
      'Поле «Телефон» размещено 3 раза («About the lead» и «More»).',
      'Поле «E-mail» переименовано на портале в «Mail»; при сохранении через REST API название снова станет «E-mail».',
      'Поля UF_CRM_GONE больше нет на портале; карточка его не покажет.',
      'В разделе «Second» нет полей.',
      'Поле «E-mail» размещено 3 раза («About the lead» и «More»).',
      'OPPORTUNITY — поле лида, которое карточка не показывает само по себе.',
      'Поле «Название лида» обязательное, но его нет в карточке.',
      'Поле «Budget» обязательное, но его нет в карточке.',
      'Все поля раздела «About the lead» скрываются, когда не заполнены, поэтому раздел может выглядеть пустым.',
      'Все поля раздела «More» скрываются, когда не заполнены, поэтому раздел может выглядеть пустым.',
    ]);
    expect(lint(troubled, 'repeat', 'ru').map((i) => lintText(ru, i))[0]).toBe(
      '«Телефон» — контактное поле: у повторных лидов таких полей нет, поэтому карточка не сможет его показать.',
    );
    expect(lintText(ru, lint(refused, 'simple', 'ru')[0] as LintItem)).toBe(
      'Портал не примет этот вид карточки: «Section at index 0 does not have title.»',
    );
    const twice = aLayout().section('main', [
      anElement('TITLE').alwaysShown(),
      'UF_CRM_BUDGET',
      'UF_CRM_BUDGET',
    ]);
    expect(lint(twice.build(), 'simple', 'ru').map((i) => lintText(ru, i))).toEqual([
      'Поле «Budget» размещено дважды («main»).',
    ]);
  });
});
