import { useLang, useT } from '../../../i18n/i18nStore';
import { Button } from '../../../ui/Button';
import { ConflictDialog } from '../safety/LazyConflictDialog';
import { useDocument } from '../document/documentContext';
import { formatWhen } from '../document/formatWhen';
import { OtherTabSavedBanner } from './OtherTabSavedBanner';
import { useDraftOffer } from './useDraftOffer';
import '../safety/safety.css';

/**
 * "You have unsaved changes from 14:03 — Restore / Discard", for the open document (one kept draft
 * at a time, with how many more follow), and the news of a save of it in another tab.
 */
export function DraftBanner() {
  const env = useDocument();
  const t = useT();
  const lang = useLang();
  const { offer, more, conflict, restore, discard, finishRestore, cancelRestore } = useDraftOffer(env);
  return (
    <>
      <OtherTabSavedBanner />
      {offer && !conflict ? (
        <div className="banner banner-warn draft-banner" role="region" aria-label={t('pieces.draft.region')}>
          <span>
            <strong>{t('pieces.draft.from', { when: formatWhen(offer.savedAt, lang) })}</strong>
            {t('pieces.draft.fromRest')}
            {more > 0 ? ` ${t('pieces.draft.more', { count: more })}` : null}
          </span>
          <span className="topbar-spacer" />
          <Button variant="primary" onClick={restore}>
            {t('pieces.draft.restore')}
          </Button>
          <Button variant="light" onClick={discard}>
            {t('pieces.draft.discard')}
          </Button>
        </div>
      ) : null}
      {conflict ? (
        <ConflictDialog
          title={t('pieces.draft.conflictTitle')}
          intro={t(conflict.withDrafts ? 'pieces.draft.conflictIntroDrafts' : 'pieces.draft.conflictIntro')}
          base={conflict.base}
          mine={conflict.mine}
          theirs={conflict.theirs}
          labelOf={env.labelOf}
          canSave={false}
          onKeepMine={() => finishRestore(conflict.mine)}
          onTakeTheirs={() => finishRestore(null)}
          onMerge={(merged) => finishRestore(merged)}
          onClose={cancelRestore}
        />
      ) : null}
    </>
  );
}
