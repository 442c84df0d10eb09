import { useState } from 'react';
import { useT } from '../../i18n/i18nStore';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { useDocumentEnv } from './documentEnv';
import { useBulkApply } from './useBulkApply';
import { UserChecklist } from './UserChecklist';
import './safety.css';

/** Applies the layout in the editor as the personal layout of many users at once, with progress and per-user results. */
export function BulkApplyDialog({ onClose }: { readonly onClose: () => void }) {
  const env = useDocumentEnv();
  const bulk = useBulkApply(env);
  const t = useT();
  const [chosen, setChosen] = useState<ReadonlyMap<number, string>>(new Map());
  const working = bulk.phase === 'reading' || bulk.phase === 'writing';
  return (
    <Dialog
      open
      title={t('dialogs.bulk.title')}
      onClose={() => (working ? undefined : onClose())}
      actions={
        <>
          <Button
            variant="primary"
            busy={working}
            disabled={chosen.size === 0}
            onClick={() => void bulk.run([...chosen.keys()])}
          >
            {t('dialogs.bulk.submit', { count: chosen.size })}
          </Button>
          <Button variant="light" disabled={working} onClick={onClose}>
            {t('dialogs.close')}
          </Button>
        </>
      }
    >
      <div className="safety-wide">
        <p className="safety-note">
          {t('dialogs.bulk.note', { layout: t(`dialogs.bulk.layout.${env.docKey.leadType}`) })}
        </p>
        <UserChecklist chosen={chosen} onChange={setChosen} disabled={working} />
        {bulk.phase !== 'idle' ? (
          <div className="bulk-progress">
            <label>
              <span>
                {t(`dialogs.bulk.phase.${bulk.phase}`)}{' '}
                {bulk.phase === 'done'
                  ? ''
                  : t('dialogs.bulk.progress', { done: bulk.done, total: bulk.total })}
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
          <ul className="bulk-results" aria-label={t('dialogs.bulk.results')}>
            {[...bulk.results].map(([id, r]) => (
              <li key={id} className={r.ok ? 'is-ok' : 'is-failed'}>
                <strong>{chosen.get(id) ?? t('dialogs.user.numbered', { id: String(id) })}</strong>: {r.text}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </Dialog>
  );
}
