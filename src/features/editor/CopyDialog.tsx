import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { cardFieldsFor } from '../../domain/cardFields';
import { copyForLeadType } from '../../domain/copyLayout';
import { useLang, useT } from '../../i18n/i18nStore';
import { useDocumentRegistry } from '../../store/documents';
import { mayManageOthers } from '../../store/rights';
import type { DocumentKey } from '../../store/documentKey';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { portalErrorText } from '../../ui/portalErrorText';
import { showToast } from '../../ui/toastStore';
import { labelFrom, useDocumentEnv } from './documentEnv';
import { layoutPairQuery } from './editorData';
import { portalDefault } from './useOtherLayout';
import { useRights } from './rightsContext';
import { UserPicker } from './UserPicker';
import './safety.css';

type Target = 'scope' | 'leadType';

/**
 * Copies the draft into another document's draft: common to personal and back, or simple to
 * repeat and back (fields the target card cannot show are listed and left out). Nothing is saved:
 * the target opens with the copy as unsaved changes.
 */
export function CopyDialog({ onClose }: { readonly onClose: () => void }) {
  const env = useDocumentEnv();
  const { docKey, editor, fields, me } = env;
  const registry = useDocumentRegistry();
  const queryClient = useQueryClient();
  const t = useT();
  const lang = useLang();
  const [target, setTarget] = useState<Target>('scope');
  const { rights, learn } = useRights();
  const [chosenUser, setPersonalUser] = useState(me.id);
  // only a CRM administrator may open other users' layouts: the copy then goes into one's own
  const personalUser = mayManageOthers(rights) ? chosenUser : me.id;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const otherType = docKey.leadType === 'simple' ? 'repeat' : 'simple';
  const targetKey: DocumentKey =
    target === 'leadType'
      ? { ...docKey, leadType: otherType }
      : docKey.scope === 'C'
        ? { scope: 'P', userId: personalUser, leadType: docKey.leadType }
        : { scope: 'C', userId: null, leadType: docKey.leadType };
  const copied = useMemo(() => {
    const draft = editor.getState().draft;
    const targetFields = cardFieldsFor(targetKey.leadType, fields, lang);
    return targetKey.leadType === docKey.leadType
      ? { layout: draft, leftOut: [] }
      : copyForLeadType(draft, targetKey.leadType, targetFields);
  }, [editor, fields, targetKey.leadType, docKey.leadType, lang]);
  const labelOf = labelFrom(cardFieldsFor('simple', fields, lang));
  const copy = async () => {
    setBusy(true);
    setError(null);
    try {
      const pair = await queryClient.fetchQuery(
        layoutPairQuery(env.client, { scope: targetKey.scope, userId: targetKey.userId }),
      );
      const loaded = pair[targetKey.leadType];
      const store =
        registry.get(targetKey) ??
        registry.open(
          targetKey,
          loaded?.layout ?? portalDefault(env, targetKey.leadType, lang),
          loaded === null,
        );
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
  const leadsOf = (type: 'simple' | 'repeat') => t(`dialogs.leadsOf.${type}`);
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
        <label className="copy-target">
          <input
            type="radio"
            name="copy-target"
            checked={target === 'scope'}
            onChange={() => setTarget('scope')}
          />
          {t(docKey.scope === 'C' ? 'dialogs.copy.toPersonal' : 'dialogs.copy.toCommon', {
            leads: leadsOf(docKey.leadType),
          })}
        </label>
        {target === 'scope' && docKey.scope === 'C' ? (
          mayManageOthers(rights) ? (
            <UserPicker userId={personalUser} onChange={(id) => setPersonalUser(id)} />
          ) : (
            <p className="hint">{t('rights.copy.ownOnly')}</p>
          )
        ) : null}
        <label className="copy-target">
          <input
            type="radio"
            name="copy-target"
            checked={target === 'leadType'}
            onChange={() => setTarget('leadType')}
          />
          {t(docKey.scope === 'C' ? 'dialogs.copy.toCommon' : 'dialogs.copy.toSamePersonal', {
            leads: leadsOf(otherType),
          })}
        </label>
      </fieldset>
      {copied.leftOut.length > 0 ? (
        <div className="banner banner-warn copy-left-out" role="note">
          <span>
            {t('dialogs.copy.leftOut', { leads: leadsOf(otherType) })}{' '}
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
