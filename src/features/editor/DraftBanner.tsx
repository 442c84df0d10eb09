import { Button } from '../../ui/Button';
import { ConflictDialog } from './ConflictDialog';
import { labelFrom, useDocumentEnv, whenText } from './documentEnv';
import { useDraftOffer } from './useDraftOffer';
import './safety.css';

/** "You have unsaved changes from 14:03 — Restore / Discard", for the open document. */
export function DraftBanner() {
  const env = useDocumentEnv();
  const { offer, conflict, restore, discard, finishRestore, cancelRestore } = useDraftOffer(env);
  return (
    <>
      {offer && !conflict ? (
        <div className="banner banner-warn draft-banner" role="region" aria-label="Unsaved draft">
          <span>
            <strong>You have unsaved changes from {whenText(offer.savedAt)}</strong> kept in this browser for
            this layout.
          </span>
          <span className="topbar-spacer" />
          <Button variant="primary" onClick={restore}>
            Restore
          </Button>
          <Button variant="light" onClick={discard}>
            Discard
          </Button>
        </div>
      ) : null}
      {conflict ? (
        <ConflictDialog
          title="Restore the draft over newer changes?"
          intro="The layout was saved again after this draft was made, and both changed the same things. Nothing is written until you save."
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
