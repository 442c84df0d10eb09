import { describe, expect, it } from 'vitest';
import { aLayout, replay, fieldsBySection } from '../testing/builders';
import { protectedSections, sectionRules } from './sectionRules';

const closed = { data: { isChangeable: false, isRemovable: false } };

describe('sectionRules', () => {
  it('reads the settings as the portal editor does: absent means allowed, strings count', () => {
    const [plain, fromUi, main, mainOpen] = aLayout()
      .section('extra', [])
      .section('products', [], { extra: { data: { isChangeable: 'N', isRemovable: 'false' } } })
      .section('main', [])
      .section('main', [], { id: 'main2', extra: { data: { isRemovable: true } } })
      .build().sections;
    expect(plain && sectionRules(plain)).toEqual({ removable: true, changeable: true, because: null });
    expect(fromUi && sectionRules(fromUi)).toEqual({
      removable: false,
      changeable: false,
      because: 'settings',
    });
    // a REST write dropped `data`: the portal's main section stays protected
    expect(main && sectionRules(main)).toEqual({ removable: false, changeable: true, because: 'portalMain' });
    expect(mainOpen && sectionRules(mainOpen).removable).toBe(true);
  });

  it('lists the protected sections of a reference layout, and always the main section', () => {
    const reference = aLayout()
      .section('main', ['TITLE'], { title: 'About the lead' })
      .section('products', ['PRODUCT_ROW_SUMMARY'], { title: 'Products', extra: closed })
      .section('more', [])
      .build();
    expect(protectedSections(reference, 'Lead information')).toEqual([
      { name: 'main', title: 'About the lead' },
      { name: 'products', title: 'Products' },
    ]);
    expect(protectedSections(undefined, 'Lead information')).toEqual([
      { name: 'main', title: 'Lead information' },
    ]);
  });

  it('adds no field to a section closed to new fields, but reorders inside it', () => {
    const start = aLayout()
      .section('main', ['TITLE', 'PHONE'])
      .section('products', ['PRODUCT_ROW_SUMMARY', 'UTM'], { extra: closed })
      .build();
    expect(replay(start, { type: 'placeField', field: 'EMAIL', to: { section: 'products', index: 0 } })).toBe(
      start,
    );
    expect(replay(start, { type: 'moveField', field: 'PHONE', to: { section: 'products', index: 0 } })).toBe(
      start,
    );
    expect(
      fieldsBySection(
        replay(start, { type: 'moveField', field: 'UTM', to: { section: 'products', index: 0 } }),
      ),
    ).toEqual({ main: ['TITLE', 'PHONE'], products: ['UTM', 'PRODUCT_ROW_SUMMARY'] });
    expect(
      fieldsBySection(replay(start, { type: 'moveField', field: 'UTM', to: { section: 'main', index: 0 } })),
    ).toEqual({ main: ['UTM', 'TITLE', 'PHONE'], products: ['PRODUCT_ROW_SUMMARY'] });
  });
});
