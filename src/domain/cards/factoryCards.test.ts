import { describe, expect, it } from 'vitest';
import { aField, fieldsBySection, portalFieldsOf, type FieldBuilder } from '../../testing/builders';
import { fieldCodes } from '../../testing/fieldCodes';
import type { CardType } from '../cardType';
import { checkLayoutData } from '../validate';
import { portalSectionsOf } from '../../testing/builders';
import { cardFieldsOf, defaultLayoutOf, isUserFieldCodeOf, sectionTitlesOf } from '.';

/**
 * `crm.item.fields` of a type, keys by `upperName`, as Factory\Dynamic::getFieldsSettings builds
 * them (modules/crm/lib/Service/Factory/Dynamic.php) for a type with stages, client, observers,
 * dates, source, products and "my company".
 */
const itemField = (code: string, type: string, title: string): FieldBuilder =>
  aField(code).ofType(type).labelled(title);
const ITEM_FIELDS = [
  itemField('ID', 'integer', 'ID').readOnly(),
  itemField('TITLE', 'string', 'Name'),
  itemField('XML_ID', 'string', 'External ID'),
  itemField('CREATED_TIME', 'datetime', 'Created on').readOnly(),
  itemField('UPDATED_TIME', 'datetime', 'Modified on').readOnly(),
  itemField('CREATED_BY', 'user', 'Created by').readOnly(),
  itemField('UPDATED_BY', 'user', 'Modified by').readOnly(),
  itemField('ASSIGNED_BY_ID', 'user', 'Responsible person').required(),
  itemField('OPENED', 'boolean', 'Available to everyone'),
  itemField('WEBFORM_ID', 'integer', 'Created by CRM form'),
  itemField('BEGINDATE', 'date', 'Start date'),
  itemField('CLOSEDATE', 'date', 'End date'),
  itemField('COMPANY_ID', 'crm_company', 'Company'),
  itemField('CONTACT_ID', 'crm_contact', 'Contact'),
  itemField('CONTACT_IDS', 'crm_contact', 'Contacts').multiple(),
  itemField('OBSERVERS', 'user', 'Observers').multiple(),
  itemField('CATEGORY_ID', 'crm_category', 'Pipeline'),
  itemField('MOVED_TIME', 'datetime', 'Moved on').readOnly(),
  itemField('MOVED_BY', 'user', 'Moved by').readOnly(),
  itemField('STAGE_ID', 'crm_status', 'Stage'),
  itemField('PREVIOUS_STAGE_ID', 'crm_status', 'Previous stage').readOnly(),
  itemField('SOURCE_ID', 'crm_status', 'Source'),
  itemField('SOURCE_DESCRIPTION', 'text', 'Source information'),
  itemField('CURRENCY_ID', 'crm_currency', 'Currency'),
  itemField('IS_MANUAL_OPPORTUNITY', 'char', 'Manual calculation'),
  itemField('OPPORTUNITY', 'double', 'Amount').required(),
  itemField('TAX_VALUE', 'double', 'Tax'),
  itemField('MYCOMPANY_ID', 'crm_company', 'Your company details'),
];

/** What every factory-based card shows of those fields, in order (NotDisplayed ones dropped). */
const OWN = fieldCodes(
  'ID TITLE XML_ID CREATED_TIME UPDATED_TIME CREATED_BY UPDATED_BY ASSIGNED_BY_ID OPENED BEGINDATE CLOSEDATE OBSERVERS MOVED_TIME MOVED_BY STAGE_ID PREVIOUS_STAGE_ID SOURCE_ID SOURCE_DESCRIPTION MYCOMPANY_ID',
);
const COMPOSITES = ['CLIENT', 'OPPORTUNITY_WITH_CURRENCY', 'PRODUCT_ROW_SUMMARY'];

const SMART: CardType = { entity: 'dynamic', entityTypeId: 1032, categoryId: 5 };
const INVOICE: CardType = { entity: 'invoice' };
const QUOTE: CardType = { entity: 'quote' };

const smartPortal = portalFieldsOf(...ITEM_FIELDS, aField('UF_CRM_5_1700000000').labelled('Region'));
const codes = (card: CardType, portal = smartPortal) => cardFieldsOf(card, portal).map((f) => f.code);

describe('a smart process card', () => {
  it('shows the type fields the factory displays, then the editor adapter composites, then user fields', () => {
    expect(codes(SMART)).toEqual([...OWN, ...COMPOSITES, 'UF_CRM_5_1700000000']);
  });

  it('labels its own fields with the portal titles, composites with the card words', () => {
    const en = new Map(cardFieldsOf(SMART, smartPortal).map((f) => [f.code, f]));
    expect(en.get('OBSERVERS')).toMatchObject({ label: 'Observers', kind: 'users', isMultiple: true });
    expect(en.get('STAGE_ID')).toMatchObject({ label: 'Stage', kind: 'list' });
    expect(en.get('CREATED_TIME')).toMatchObject({ kind: 'datetime', isReadOnly: true });
    expect(en.get('CLIENT')).toMatchObject({
      label: 'Customer',
      kind: 'client',
      composite: ['COMPANY_ID', 'CONTACT_IDS'],
    });
    expect(en.get('OPPORTUNITY_WITH_CURRENCY')).toMatchObject({ isRequired: true, kind: 'money' });
    const ru = new Map(cardFieldsOf(SMART, smartPortal, 'ru').map((f) => [f.code, f.label]));
    expect([ru.get('CLIENT'), ru.get('OPPORTUNITY_WITH_CURRENCY'), ru.get('PRODUCT_ROW_SUMMARY')]).toEqual([
      'Клиент',
      'Сумма и валюта',
      'Товары',
    ]);
  });

  it('has no client or products when the type has none', () => {
    const bare = portalFieldsOf(
      ...ITEM_FIELDS.filter(
        (f) => !['COMPANY_ID', 'CONTACT_ID', 'CONTACT_IDS', 'OPPORTUNITY'].includes(f.code),
      ),
    );
    expect(codes(SMART, bare).filter((c) => COMPOSITES.includes(c))).toEqual([]);
    expect(fieldsBySection(defaultLayoutOf(SMART, cardFieldsOf(SMART, bare)))).toEqual({
      main: ['STAGE_ID', 'TITLE'],
      additional: [],
    });
  });

  it('has the built-in layout of FactoryBased::getEditorEntityConfig', () => {
    const layout = defaultLayoutOf(SMART, cardFieldsOf(SMART, smartPortal));
    expect(fieldsBySection(layout)).toEqual({
      main: ['STAGE_ID', 'OPPORTUNITY_WITH_CURRENCY', 'TITLE'],
      additional: ['UF_CRM_5_1700000000'],
      products: ['PRODUCT_ROW_SUMMARY'],
    });
    expect(layout.sections.map((s) => s.title)).toEqual(['About item', 'More', 'Products']);
    expect(sectionTitlesOf(SMART, 'ru')['main']).toBe('Об элементе');
  });

  it('counts only UF_CRM_<type id>_ fields as its user fields', () => {
    expect(isUserFieldCodeOf(SMART, 'UF_CRM_5_1700000000')).toBe(true);
    expect(isUserFieldCodeOf(SMART, 'UF_CRM_1700000000')).toBe(false);
    expect(codes(SMART, portalFieldsOf(aField('UF_CRM_1700000000')))).not.toContain('UF_CRM_1700000000');
  });
});

describe('the smart invoice card', () => {
  const portal = portalFieldsOf(
    ...ITEM_FIELDS,
    itemField('ACCOUNT_NUMBER', 'string', 'Invoice #'),
    itemField('COMMENTS', 'text', 'Comment'),
    itemField('PARENT_ID_2', 'crm_entity', 'Deal'),
    aField('UF_CRM_SMART_INVOICE_1729361040').labelled('WhatsApp'),
  );

  it('has the sections of CrmSmartInvoiceDetailsComponent::getEditorEntityConfig', () => {
    const layout = defaultLayoutOf(INVOICE, cardFieldsOf(INVOICE, portal));
    expect(fieldsBySection(layout)).toEqual({
      main: fieldCodes(
        'STAGE_ID OPPORTUNITY_WITH_CURRENCY BEGINDATE CLOSEDATE PARENT_ID_2 COMMENTS ASSIGNED_BY_ID',
      ),
      payer: ['CLIENT'],
      receiver: ['MYCOMPANY_ID'],
      products: ['PRODUCT_ROW_SUMMARY'],
      additional: ['UF_CRM_SMART_INVOICE_1729361040'],
    });
    expect(layout.sections.map((s) => s.title)).toEqual([
      'General',
      'Invoice recipient',
      'Beneficiary account',
      'Products',
      'More',
    ]);
    expect(
      defaultLayoutOf(INVOICE, [], 'ru')
        .sections.slice(0, 3)
        .map((s) => s.title),
    ).toEqual(['Основное', 'Получатель счёта', 'Оплата поступит на счёт']);
  });

  it('leaves the deal out of the main section when invoices are not bound to deals', () => {
    const unbound = { ...portal };
    delete unbound['PARENT_ID_2'];
    const main = defaultLayoutOf(INVOICE, cardFieldsOf(INVOICE, unbound)).sections[0];
    expect(main?.elements.map((e) => e.field)).not.toContain('PARENT_ID_2');
  });

  it('names user fields UF_CRM_SMART_INVOICE_*', () => {
    expect(isUserFieldCodeOf(INVOICE, 'UF_CRM_SMART_INVOICE_1729361040')).toBe(true);
    expect(isUserFieldCodeOf(INVOICE, 'UF_CRM_5_1700000000')).toBe(false);
  });
});

describe('the quote card', () => {
  const portal = portalFieldsOf(
    ...ITEM_FIELDS.filter((f) => f.code !== 'CATEGORY_ID'),
    itemField('QUOTE_NUMBER', 'string', 'Quote #'),
    itemField('LEAD_ID', 'crm_lead', 'Lead'),
    itemField('DEAL_ID', 'crm_deal', 'Deal'),
    itemField('ACTUAL_DATE', 'date', 'Expiration date'),
    itemField('CONTENT', 'text', 'Contents'),
    itemField('TERMS', 'text', 'Conditions'),
    itemField('COMMENTS', 'text', 'Comment'),
    itemField('CLOSED', 'boolean', 'Closed'),
    itemField('STORAGE_TYPE_ID', 'integer', 'Storage type'),
    itemField('STORAGE_ELEMENT_IDS', 'integer', 'Files').multiple(),
    itemField('UTM_SOURCE', 'string', 'Ad system'),
    aField('UF_CRM_1612345678').labelled('Discount'),
  );

  it('adds UTM and FILES and shows the storage and UTM parts only inside them', () => {
    const all = codes(QUOTE, portal);
    expect(all.slice(-4)).toEqual(['PRODUCT_ROW_SUMMARY', 'UTM', 'FILES', 'UF_CRM_1612345678']);
    expect(all).not.toContain('STORAGE_ELEMENT_IDS');
    expect(all).not.toContain('UTM_SOURCE');
    expect(cardFieldsOf(QUOTE, portal, 'ru').find((f) => f.code === 'FILES')?.label).toBe('Файлы');
  });

  it('has the built-in layout of CrmQuoteDetailsComponent::getEditorEntityConfig', () => {
    expect(fieldsBySection(defaultLayoutOf(QUOTE, cardFieldsOf(QUOTE, portal)))).toEqual({
      main: fieldCodes('STAGE_ID QUOTE_NUMBER TITLE OPPORTUNITY_WITH_CURRENCY CLIENT MYCOMPANY_ID FILES'),
      additional: fieldCodes(
        'LEAD_ID DEAL_ID BEGINDATE ACTUAL_DATE CLOSEDATE OPENED ASSIGNED_BY_ID CONTENT TERMS COMMENTS CLOSED UTM UF_CRM_1612345678',
      ),
      products: ['PRODUCT_ROW_SUMMARY'],
    });
    expect(sectionTitlesOf(QUOTE, 'ru')).toEqual({
      main: 'О предложении',
      additional: 'Дополнительно',
      products: 'Товары',
    });
  });

  it('builds layouts the portal accepts', () => {
    for (const card of [QUOTE, INVOICE, SMART]) {
      const layout = defaultLayoutOf(card, cardFieldsOf(card, portal));
      expect(checkLayoutData(portalSectionsOf(layout))).toBeNull();
    }
  });
});
