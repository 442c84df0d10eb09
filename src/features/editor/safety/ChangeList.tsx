import { type KeptSettingsNote, type LayoutChange } from '../../../domain/diff';
import { changeText } from '../../../domain/changeText';
import type { FieldCode } from '../../../domain/types';
import { useT, type Translate } from '../../../i18n/i18nStore';

type Tone = 'add' | 'remove' | 'move' | 'edit';

const TONE: Readonly<Record<LayoutChange['kind'], Tone>> = {
  sectionAdded: 'add',
  fieldAdded: 'add',
  sectionRemoved: 'remove',
  fieldRemoved: 'remove',
  sectionMoved: 'move',
  fieldMoved: 'move',
  fieldReordered: 'move',
  sectionRenamed: 'edit',
  sectionNameChanged: 'edit',
  flagsChanged: 'edit',
  optionsChanged: 'edit',
};

const MARK: Readonly<Record<Tone, string>> = { add: '+', remove: '−', move: '↕', edit: '✎' };

export interface ChangeListProps {
  readonly changes: readonly LayoutChange[];
  readonly labelOf: (field: string) => string;
  /** Said when there is no change. */
  readonly empty: string;
  /** Accessible name of the list. */
  readonly label: string;
}

/** Changes as sentences, each with a mark for added, removed, moved or changed. */
export function ChangeList({ changes, labelOf, empty, label }: ChangeListProps) {
  const t = useT();
  if (changes.length === 0) return <p className="safety-empty">{empty}</p>;
  return (
    <ul className="change-list" aria-label={label}>
      {changes.map((c, i) => {
        const tone = TONE[c.kind];
        return (
          <li key={i} className={`change change-${tone}`}>
            <span className="change-mark" aria-hidden="true">
              {MARK[tone]}
            </span>
            <span className="sr-only">{t(`dialogs.change.tone.${tone}`)}: </span>
            {changeSentence(t, c, labelOf)}
          </li>
        );
      })}
    </ul>
  );
}

/** One change as a sentence in the interface language; labels and titles are quoted as they are. */
export function changeSentence(
  t: Translate,
  change: LayoutChange,
  labelOf: (field: FieldCode) => string,
): string {
  const { code, params } = changeText(change, labelOf);
  return t(`dialogs.change.${code}`, params);
}

export type Counted = 'changes' | 'differences' | 'sections' | 'fields';

/**
 * The one note for settings only the portal's own editor writes, which a REST save drops: they
 * differ between the layouts compared, and that is no one's change (`keptSettingsDiffer`).
 */
export function KeptSettingsNoteText({ note }: { readonly note: KeptSettingsNote | null }) {
  const t = useT();
  if (!note) return null;
  const what = [
    note.sections > 0 ? t('dialogs.kept.sections', { count: note.sections }) : '',
    note.fields > 0 ? t('dialogs.kept.fields', { count: note.fields }) : '',
  ].filter((x) => x !== '');
  return (
    <p className="safety-note kept-note" role="note">
      {t('dialogs.kept.note', { what: what.join(t('dialogs.kept.and')) })}
    </p>
  );
}

/** "3 changes", "1 change", "no changes" in the interface language, with its plural forms. */
export const countOf = (t: Translate, n: number, what: Counted): string =>
  n === 0 ? t(`dialogs.count.${what}.none`) : t(`dialogs.count.${what}`, { count: n });
