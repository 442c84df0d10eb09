import { useMemo, useState } from 'react';
import { diffLayouts } from '../../domain/diff';
import { describeConflict, mergeLayouts, resolve, resolveAll, type Side } from '../../domain/merge';
import type { Layout } from '../../domain/types';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { ChangeList, countText } from './ChangeList';
import './safety.css';

export interface ConflictDialogProps {
  readonly title: string;
  /** One sentence on how the conflict came about. */
  readonly intro: string;
  readonly base: Layout;
  readonly mine: Layout;
  readonly theirs: Layout;
  readonly labelOf: (field: string) => string;
  /** Whether the choices write to the portal at once ("… and save"). */
  readonly canSave: boolean;
  readonly onKeepMine: (save: boolean) => void;
  readonly onTakeTheirs: () => void;
  readonly onMerge: (merged: Layout, save: boolean) => void;
  readonly onClose: () => void;
}

/**
 * Someone changed the layout too: what they changed, what you changed, and a three-way merge
 * with one choice per conflict. Nothing is overwritten until the user picks.
 */
export function ConflictDialog(props: ConflictDialogProps) {
  const { base, mine, theirs, labelOf, canSave } = props;
  const [merge, setMerge] = useState(() => mergeLayouts(base, mine, theirs));
  const theirChanges = useMemo(() => diffLayouts(base, theirs), [base, theirs]);
  const myChanges = useMemo(() => diffLayouts(base, mine), [base, mine]);
  const choose = (id: string, side: Side) => setMerge((m) => resolve(m, id, side));
  const saveWord = canSave ? ' and save' : '';
  return (
    <Dialog
      open
      title={props.title}
      onClose={props.onClose}
      actions={
        <>
          <Button variant="primary" onClick={() => props.onMerge(merge.merged, canSave)}>
            Merge{saveWord}
          </Button>
          {canSave ? (
            <Button variant="secondary" onClick={() => props.onMerge(merge.merged, false)}>
              Merge into draft
            </Button>
          ) : null}
          <Button variant="light" onClick={() => props.onKeepMine(canSave)}>
            Keep mine{saveWord}
          </Button>
          <Button variant="light" onClick={props.onTakeTheirs}>
            Take theirs
          </Button>
          <span className="topbar-spacer" />
          <Button variant="light" onClick={props.onClose}>
            Cancel
          </Button>
        </>
      }
    >
      <div className="safety-wide conflict">
        <p>{props.intro}</p>
        <div className="conflict-sides">
          <section aria-label="Their changes">
            <h3 className="safety-h">They changed ({countText(theirChanges.length, 'change')})</h3>
            <ChangeList changes={theirChanges} labelOf={labelOf} empty="Nothing." label="Their changes" />
          </section>
          <section aria-label="Your changes">
            <h3 className="safety-h">You changed ({countText(myChanges.length, 'change')})</h3>
            <ChangeList changes={myChanges} labelOf={labelOf} empty="Nothing." label="Your changes" />
          </section>
        </div>
        <section aria-label="Conflicts" className="conflict-list">
          <h3 className="safety-h">
            {merge.conflicts.length === 0
              ? 'No conflicts: the merge keeps both sets of changes.'
              : `Both changed the same thing (${merge.conflicts.length}): choose per item`}
          </h3>
          {merge.conflicts.length > 1 ? (
            <div className="conflict-all">
              <Button variant="light" onClick={() => setMerge((m) => resolveAll(m, 'mine'))}>
                All mine
              </Button>
              <Button variant="light" onClick={() => setMerge((m) => resolveAll(m, 'theirs'))}>
                All theirs
              </Button>
            </div>
          ) : null}
          {merge.conflicts.map((c) => (
            <fieldset key={c.id} className="conflict-item">
              <legend>{describeConflict(c, labelOf)}</legend>
              {(['mine', 'theirs'] as const).map((side) => (
                <label key={side} className="conflict-choice">
                  <input
                    type="radio"
                    name={c.id}
                    checked={c.choice === side}
                    onChange={() => choose(c.id, side)}
                  />
                  {side === 'mine' ? 'Mine' : 'Theirs'}
                </label>
              ))}
            </fieldset>
          ))}
        </section>
      </div>
    </Dialog>
  );
}
