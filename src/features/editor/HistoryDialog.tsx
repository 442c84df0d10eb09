import { useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { showToast } from '../../ui/toastStore';
import { alignSections } from './alignSections';
import { labelFrom, useDocumentEnv, whenText } from './documentEnv';
import { useVersions, type VersionEntry } from './useVersions';
import { VersionPreview } from './VersionPreview';
import './safety.css';

/** Versions kept before each save, newest first: who replaced them and when; preview; restore as draft. */
export function HistoryDialog({ onClose }: { readonly onClose: () => void }) {
  const env = useDocumentEnv();
  const { entries, portalNote, loading } = useVersions(env);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = entries.find((v) => v.id === selectedId) ?? entries[0] ?? null;
  const layout = useMemo(() => selected?.layout() ?? null, [selected]);
  const draft = useStore(env.editor, (s) => s.draft);
  const labelOf = useMemo(() => labelFrom(env.cardFields), [env.cardFields]);
  const restore = () => {
    if (!selected || !layout) return;
    const { draft: now, apply } = env.editor.getState();
    apply({ type: 'replaceLayout', layout: alignSections(now, layout) });
    showToast(
      'success',
      `The version from ${whenText(selected.at)} is now the draft. Save to make it the layout again.`,
    );
    onClose();
  };
  return (
    <Dialog
      open
      title="Layout history"
      onClose={onClose}
      actions={
        <>
          <Button variant="primary" disabled={!layout} onClick={restore}>
            Restore as draft
          </Button>
          <Button variant="light" onClick={onClose}>
            Close
          </Button>
        </>
      }
    >
      <div className="safety-wide">
        <p className="safety-note">
          Every save first keeps the layout it overwrites. {portalNote} Restoring puts a version into the
          draft; nothing changes on the portal until you save.
        </p>
        {entries.length === 0 ? (
          <p className="safety-empty">
            {loading ? 'Reading the history…' : 'No versions yet: nothing was saved over.'}
          </p>
        ) : (
          <div className="history">
            <ul className="version-list" aria-label="Versions">
              {entries.map((v) => (
                <VersionRow
                  key={v.id}
                  version={v}
                  selected={v.id === selected?.id}
                  onSelect={setSelectedId}
                />
              ))}
            </ul>
            {layout ? <VersionPreview layout={layout} draft={draft} labelOf={labelOf} /> : null}
          </div>
        )}
      </div>
    </Dialog>
  );
}

function VersionRow({
  version: v,
  selected,
  onSelect,
}: {
  version: VersionEntry;
  selected: boolean;
  onSelect: (id: string) => void;
}) {
  return (
    <li>
      <button
        type="button"
        className={`version${selected ? ' is-selected' : ''}`}
        aria-pressed={selected}
        onClick={() => onSelect(v.id)}
      >
        <span className="version-when">{whenText(v.at, { seconds: true })}</span>
        <span className="version-who">replaced by {v.savedBy.name}</span>
        <span className="version-size">
          {v.wasDefault ? 'portal default · ' : ''}
          {v.sectionCount} sections, {v.fieldCount} fields
        </span>
        <span className="version-where">
          {v.inBrowser ? <span className="tag">browser</span> : null}
          {v.onPortal ? <span className="tag">portal</span> : null}
        </span>
      </button>
    </li>
  );
}
