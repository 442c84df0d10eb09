import { useMemo, useState } from 'react';
import { useT } from '../../../i18n/i18nStore';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { useCardWords } from '../document/cardWords';
import { departmentErrorText } from './departmentErrorText';
import { DepartmentChecklist } from './DepartmentChecklist';
import { departmentTree, NO_DEPARTMENTS } from './departmentTree';
import { useDocument } from '../document/documentContext';
import { useBulkApply } from './useBulkApply';
import { useDepartmentRecipients } from './useDepartmentRecipients';
import { UserChecklist } from './UserChecklist';
import { userName } from '../users/userName';
import './safety.css';

/**
 * Applies the layout in the editor as the personal layout of many users at once, with progress and
 * per-user results. Recipients are chosen users and the active users of chosen departments, each once.
 */
export function BulkApplyDialog({ onClose }: { readonly onClose: () => void }) {
  const env = useDocument();
  const bulk = useBulkApply(env);
  const t = useT();
  const words = useCardWords();
  const { card } = env.docKey;
  const [chosen, setChosen] = useState<ReadonlyMap<number, string>>(new Map());
  const [departments, setDepartments] = useState(NO_DEPARTMENTS);
  const fromDepartments = useDepartmentRecipients(env.client, departments);
  const tree = useMemo(
    () => departmentTree(fromDepartments.departments ?? []),
    [fromDepartments.departments],
  );
  const recipients = useMemo(() => {
    const names = new Map<number, string>();
    for (const u of fromDepartments.users) names.set(Number(u.ID), userName(u));
    for (const [id, name] of chosen) names.set(id, name);
    return names;
  }, [fromDepartments.users, chosen]);
  const working = bulk.phase === 'reading' || bulk.phase === 'writing';
  const departmentsUnresolved =
    departments.chosen.size > 0 && (fromDepartments.resolving || Boolean(fromDepartments.usersError));

  const inDepartments = fromDepartments.users.length;
  const alsoChosen = fromDepartments.users.filter((u) => chosen.has(Number(u.ID))).length;
  const departmentStatus = fromDepartments.usersError ? (
    <p className="banner banner-error" role="alert">
      {departmentErrorText(fromDepartments.usersError, t)}
    </p>
  ) : departments.chosen.size === 0 ? (
    <span className="hint">{t('dialogs.bulk.dept.hint')}</span>
  ) : fromDepartments.resolving ? (
    <span className="hint">{t('dialogs.bulk.dept.resolving')}</span>
  ) : (
    <span>
      {t('dialogs.bulk.dept.count', { count: inDepartments })}
      {alsoChosen > 0 ? ` ${t('dialogs.bulk.dept.overlap', { count: alsoChosen })}` : ''}
    </span>
  );

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
            disabled={recipients.size === 0 || departmentsUnresolved}
            onClick={() => void bulk.run([...recipients.keys()])}
          >
            {t('dialogs.bulk.submit', { count: recipients.size })}
          </Button>
          <Button variant="light" disabled={working} onClick={onClose}>
            {t('dialogs.close')}
          </Button>
        </>
      }
    >
      <div className="safety-wide">
        <p className="safety-note">
          {t('dialogs.bulk.note', {
            layout:
              card.entity === 'lead'
                ? t(`dialogs.bulk.layout.${card.leadType}`)
                : t('cards.bulk.layout', { leads: words(card) }),
          })}
        </p>
        <h3 className="bulk-heading">{t('dialogs.bulk.dept.heading')}</h3>
        {fromDepartments.departmentsError ? (
          <p className="banner banner-error" role="alert">
            {departmentErrorText(fromDepartments.departmentsError, t)}
          </p>
        ) : fromDepartments.loadingDepartments ? (
          <p className="hint">{t('dialogs.bulk.dept.loading')}</p>
        ) : (
          <DepartmentChecklist tree={tree} choice={departments} onChange={setDepartments} disabled={working}>
            {departmentStatus}
          </DepartmentChecklist>
        )}
        <h3 className="bulk-heading">{t('dialogs.bulk.usersHeading')}</h3>
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
                <strong>{recipients.get(id) ?? t('dialogs.user.numbered', { id: String(id) })}</strong>:{' '}
                {r.text}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </Dialog>
  );
}
