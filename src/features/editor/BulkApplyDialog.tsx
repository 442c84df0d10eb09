import { useState } from 'react';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { useDocumentEnv } from './documentEnv';
import { useBulkApply } from './useBulkApply';
import { UserChecklist } from './UserChecklist';
import './safety.css';

const PHASE_TEXT = {
  idle: '',
  reading: 'Keeping their current layouts',
  writing: 'Saving',
  done: 'Done',
} as const;

/** Applies the layout in the editor as the personal layout of many users at once, with progress and per-user results. */
export function BulkApplyDialog({ onClose }: { readonly onClose: () => void }) {
  const env = useDocumentEnv();
  const bulk = useBulkApply(env);
  const [chosen, setChosen] = useState<ReadonlyMap<number, string>>(new Map());
  const working = bulk.phase === 'reading' || bulk.phase === 'writing';
  const type = env.docKey.leadType === 'simple' ? 'simple' : 'repeat';
  return (
    <Dialog
      open
      title="Apply to users"
      onClose={() => (working ? undefined : onClose())}
      actions={
        <>
          <Button
            variant="primary"
            busy={working}
            disabled={chosen.size === 0}
            onClick={() => void bulk.run([...chosen.keys()])}
          >
            {chosen.size === 1 ? 'Apply to 1 user' : `Apply to ${chosen.size} users`}
          </Button>
          <Button variant="light" disabled={working} onClick={onClose}>
            Close
          </Button>
        </>
      }
    >
      <div className="safety-wide">
        <p className="safety-note">
          Saves the layout as the editor shows it as the personal {type}-lead layout of each chosen user, 50
          users per request. Their current layouts are kept in this browser's history first. Writing other
          users' layouts needs CRM administrator rights, and it does not switch their card to personal view.
        </p>
        <UserChecklist chosen={chosen} onChange={setChosen} disabled={working} />
        {bulk.phase !== 'idle' ? (
          <div className="bulk-progress">
            <label>
              <span>
                {PHASE_TEXT[bulk.phase]} {bulk.phase === 'done' ? '' : `${bulk.done} of ${bulk.total}`}
              </span>
              <progress
                max={Math.max(bulk.total, 1)}
                value={bulk.phase === 'done' ? Math.max(bulk.total, 1) : bulk.done}
              />
            </label>
          </div>
        ) : null}
        {bulk.error ? (
          <p className="banner banner-error" role="alert">
            {bulk.error}
          </p>
        ) : null}
        {bulk.results.size > 0 ? (
          <ul className="bulk-results" aria-label="Results">
            {[...bulk.results].map(([id, r]) => (
              <li key={id} className={r.ok ? 'is-ok' : 'is-failed'}>
                <strong>{chosen.get(id) ?? `User ${id}`}</strong>: {r.text}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </Dialog>
  );
}
