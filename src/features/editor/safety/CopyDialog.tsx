import { useState, type ReactNode } from 'react';
import { sameCardType, type CardType } from '../../../domain/cardType';
import { useLang, useT } from '../../../i18n/i18nStore';
import { useDocumentRegistry } from '../../../store/documents';
import { mayManageOthers } from '../../../store/rights';
import type { DocumentKey } from '../../../store/documentKey';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { portalErrorText } from '../../../ui/portalErrorText';
import { showToast } from '../../../ui/toastStore';
import { cardFieldsOf } from '../../../domain/cards';
import { copyForCard } from '../../../domain/copyLayout';
import { useCardWords } from '../document/cardWords';
import { useDocument } from '../document/documentContext';
import { useStoredLayouts } from '../document/storedLayouts';
import { portalDefault } from './useOtherLayout';
import { useRights } from '../document/rightsContext';
import { UserPicker } from '../users/UserPicker';
import './safety.css';

type Target = 'scope' | 'sibling';

/** The card a copy may also go to: the other lead type (other cards have their own copies). */
const siblingOf = (card: CardType): CardType | null =>
  card.entity === 'lead'
    ? { entity: 'lead', leadType: card.leadType === 'simple' ? 'repeat' : 'simple' }
    : null;

/**
 * Copies the draft into another document's draft: common to personal and back, or simple to
 * repeat leads and back (fields the target card cannot show are listed and left out). Nothing is saved:
 * the target opens with the copy as unsaved changes.
 */
/** One place to copy into, a radio choice of the dialog's one group. */
function CopyTarget(props: {
  readonly checked: boolean;
  readonly onChoose: () => void;
  readonly children: ReactNode;
}) {
  return (
    <label className="copy-target">
      <input type="radio" name="copy-target" checked={props.checked} onChange={props.onChoose} />
      {props.children}
    </label>
  );
}

export function CopyDialog({ onClose }: { readonly onClose: () => void }) {
  const env = useDocument();
  const { docKey, editor, fields, me } = env;
  const registry = useDocumentRegistry();
  const stored = useStoredLayouts(env.client);
  const t = useT();
  const lang = useLang();
  const [target, setTarget] = useState<Target>('scope');
  const { rights, learn } = useRights();
  const [chosenUser, setPersonalUser] = useState(me.id);
  // only a CRM administrator may open other users' layouts: the copy then goes into one's own
  const personalUser = mayManageOthers(rights) ? chosenUser : me.id;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const words = useCardWords();
  const sibling = siblingOf(docKey.card);
  const targetKey: DocumentKey =
    target === 'sibling' && sibling
      ? { ...docKey, card: sibling }
      : docKey.scope === 'C'
        ? { scope: 'P', userId: personalUser, card: docKey.card }
        : { scope: 'C', userId: null, card: docKey.card };
  // read when drawn: the dialog is modal, so the draft does not change under it
  const draft = editor.getState().draft;
  const copied = sameCardType(targetKey.card, docKey.card)
    ? { layout: draft, leftOut: [] }
    : copyForCard(draft, cardFieldsOf(targetKey.card, fields, lang), targetKey.card);
  const { labelOf } = env;
  const copy = async () => {
    setBusy(true);
    setError(null);
    try {
      const loaded = await stored.fetch(targetKey);
      const store =
        registry.get(targetKey) ??
        registry.open(targetKey, loaded?.layout ?? portalDefault(env, targetKey.card, lang), loaded === null);
      store.getState().apply({ type: 'replaceLayout', layout: copied.layout });
      onClose();
      env.openDocument(targetKey);
      showToast('success', t('dialogs.copy.done'));
    } catch (e) {
      learn(e);
      setError(portalErrorText(e, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog
      open
      title={t('dialogs.copy.title')}
      onClose={onClose}
      actions={
        <>
          <Button variant="primary" busy={busy} onClick={() => void copy()}>
            {t('dialogs.copy.submit')}
          </Button>
          <Button variant="light" onClick={onClose}>
            {t('ui.cancel')}
          </Button>
        </>
      }
    >
      <fieldset className="copy-targets">
        <legend>{t('dialogs.copy.legend')}</legend>
        <CopyTarget checked={target === 'scope'} onChoose={() => setTarget('scope')}>
          {t(docKey.scope === 'C' ? 'dialogs.copy.toPersonal' : 'dialogs.copy.toCommon', {
            leads: words(docKey.card),
          })}
        </CopyTarget>
        {target === 'scope' && docKey.scope === 'C' ? (
          mayManageOthers(rights) ? (
            <UserPicker userId={personalUser} onChange={(id) => setPersonalUser(id)} />
          ) : (
            <p className="hint">{t('rights.copy.ownOnly')}</p>
          )
        ) : null}
        {sibling ? (
          <CopyTarget checked={target === 'sibling'} onChoose={() => setTarget('sibling')}>
            {t(docKey.scope === 'C' ? 'dialogs.copy.toCommon' : 'dialogs.copy.toSamePersonal', {
              leads: words(sibling),
            })}
          </CopyTarget>
        ) : null}
      </fieldset>
      {copied.leftOut.length > 0 ? (
        <div className="banner banner-warn copy-left-out" role="note">
          <span>
            {t('dialogs.copy.leftOut', { leads: words(targetKey.card) })}{' '}
            <strong>{copied.leftOut.map(labelOf).join(', ')}</strong>
          </span>
        </div>
      ) : null}
      <p className="safety-note">{t('dialogs.copy.note')}</p>
      {error ? (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      ) : null}
    </Dialog>
  );
}
