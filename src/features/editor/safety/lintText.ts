import type { LintItem } from '../../../domain/lint';
import type { Translate } from '../../../i18n/i18nStore';

/** "A", "A and B", "A, B and C", each item worded as the language quotes a title. */
function listText(t: Translate, items: readonly string[]): string {
  const quoted = items.map((item) => t('pieces.lint.listItem', { item }));
  const last = quoted.at(-1) ?? '';
  return quoted.length <= 1 ? last : t('pieces.lint.listAnd', { list: quoted.slice(0, -1).join(', '), last });
}

/**
 * A finding of the layout check in the interface language, from its kind and params: labels,
 * titles and names stay as the portal has them; the portal's own refusal is quoted verbatim.
 */
export function lintText(t: Translate, item: LintItem): string {
  switch (item.kind) {
    case 'portalRejects':
      return t('pieces.lint.portalRejects', item.params);
    case 'duplicateSectionName':
      return t('pieces.lint.duplicateSectionName', item.params);
    case 'contactFieldOnRepeat':
      return t('pieces.lint.contactFieldOnRepeat', item.params);
    case 'requiredFieldMissing':
      return t('pieces.lint.requiredFieldMissing', item.params);
    case 'requiredFieldDropped':
      return t('pieces.lint.requiredFieldDropped', item.params);
    case 'protectedSectionMissing':
      return t('pieces.lint.protectedSectionMissing', item.params);
    case 'fieldPlacedTwice': {
      const { label, count, sections } = item.params;
      const where = listText(t, sections);
      return count === 2
        ? t('pieces.lint.fieldPlacedTwice', { label, sections: where })
        : t('pieces.lint.fieldPlacedTimes', { label, count, sections: where });
    }
    case 'emptySection':
      return t('pieces.lint.emptySection', item.params);
    case 'unknownField':
      return t(item.params.onPortal ? 'pieces.lint.unknownField.onPortal' : 'pieces.lint.unknownField', {
        field: item.params.field,
      });
    case 'renamedLabel':
      return t('pieces.lint.renamedLabel', item.params);
    case 'sectionMayLookEmpty':
      return t('pieces.lint.sectionMayLookEmpty', item.params);
  }
}
