import { useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { useLang, useT } from '../../../i18n/i18nStore';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { showToast } from '../../../ui/toastStore';
import { alignSections } from './alignSections';
import { useDocument } from '../document/documentContext';
import { formatWhen } from '../document/formatWhen';
import { useVersions, type VersionEntry } from './useVersions';
import { VersionPreview } from './VersionPreview';
import './safety.css';

/** Versions kept before each save, newest first: who replaced them and when; preview; restore as draft. */
export function HistoryDialog({ onClose }: { readonly onClose: () => void }) {
  const env = useDocument();
  const t = useT();
  const lang = useLang();
  const { entries, portalNote, loading } = useVersions(env);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = entries.find((v) => v.id === selectedId) ?? entries[0] ?? null;
  const layout = useMemo(() => selected?.layout() ?? null, [selected]);
  const draft = useStore(env.editor, (s) => s.draft);
  const { labelOf } = env;
  const restore = () => {
    if (!selected || !layout) return;
    const { draft: now, apply } = env.editor.getState();
    apply({ type: 'replaceLayout', layout: alignSections(now, layout) });
    showToast('success', t('dialogs.history.restored', { when: formatWhen(selected.at, lang) }));
    onClose();
  };
  return (
    <Dialog
      open
      title={t('dialogs.history.title')}
      onClose={onClose}
      actions={
        <>
          <Button variant="primary" disabled={!layout} onClick={restore}>
            {t('dialogs.history.restore')}
          </Button>
          <Button variant="light" onClick={onClose}>
            {t('dialogs.close')}
          </Button>
        </>
      }
    >
      <div className="safety-wide">
        <p className="safety-note">{t('dialogs.history.note', { portalNote })}</p>
        {entries.length === 0 ? (
          <p className="safety-empty">{loading ? t('dialogs.history.reading') : t('dialogs.history.none')}</p>
        ) : (
          <div className="history">
            <ul className="version-list" aria-label={t('dialogs.history.versions')}>
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
  const t = useT();
  const lang = useLang();
  return (
    <li>
      <button
        type="button"
        className={`version${selected ? ' is-selected' : ''}`}
        aria-pressed={selected}
        onClick={() => onSelect(v.id)}
      >
        <span className="version-when">{formatWhen(v.at, lang, { seconds: true })}</span>
        <span className="version-who">{t('dialogs.history.replacedBy', { name: v.savedBy.name })}</span>
        <span className="version-size">
          {v.wasDefault ? t('dialogs.history.portalDefault') : ''}
          {t('dialogs.history.size', {
            sections: t('dialogs.history.sections', { count: v.sectionCount }),
            fields: t('dialogs.history.fields', { count: v.fieldCount }),
          })}
        </span>
        <span className="version-where">
          {v.inBrowser ? <span className="tag">{t('dialogs.history.inBrowser')}</span> : null}
          {v.onPortal ? <span className="tag">{t('dialogs.history.onPortal')}</span> : null}
        </span>
      </button>
    </li>
  );
}
