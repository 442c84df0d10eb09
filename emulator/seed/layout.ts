/**
 * The common simple-lead card "as the portal UI saves it" (BITRIX24-API.md 1.5, S6): wrapped in a
 * column, `optionFlags` as strings, `options: []`, element `title` where a field was renamed in the
 * card, a section `data` key. Clients must read it and survive a get→set round trip.
 */
import { setOption } from '../core/layout';
import type { PortalState } from '../core/types';

type UiElement = { name: string; optionFlags: string; options: unknown; title?: string };

const el = (name: string, optionFlags: '0' | '1' = '0', extra: Partial<UiElement> = {}): UiElement => ({
  name,
  optionFlags,
  options: [],
  ...extra,
});

function uiSection(
  name: string,
  title: string,
  elements: UiElement[],
  data: Record<string, unknown>,
): Record<string, unknown> {
  return { name, title, type: 'section', elements, data };
}

/** The UI-saved common layout of simple leads; `extraCodes` adds large generated sections. */
export function commonLeadLayout(extraCodes: readonly string[] = []): unknown[] {
  const sections = [
    uiSection(
      'main',
      'About the lead',
      [
        el('TITLE', '1'),
        el('STATUS_ID', '1'),
        el('OPPORTUNITY_WITH_CURRENCY'),
        el('CLIENT', '1', { options: { defaultCountry: 'DE' } }),
        el('HONORIFIC'),
        el('LAST_NAME'),
        el('NAME', '0', { title: 'First name (as in passport)' }),
        el('SECOND_NAME'),
        el('BIRTHDATE'),
        el('POST'),
        el('COMPANY_TITLE', '0', { title: 'Organisation' }),
        el('PHONE', '1', { options: { defaultCountry: 'DE' } }),
        el('EMAIL', '1'),
        el('WEB'),
        el('IM'),
      ],
      { isChangeable: true, isRemovable: false },
    ),
    uiSection(
      'qualification',
      'Qualification',
      [
        el('UF_CRM_BUDGET_BAND', '1'),
        el('UF_CRM_INDUSTRY'),
        el('UF_CRM_COMPANY_SIZE'),
        el('UF_CRM_EXPECTED_REVENUE'),
        el('UF_CRM_INTERESTS'),
        el('UF_CRM_1712345678'),
      ],
      { isChangeable: true, isRemovable: true },
    ),
    uiSection(
      'additional',
      'More',
      [
        el('SOURCE_ID'),
        el('SOURCE_DESCRIPTION'),
        el('OPENED'),
        el('ASSIGNED_BY_ID', '1'),
        el('OBSERVER'),
        el('COMMENTS'),
        el('ADDRESS'),
        el('UTM'),
        el('UF_CRM_NEXT_CALL'),
        el('UF_CRM_PREFERRED_CHANNEL'),
        el('UF_CRM_VAT_ID'),
      ],
      { isChangeable: true, isRemovable: false },
    ),
    uiSection('products', 'Products', [el('PRODUCT_ROW_SUMMARY')], {
      isChangeable: false,
      isRemovable: false,
    }),
  ];
  const perSection = 50;
  for (let i = 0; i < extraCodes.length; i += perSection) {
    const n = i / perSection + 1;
    sections.push(
      uiSection(
        `extra_${n}`,
        `Extra fields ${n}`,
        extraCodes.slice(i, i + perSection).map((c) => el(c)),
        {
          isChangeable: true,
          isRemovable: true,
        },
      ),
    );
  }
  return [{ name: 'default_column', type: 'column', elements: sections }];
}

/** Stores the UI-style layout as the common config of simple leads (`lead_details_common`). */
export function addCommonLayout(state: PortalState, extraCodes: readonly string[] = []): void {
  setOption(state, 'lead_details_common', 0, commonLeadLayout(extraCodes));
}
