import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { cardFieldsFor } from '../../domain/cardFields';
import { copyForLeadType } from '../../domain/copyLayout';
import { useDocumentRegistry } from '../../store/documents';
import type { DocumentKey } from '../../store/documentKey';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { portalErrorText } from '../../ui/portalErrorText';
import { showToast } from '../../ui/toastStore';
import { labelFrom, useDocumentEnv } from './documentEnv';
import { layoutPairQuery } from './editorData';
import { portalDefault } from './useOtherLayout';
import { UserPicker } from './UserPicker';
import './safety.css';

type Target = 'scope' | 'leadType';

const typeName = (t: string) => (t === 'simple' ? 'simple leads' : 'repeat leads');

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
  const [target, setTarget] = useState<Target>('scope');
  const [personalUser, setPersonalUser] = useState(me.id);
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
    const targetFields = cardFieldsFor(targetKey.leadType, fields);
    return targetKey.leadType === docKey.leadType
      ? { layout: draft, leftOut: [] }
      : copyForLeadType(draft, targetKey.leadType, targetFields);
  }, [editor, fields, targetKey.leadType, docKey.leadType]);
  const labelOf = labelFrom(cardFieldsFor('simple', fields));
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
        registry.open(targetKey, loaded?.layout ?? portalDefault(env, targetKey.leadType), loaded === null);
      store.getState().apply({ type: 'replaceLayout', layout: copied.layout });
      onClose();
      env.openDocument(targetKey);
      showToast('success', 'Copied into the draft. Check it and save to store it on the portal.');
    } catch (e) {
      setError(portalErrorText(e));
    } finally {
      setBusy(false);
    }
  };
  const scopeLabel = docKey.scope === 'C' ? 'A personal layout' : 'The common layout';
  return (
    <Dialog
      open
      title="Copy this layout"
      onClose={onClose}
      actions={
        <>
          <Button variant="primary" busy={busy} onClick={() => void copy()}>
            Copy into draft
          </Button>
          <Button variant="light" onClick={onClose}>
            Cancel
          </Button>
        </>
      }
    >
      <fieldset className="copy-targets">
        <legend>Copy the layout as the editor shows it to</legend>
        <label className="copy-target">
          <input
            type="radio"
            name="copy-target"
            checked={target === 'scope'}
            onChange={() => setTarget('scope')}
          />
          {scopeLabel} of {typeName(docKey.leadType)}
        </label>
        {target === 'scope' && docKey.scope === 'C' ? (
          <UserPicker userId={personalUser} onChange={(id) => setPersonalUser(id)} />
        ) : null}
        <label className="copy-target">
          <input
            type="radio"
            name="copy-target"
            checked={target === 'leadType'}
            onChange={() => setTarget('leadType')}
          />
          The {docKey.scope === 'C' ? 'common' : 'same personal'} layout of {typeName(otherType)}
        </label>
      </fieldset>
      {copied.leftOut.length > 0 ? (
        <div className="banner banner-warn copy-left-out" role="note">
          <span>
            Left out, because {typeName(otherType)} do not have them:{' '}
            <strong>{copied.leftOut.map(labelOf).join(', ')}</strong>
          </span>
        </div>
      ) : null}
      <p className="safety-note">
        The copy replaces that layout's draft; nothing is saved until you save there.
      </p>
      {error ? (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      ) : null}
    </Dialog>
  );
}
