import { Suspense, useContext, useRef, useState, type ChangeEvent } from 'react';
import { IMPORT_LIMITS } from '../../../domain/layoutJson';
import { useT } from '../../../i18n/i18nStore';
import { Button } from '../../../ui/Button';
import { lazyNamed } from '../../../ui/lazyNamed';
import { showToast } from '../../../ui/toastStore';
import { CardCatalogContext } from '../document/cardWords';
import { useDocument } from '../document/documentContext';
import { downloadLayout } from './exportFile';
import { useLint } from './useLint';
import { otherPipelinesOf } from './usePipelinesApply';
import './safety.css';

// each dialog is fetched when first opened; it takes the focus once drawn, as before
const BulkApplyDialog = lazyNamed(() => import('./BulkApplyDialog').then((m) => m.BulkApplyDialog));
const CopyDialog = lazyNamed(() => import('./CopyDialog').then((m) => m.CopyDialog));
const DiffDialog = lazyNamed(() => import('./DiffDialog').then((m) => m.DiffDialog));
const HistoryDialog = lazyNamed(() => import('./HistoryDialog').then((m) => m.HistoryDialog));
const ImportDialog = lazyNamed(() => import('./ImportDialog').then((m) => m.ImportDialog));
const PipelinesDialog = lazyNamed(() => import('./PipelinesDialog').then((m) => m.PipelinesDialog));
const WhoSeesDialog = lazyNamed(() => import('./WhoSeesDialog').then((m) => m.WhoSeesDialog));

type Open = 'diff' | 'copy' | 'pipelines' | 'bulk' | 'history' | 'who' | 'import' | null;

export interface SafetyToolbarProps {
  readonly lintOpen: boolean;
  readonly onToggleLint: () => void;
  /** Set when the portal does not let this user change other users' layouts: the note that says why. */
  readonly othersNoteId: string | null;
}

/** The secondary row of layout tools: compare, check, copy, apply to users, history, import/export. */
export function SafetyToolbar({ lintOpen, onToggleLint, othersNoteId }: SafetyToolbarProps) {
  const env = useDocument();
  const t = useT();
  const lint = useLint(env);
  const [open, setOpen] = useState<Open>(null);
  const [file, setFile] = useState<{ name: string; text: string; size: number } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const close = () => setOpen(null);
  const problems = lint.errors + lint.warnings;
  const hasPipelines = otherPipelinesOf(env.docKey.card, useContext(CardCatalogContext)).length > 0;
  const onFile = (e: ChangeEvent<HTMLInputElement>) => {
    const chosen = e.target.files?.[0];
    e.target.value = ''; // the same file can be chosen again
    if (!chosen) return;
    // a file larger than any layout the portal takes is refused unread, at once
    if (chosen.size > IMPORT_LIMITS.bytes) {
      setFile({ name: chosen.name, text: '', size: chosen.size });
      setOpen('import');
      return;
    }
    // read off the main thread: the page stays responsive while the file loads
    chosen.text().then(
      (text) => {
        setFile({ name: chosen.name, text, size: chosen.size });
        setOpen('import');
      },
      () => showToast('error', t('editor.tools.unreadable', { name: chosen.name })),
    );
  };
  return (
    <div className="toolbar safety-bar" role="group" aria-label={t('editor.tools')}>
      <span className="safety-bar-label" aria-hidden="true">
        {t('editor.tools.label')}
      </span>
      <Button variant="light" className="btn-tool" onClick={() => setOpen('diff')}>
        {t('editor.tools.diff')}
      </Button>
      <Button
        variant="light"
        className={`btn-tool${lint.errors > 0 ? ' has-errors' : ''}`}
        aria-pressed={lintOpen}
        aria-label={
          problems === 0 ? t('editor.tools.checkNone') : t('editor.tools.checkCount', { count: problems })
        }
        onClick={onToggleLint}
      >
        {t('editor.tools.check')}
        <span className={`count-badge${lint.errors > 0 ? ' is-error' : problems > 0 ? ' is-warn' : ''}`}>
          {problems}
        </span>
      </Button>
      <Button variant="light" className="btn-tool" onClick={() => setOpen('copy')}>
        {t('editor.tools.copy')}
      </Button>
      {hasPipelines ? (
        <Button
          variant="light"
          className="btn-tool"
          title={t('cards.pipelines.openHint')}
          onClick={() => setOpen('pipelines')}
        >
          {t('cards.pipelines.open')}
        </Button>
      ) : null}
      <Button
        variant="light"
        className="btn-tool"
        disabled={othersNoteId !== null}
        aria-describedby={othersNoteId ?? undefined}
        title={othersNoteId !== null ? t('rights.note.personal') : undefined}
        onClick={() => setOpen('bulk')}
      >
        {t('editor.tools.bulk')}
      </Button>
      <Button variant="light" className="btn-tool" onClick={() => setOpen('history')}>
        {t('editor.tools.history')}
      </Button>
      <Button variant="light" className="btn-tool" onClick={() => setOpen('who')}>
        {t('editor.tools.who')}
      </Button>
      <span className="safety-sep" aria-hidden="true" />
      <Button
        variant="light"
        className="btn-tool"
        title={t('editor.tools.exportHint')}
        onClick={() =>
          downloadLayout(env.editor.getState().draft, env.docKey, env.client.id.split('#')[0] ?? '')
        }
      >
        {t('editor.tools.export')}
      </Button>
      <Button
        variant="light"
        className="btn-tool"
        title={t('editor.tools.importHint')}
        onClick={() => fileInput.current?.click()}
      >
        {t('editor.tools.import')}
      </Button>
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        className="sr-only"
        tabIndex={-1}
        aria-hidden="true"
        onChange={onFile}
      />
      <Suspense fallback={null}>
        {open === 'diff' ? <DiffDialog onClose={close} /> : null}
        {open === 'copy' ? <CopyDialog onClose={close} /> : null}
        {open === 'pipelines' ? <PipelinesDialog onClose={close} /> : null}
        {open === 'bulk' ? <BulkApplyDialog onClose={close} /> : null}
        {open === 'history' ? <HistoryDialog onClose={close} /> : null}
        {open === 'who' ? <WhoSeesDialog onClose={close} /> : null}
        {open === 'import' && file ? <ImportDialog file={file} onClose={close} /> : null}
      </Suspense>
    </div>
  );
}
