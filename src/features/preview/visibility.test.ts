import { describe, expect, it } from 'vitest';
import { anElement } from '../../testing/builders';
import { toForm } from './leadForm';
import { aForm, catalogFor, PORTAL_FIELDS } from './testFixtures';
import { isShown } from './visibility';

const catalog = catalogFor('simple');
const shown = (element: ReturnType<typeof anElement>, raw: Record<string, unknown>) => {
  const e = element.build();
  return isShown(e, toForm({ ID: '1', ...raw }, PORTAL_FIELDS), catalog.byCode.get(e.field), PORTAL_FIELDS);
};

describe('isShown', () => {
  it('hides a field with no value and shows it when "Always show" is set', () => {
    expect(shown(anElement('POST'), { POST: null })).toBe(false);
    expect(shown(anElement('POST').alwaysShown(), { POST: null })).toBe(true);
    expect(shown(anElement('POST'), { POST: 'CEO' })).toBe(true);
  });

  it('reads only bit 1 of optionFlags', () => {
    expect(shown(anElement('POST').withFlags(2), { POST: '' })).toBe(false);
    expect(shown(anElement('POST').withFlags(3), { POST: '' })).toBe(true);
  });

  it('looks at the parts of composites', () => {
    expect(shown(anElement('ADDRESS'), { ADDRESS_CITY: 'Riga' })).toBe(true);
    expect(shown(anElement('ADDRESS'), { ADDRESS_CITY: '', ADDRESS: null })).toBe(false);
    expect(shown(anElement('CLIENT'), { COMPANY_ID: '0', CONTACT_ID: null })).toBe(false);
    expect(shown(anElement('CLIENT'), { COMPANY_ID: null, CONTACT_ID: '5' })).toBe(true);
    expect(shown(anElement('OPPORTUNITY_WITH_CURRENCY'), { OPPORTUNITY: '0.00', CURRENCY_ID: 'USD' })).toBe(
      false,
    );
    expect(shown(anElement('OPPORTUNITY_WITH_CURRENCY'), { OPPORTUNITY: '5.00', CURRENCY_ID: 'USD' })).toBe(
      true,
    );
  });

  it('counts multifield rows, multiple values and booleans', () => {
    expect(shown(anElement('PHONE'), {})).toBe(false);
    expect(
      shown(anElement('PHONE'), {
        PHONE: [{ ID: '1', VALUE: '+1 555', VALUE_TYPE: 'WORK', TYPE_ID: 'PHONE' }],
      }),
    ).toBe(true);
    expect(shown(anElement('UF_CRM_INTERESTS'), { UF_CRM_INTERESTS: false })).toBe(false);
    expect(shown(anElement('UF_CRM_INTERESTS'), { UF_CRM_INTERESTS: ['1'] })).toBe(true);
    expect(shown(anElement('OPENED'), { OPENED: 'N' })).toBe(true);
  });

  it('shows a field unknown to the portal only when always shown', () => {
    const e = anElement('UF_CRM_GONE').build();
    expect(isShown(e, aForm({ UF_CRM_GONE: 'x' }), undefined, PORTAL_FIELDS)).toBe(false);
    expect(isShown({ ...e, optionFlags: 1 }, aForm({}), undefined, PORTAL_FIELDS)).toBe(true);
  });
});
