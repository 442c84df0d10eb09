import { useMemo, useState } from 'react';
import { diffLayouts, keptSettingsDiffer } from '../../../domain/diff';
import { mergeLayouts, resolve, resolveAll, type Side } from '../../../domain/merge/index';
import type { Layout } from '../../../domain/types';
import { useT } from '../../../i18n/i18nStore';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { ChangeList, countOf, KeptSettingsNoteText } from './ChangeList';
import { conflictSentence } from './conflictText';
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
export function ConflictDialog({
  title,
  intro,
  base,
  mine,
  theirs,
  labelOf,
  canSave,
  onKeepMine,
  onTakeTheirs,
  onMerge,
  onClose,
}: ConflictDialogProps) {
  const t = useT();
  const [merge, setMerge] = useState(() => mergeLayouts(base, mine, theirs));
  const theirChanges = useMemo(() => diffLayouts(base, theirs), [base, theirs]);
  const myChanges = useMemo(() => diffLayouts(base, mine), [base, mine]);
  // what the portal dropped on their write (or yours): said once, for both sides
  const kept = useMemo(
    () => keptSettingsDiffer(base, theirs) ?? keptSettingsDiffer(base, mine),
    [base, theirs, mine],
  );
  const choose = (id: string, side: Side) => setMerge((m) => resolve(m, id, side));
  const actions = (
    <>
      <Button variant="primary" onClick={() => onMerge(merge.merged, canSave)}>
        {t(canSave ? 'dialogs.conflict.mergeAndSave' : 'dialogs.conflict.merge')}
      </Button>
      {canSave ? (
        <Button variant="secondary" onClick={() => onMerge(merge.merged, false)}>
          {t('dialogs.conflict.mergeIntoDraft')}
        </Button>
      ) : null}
      <Button variant="light" onClick={() => onKeepMine(canSave)}>
        {t(canSave ? 'dialogs.conflict.keepMineAndSave' : 'dialogs.conflict.keepMine')}
      </Button>
      <Button variant="light" onClick={onTakeTheirs}>
        {t('dialogs.conflict.takeTheirs')}
      </Button>
      <span className="topbar-spacer" />
      <Button variant="light" onClick={onClose}>
        {t('ui.cancel')}
      </Button>
    </>
  );
  return (
    <Dialog open title={title} onClose={onClose} actions={actions}>
      <div className="safety-wide conflict">
        <p>{intro}</p>
        <KeptSettingsNoteText note={kept} />
        <div className="conflict-sides">
          <section aria-label={t('dialogs.conflict.theirChanges')}>
            <h3 className="safety-h">
              {t('dialogs.conflict.theyChanged', { changes: countOf(t, theirChanges.length, 'changes') })}
            </h3>
            <ChangeList
              changes={theirChanges}
              labelOf={labelOf}
              empty={t('dialogs.conflict.nothing')}
              label={t('dialogs.conflict.theirChanges')}
            />
          </section>
          <section aria-label={t('dialogs.conflict.yourChanges')}>
            <h3 className="safety-h">
              {t('dialogs.conflict.youChanged', { changes: countOf(t, myChanges.length, 'changes') })}
            </h3>
            <ChangeList
              changes={myChanges}
              labelOf={labelOf}
              empty={t('dialogs.conflict.nothing')}
              label={t('dialogs.conflict.yourChanges')}
            />
          </section>
        </div>
        <section aria-label={t('dialogs.conflict.conflicts')} className="conflict-list">
          <h3 className="safety-h">
            {merge.conflicts.length === 0
              ? t('dialogs.conflict.none')
              : t('dialogs.conflict.some', { count: merge.conflicts.length })}
          </h3>
          {merge.conflicts.length > 1 ? (
            <div className="conflict-all">
              <Button variant="light" onClick={() => setMerge((m) => resolveAll(m, 'mine'))}>
                {t('dialogs.conflict.allMine')}
              </Button>
              <Button variant="light" onClick={() => setMerge((m) => resolveAll(m, 'theirs'))}>
                {t('dialogs.conflict.allTheirs')}
              </Button>
            </div>
          ) : null}
          {merge.conflicts.map((c) => (
            <fieldset key={c.id} className="conflict-item">
              <legend>{conflictSentence(t, c, labelOf)}</legend>
              {(['mine', 'theirs'] as const).map((side) => (
                <label key={side} className="conflict-choice">
                  <input
                    type="radio"
                    name={c.id}
                    checked={c.choice === side}
                    onChange={() => choose(c.id, side)}
                  />
                  {t(side === 'mine' ? 'dialogs.conflict.mine' : 'dialogs.conflict.theirs')}
                </label>
              ))}
            </fieldset>
          ))}
        </section>
      </div>
    </Dialog>
  );
}
