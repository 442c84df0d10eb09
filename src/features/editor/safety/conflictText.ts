import type { FieldPlace, MergeConflict } from '../../../domain/merge/index';
import { sectionLabel } from '../../../domain/diff';
import { assertNever } from '../../../domain/intents';
import type { FieldCode } from '../../../domain/types';
import type { Translate } from '../../../i18n/i18nStore';

/**
 * One sentence for a merge conflict in the interface language, saying what each side did (the
 * domain gives the conflict as values only). Values (option keys, JSON, portal names, titles) are
 * quoted as they are.
 */
export function conflictSentence(
  t: Translate,
  conflict: MergeConflict,
  labelOf: (field: FieldCode) => string,
): string {
  const shown = (value: unknown) =>
    value === undefined ? t('dialogs.conflict.noValue') : JSON.stringify(value);
  const place = (p: FieldPlace | null) =>
    p === null
      ? t('dialogs.conflict.placeOff')
      : t('dialogs.conflict.placeAt', { section: sectionLabel(p.section), position: String(p.index + 1) });
  switch (conflict.kind) {
    case 'fieldPlacement':
      return t('dialogs.conflict.fieldPlacement', {
        field: labelOf(conflict.field),
        mine: place(conflict.mine),
        theirs: place(conflict.theirs),
      });
    case 'fieldOption':
      return t('dialogs.conflict.fieldOption', {
        field: labelOf(conflict.field),
        key: conflict.key,
        mine: shown(conflict.mine),
        theirs: shown(conflict.theirs),
      });
    case 'sectionTitle':
      return t('dialogs.conflict.sectionTitle', { mine: conflict.mine, theirs: conflict.theirs });
    case 'sectionName':
      return t('dialogs.conflict.sectionName', {
        section: sectionLabel(conflict.section),
        mine: conflict.mine,
        theirs: conflict.theirs,
      });
    case 'sectionPresence':
      return t(
        conflict.removedBy === 'mine' ? 'dialogs.conflict.removedByMe' : 'dialogs.conflict.removedByThem',
        {
          section: sectionLabel(conflict.section),
        },
      );
    default:
      return assertNever(conflict);
  }
}
