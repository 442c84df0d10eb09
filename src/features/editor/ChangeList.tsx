import { describeChange, type LayoutChange } from '../../domain/diff';

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
  sectionExtraChanged: 'edit',
  flagsChanged: 'edit',
  optionsChanged: 'edit',
  fieldExtraChanged: 'edit',
};

const MARK: Readonly<Record<Tone, string>> = { add: '+', remove: '−', move: '↕', edit: '✎' };
const WORD: Readonly<Record<Tone, string>> = {
  add: 'added',
  remove: 'removed',
  move: 'moved',
  edit: 'changed',
};

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
            <span className="sr-only">{WORD[tone]}: </span>
            {describeChange(c, labelOf)}
          </li>
        );
      })}
    </ul>
  );
}

/** "3 changes", "1 change", "no changes". */
export const countText = (n: number, one: string, many = `${one}s`): string =>
  n === 0 ? `no ${many}` : `${n} ${n === 1 ? one : many}`;
