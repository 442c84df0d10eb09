import { useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { cardFieldsFor } from '../../domain/cardFields';
import { diffLayouts } from '../../domain/diff';
import type { Layout } from '../../domain/types';
import type { DocumentKey } from '../../store/documentKey';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { alignSections } from './alignSections';
import { ChangeList, countText } from './ChangeList';
import { labelFrom, useDocumentEnv } from './documentEnv';
import { useOtherLayout } from './useOtherLayout';
import './safety.css';

type Mode = 'saved' | 'scope' | 'leadType';

/** Draft vs saved, personal vs common, simple vs repeat: what differs, as sentences. */
export function DiffDialog({ onClose }: { readonly onClose: () => void }) {
  const env = useDocumentEnv();
  const { docKey, editor, me, fields } = env;
  const [mode, setMode] = useState<Mode>('saved');
  const draft = useStore(editor, (s) => s.draft);
  const saved = useStore(editor, (s) => s.saved);
  const personal = docKey.scope === 'P';
  const otherType = docKey.leadType === 'simple' ? 'repeat' : 'simple';
  const otherKey: DocumentKey | null =
    mode === 'scope'
      ? personal
        ? { scope: 'C', userId: null, leadType: docKey.leadType }
        : { scope: 'P', userId: me.id, leadType: docKey.leadType }
      : mode === 'leadType'
        ? { ...docKey, leadType: otherType }
        : null;
  const other = useOtherLayout(env, otherKey);
  const labelOf = useMemo(() => labelFrom(cardFieldsFor('simple', fields)), [fields]);
  const compared = ((): { before: Layout; after: Layout; text: string } | null => {
    if (mode === 'saved')
      return { before: saved, after: draft, text: 'Your draft against the saved layout.' };
    if (other.status !== 'ready') return null;
    if (mode === 'scope') {
      return personal
        ? {
            before: other.layout,
            after: draft,
            text: `This personal layout against the common one (${other.note}).`,
          }
        : {
            before: draft,
            after: other.layout,
            text: `Your personal layout (${other.note}) against this common one.`,
          };
    }
    const simpleFirst = docKey.leadType === 'simple';
    return {
      before: simpleFirst ? draft : other.layout,
      after: simpleFirst ? other.layout : draft,
      text: `Simple leads against repeat leads (${otherType} leads: ${other.note}).`,
    };
  })();
  const changes = compared
    ? diffLayouts(compared.before, alignSections(compared.before, compared.after))
    : [];
  const modes: readonly [Mode, string][] = [
    ['saved', 'Draft vs saved'],
    ['scope', personal ? 'Personal vs common' : 'Common vs my personal'],
    ['leadType', 'Simple vs repeat'],
  ];
  return (
    <Dialog
      open
      title="Compare layouts"
      onClose={onClose}
      actions={
        <Button variant="light" onClick={onClose}>
          Close
        </Button>
      }
    >
      <div className="safety-wide">
        <div className="tabs" role="tablist" aria-label="Compare">
          {modes.map(([m, label]) => (
            <button
              key={m}
              type="button"
              role="tab"
              className="tab"
              aria-selected={mode === m}
              onClick={() => setMode(m)}
            >
              {label}
            </button>
          ))}
        </div>
        <div role="tabpanel" className="diff-panel" aria-label="Differences">
          {other.status === 'error' && mode !== 'saved' ? (
            <p className="banner banner-error">{other.message}</p>
          ) : null}
          {compared ? (
            <>
              <p className="safety-note">
                {compared.text} {countText(changes.length, 'difference')}.
              </p>
              <ChangeList
                changes={changes}
                labelOf={labelOf}
                empty="The two layouts are the same."
                label="Differences"
              />
            </>
          ) : other.status === 'loading' ? (
            <p className="safety-note">Reading the other layout…</p>
          ) : null}
        </div>
      </div>
    </Dialog>
  );
}
