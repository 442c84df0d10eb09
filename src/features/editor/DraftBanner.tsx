import { useLang, useT } from '../../i18n/i18nStore';
import { Button } from '../../ui/Button';
import { ConflictDialog } from './ConflictDialog';
import { labelFrom, useDocumentEnv } from './documentEnv';
import { formatWhen } from './formatWhen';
import { useDraftOffer } from './useDraftOffer';
import './safety.css';

/** "You have unsaved changes from 14:03 — Restore / Discard", for the open document. */
export function DraftBanner() {
  const env = useDocumentEnv();
  const t = useT();
  const lang = useLang();
  const { offer, conflict, restore, discard, finishRestore, cancelRestore } = useDraftOffer(env);
  return (
    <>
      {offer && !conflict ? (
        <div className="banner banner-warn draft-banner" role="region" aria-label={t('pieces.draft.region')}>
          <span>
            <strong>{t('pieces.draft.from', { when: formatWhen(offer.savedAt, lang) })}</strong>
            {t('pieces.draft.fromRest')}
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
          intro={t('pieces.draft.conflictIntro')}
          base={conflict.base}
          mine={conflict.mine}
          theirs={conflict.theirs}
          labelOf={labelFrom(env.cardFields)}
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
