import { describe, expect, it } from 'vitest';
import { CategoryListSchema } from './category';
import { CrmTypeListSchema } from './crmType';
import { ItemFieldsSchema, ItemResultSchema } from './item';

// Shapes as the portal's documentation prints them (crm-type-list.md, crm-category-list.md,
// crm-item-get.md, crm-item-fields.md), trimmed.
describe('schemas of the other CRM cards', () => {
  it('reads crm.type.list', () => {
    const parsed = CrmTypeListSchema.parse({
      types: [
        {
          id: 37,
          title: 'Smart Process #20',
          code: '',
          createdBy: 1,
          entityTypeId: 1256,
          customSectionId: null,
          isCategoriesEnabled: 'Y',
          isStagesEnabled: 'N',
          createdTime: '2024-07-08T17:24:55+02:00',
        },
      ],
    });
    expect(parsed.types[0]?.entityTypeId).toBe(1256);
    const noFlags = CrmTypeListSchema.safeParse({ types: [{ id: 1, title: 'x', entityTypeId: 2 }] });
    expect(noFlags.success).toBe(false);
  });

  it('reads crm.category.list with the default pipeline 0 and extra keys', () => {
    const parsed = CategoryListSchema.parse({
      categories: [
        { id: 9, name: 'Funnel', sort: 200, entityTypeId: 2, isDefault: 'N', originId: '', originatorId: '' },
        { id: 0, name: 'General', sort: 300, entityTypeId: 2, isDefault: 'Y' },
      ],
    });
    expect(parsed.categories.map((c) => c.id)).toEqual([9, 0]);
  });

  it('reads crm.item.get and crm.item.fields', () => {
    const item = ItemResultSchema.parse({
      item: {
        id: 250,
        stageId: 'IN_PROCESS',
        fm: [{ id: 101, valueType: 'WORK', value: '+6111111111', typeId: 'PHONE' }],
        ufCrm_1720019876534: '321',
        entityTypeId: 1,
      },
    });
    expect(item.item['ufCrm_1720019876534']).toBe('321');
    const fields = ItemFieldsSchema.parse({
      fields: {
        stageId: {
          type: 'crm_status',
          isRequired: false,
          isReadOnly: false,
          isImmutable: false,
          isMultiple: false,
          isDynamic: false,
          statusType: 'DYNAMIC_1268_STAGE_52',
          title: 'Stage',
          upperName: 'STAGE_ID',
        },
      },
    });
    expect(fields.fields['stageId']?.upperName).toBe('STAGE_ID');
  });
});
