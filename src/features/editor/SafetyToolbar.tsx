import { useRef, useState, type ChangeEvent } from 'react';
import { Button } from '../../ui/Button';
import { showToast } from '../../ui/toastStore';
import { BulkApplyDialog } from './BulkApplyDialog';
import { countText } from './ChangeList';
import { CopyDialog } from './CopyDialog';
import { DiffDialog } from './DiffDialog';
import { useDocumentEnv } from './documentEnv';
import { downloadLayout } from './exportFile';
import { HistoryDialog } from './HistoryDialog';
import { ImportDialog } from './ImportDialog';
import { useLint } from './useLint';
import { WhoSeesDialog } from './WhoSeesDialog';
import './safety.css';

type Open = 'diff' | 'copy' | 'bulk' | 'history' | 'who' | 'import' | null;

export interface SafetyToolbarProps {
  readonly lintOpen: boolean;
  readonly onToggleLint: () => void;
}

/** The secondary row of layout tools: compare, check, copy, apply to users, history, import/export. */
export function SafetyToolbar({ lintOpen, onToggleLint }: SafetyToolbarProps) {
  const env = useDocumentEnv();
  const lint = useLint(env);
  const [open, setOpen] = useState<Open>(null);
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const close = () => setOpen(null);
  const problems = lint.errors + lint.warnings;
  const onFile = (e: ChangeEvent<HTMLInputElement>) => {
    const chosen = e.target.files?.[0];
    e.target.value = ''; // the same file can be chosen again
    if (!chosen) return;
    chosen.text().then(
      (text) => {
        setFile({ name: chosen.name, text });
        setOpen('import');
      },
      () => showToast('error', `The file ${chosen.name} could not be read.`),
    );
  };
  return (
    <div className="toolbar safety-bar" role="group" aria-label="Layout tools">
      <span className="safety-bar-label" aria-hidden="true">
        Layout
      </span>
      <Button variant="light" className="btn-tool" onClick={() => setOpen('diff')}>
        Diff
      </Button>
      <Button
        variant="light"
        className={`btn-tool${lint.errors > 0 ? ' has-errors' : ''}`}
        aria-pressed={lintOpen}
        aria-label={`Check (${countText(problems, 'problem')})`}
        onClick={onToggleLint}
      >
        Check
        <span className={`count-badge${lint.errors > 0 ? ' is-error' : problems > 0 ? ' is-warn' : ''}`}>
          {problems}
        </span>
      </Button>
      <Button variant="light" className="btn-tool" onClick={() => setOpen('copy')}>
        Copy…
      </Button>
      <Button variant="light" className="btn-tool" onClick={() => setOpen('bulk')}>
        Apply to users…
      </Button>
      <Button variant="light" className="btn-tool" onClick={() => setOpen('history')}>
        History
      </Button>
      <Button variant="light" className="btn-tool" onClick={() => setOpen('who')}>
        Who sees what
      </Button>
      <span className="safety-sep" aria-hidden="true" />
      <Button
        variant="light"
        className="btn-tool"
        title="Download this layout, as the editor shows it, as a JSON file"
        onClick={() =>
          downloadLayout(env.editor.getState().draft, env.docKey, env.client.id.split('#')[0] ?? '')
        }
      >
        Export
      </Button>
      <Button
        variant="light"
        className="btn-tool"
        title="Read a layout from a JSON file into the draft"
        onClick={() => fileInput.current?.click()}
      >
        Import
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
      {open === 'diff' ? <DiffDialog onClose={close} /> : null}
      {open === 'copy' ? <CopyDialog onClose={close} /> : null}
      {open === 'bulk' ? <BulkApplyDialog onClose={close} /> : null}
      {open === 'history' ? <HistoryDialog onClose={close} /> : null}
      {open === 'who' ? <WhoSeesDialog onClose={close} /> : null}
      {open === 'import' && file ? <ImportDialog file={file} onClose={close} /> : null}
    </div>
  );
}
