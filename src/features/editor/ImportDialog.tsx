import { useMemo } from 'react';
import { useStore } from 'zustand';
import { diffLayouts } from '../../domain/diff';
import { lintLayout } from '../../domain/lint';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { showToast } from '../../ui/toastStore';
import { alignSections } from './alignSections';
import { ChangeList, countText } from './ChangeList';
import { labelFrom, useDocumentEnv, whenText } from './documentEnv';
import { readImport } from './importFile';
import './safety.css';

export interface ImportDialogProps {
  readonly file: { readonly name: string; readonly text: string };
  readonly onClose: () => void;
}

/** What an imported file holds, checked with the portal's rules, and what it would change; then into the draft. */
export function ImportDialog({ file, onClose }: ImportDialogProps) {
  const env = useDocumentEnv();
  const { docKey, cardFields, editor } = env;
  const result = useMemo(
    () => readImport(file.text, docKey.leadType, cardFields),
    [file.text, docKey.leadType, cardFields],
  );
  const draft = useStore(editor, (s) => s.draft);
  const labelOf = useMemo(() => labelFrom(cardFields), [cardFields]);
  const imported = result.ok ? alignSections(draft, result.layout) : null;
  const changes = imported ? diffLayouts(draft, imported) : [];
  const lint = result.ok ? lintLayout(result.layout, { cardFields, leadType: docKey.leadType }) : [];
  const serious = lint.filter((i) => i.severity !== 'info');
  const put = () => {
    if (!imported) return;
    editor.getState().apply({ type: 'replaceLayout', layout: imported });
    showToast('success', `${file.name} is now the draft. Save to store it on the portal.`);
    onClose();
  };
  const fields = result.ok ? result.layout.sections.reduce((n, s) => n + s.elements.length, 0) : 0;
  return (
    <Dialog
      open
      title={`Import ${file.name}`}
      onClose={onClose}
      actions={
        <>
          <Button variant="primary" disabled={!result.ok} onClick={put}>
            Put into the draft
          </Button>
          <Button variant="light" onClick={onClose}>
            Cancel
          </Button>
        </>
      }
    >
      <div className="safety-wide">
        {!result.ok ? (
          <p className="banner banner-error import-error" role="alert">
            {result.message}
          </p>
        ) : (
          <>
            <p className="safety-note">
              {countText(result.layout.sections.length, 'section')}, {countText(fields, 'field')}
              {result.fromLeadType ? `, made for ${result.fromLeadType} leads` : ''}
              {result.fromScope ? ` (${result.fromScope === 'C' ? 'common' : 'personal'})` : ''}
              {result.exportedAt ? `, exported ${whenText(result.exportedAt)}` : ''}. The portal's checks
              pass.
            </p>
            {result.leftOut.length > 0 ? (
              <p className="banner banner-warn" role="note">
                Left out, because this card cannot show them: {result.leftOut.map(labelOf).join(', ')}
              </p>
            ) : null}
            {[...result.notices, ...serious.map((i) => i.message)].length > 0 ? (
              <ul className="notice-list import-notes" aria-label="Remarks">
                {[...result.notices, ...serious.map((i) => i.message)].map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            ) : null}
            <h3 className="safety-h">What it changes in the draft ({countText(changes.length, 'change')})</h3>
            <ChangeList
              changes={changes}
              labelOf={labelOf}
              empty="Nothing: the draft is this layout."
              label="What importing changes"
            />
          </>
        )}
      </div>
    </Dialog>
  );
}
