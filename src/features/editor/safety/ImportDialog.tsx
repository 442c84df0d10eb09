import { useMemo } from 'react';
import { useStore } from 'zustand';
import { diffLayouts, keptSettingsDiffer } from '../../../domain/diff';
import { lintLayout } from '../../../domain/lint';
import { useLang, useT } from '../../../i18n/i18nStore';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { showToast } from '../../../ui/toastStore';
import { alignSections } from './alignSections';
import { useCardWords } from '../document/cardWords';
import { ChangeList, countOf, KeptSettingsNoteText } from './ChangeList';
import { useDocument } from '../document/documentContext';
import { formatWhen } from '../document/formatWhen';
import { readImport } from './importFile';
import { lintText } from './lintText';
import { noticeText } from '../document/noticeText';
import './safety.css';

export interface ImportDialogProps {
  /** `size` in bytes; a file beyond `IMPORT_LIMITS.bytes` comes unread, with `text` empty. */
  readonly file: { readonly name: string; readonly text: string; readonly size?: number };
  readonly onClose: () => void;
}

/** What an imported file holds, checked with the portal's rules, and what it would change; then into the draft. */
export function ImportDialog({ file, onClose }: ImportDialogProps) {
  const env = useDocument();
  const { docKey, cardFields, editor, labelOf } = env;
  const t = useT();
  const lang = useLang();
  const words = useCardWords();
  const result = useMemo(
    () => readImport(file.text, docKey.card, cardFields, file.size),
    [file.text, file.size, docKey.card, cardFields],
  );
  const draft = useStore(editor, (s) => s.draft);
  const imported = result.ok ? alignSections(draft, result.layout) : null;
  const changes = imported ? diffLayouts(draft, imported) : [];
  const reference = useStore(editor, (s) => s.saved);
  const lint = result.ok ? lintLayout(result.layout, { cardFields, card: docKey.card, lang, reference }) : [];
  const serious = lint.filter((i) => i.severity !== 'info');
  const remarks = [
    ...(result.ok ? result.notices.map((n) => noticeText(t, n)) : []),
    ...serious.map((i) => lintText(t, i)),
  ];
  const put = () => {
    if (!imported) return;
    editor.getState().apply({ type: 'replaceLayout', layout: imported });
    showToast('success', t('dialogs.import.done', { name: file.name }));
    onClose();
  };
  const fields = result.ok ? result.layout.sections.reduce((n, s) => n + s.elements.length, 0) : 0;
  return (
    <Dialog
      open
      title={t('dialogs.import.title', { name: file.name })}
      onClose={onClose}
      actions={
        <>
          <Button variant="primary" disabled={!result.ok} onClick={put}>
            {t('dialogs.import.submit')}
          </Button>
          <Button variant="light" onClick={onClose}>
            {t('ui.cancel')}
          </Button>
        </>
      }
    >
      <div className="safety-wide">
        {!result.ok ? (
          <p className="banner banner-error import-error" role="alert">
            {t(`dialogs.import.problem.${result.code}`, result.params)}
          </p>
        ) : (
          <>
            <p className="safety-note">
              {countOf(t, result.layout.sections.length, 'sections')}, {countOf(t, fields, 'fields')}
              {result.fromCard ? `, ${t('dialogs.import.madeFor', { leads: words(result.fromCard) })}` : ''}
              {result.fromScope ? ` (${t(`dialogs.import.scope.${result.fromScope}`)})` : ''}
              {result.exportedAt
                ? `, ${t('dialogs.import.exported', { when: formatWhen(result.exportedAt, lang) })}`
                : ''}
              . {t('dialogs.import.checksPass')}
            </p>
            {result.leftOut.length > 0 ? (
              <p className="banner banner-warn" role="note">
                {t('dialogs.import.leftOut', { fields: result.leftOut.map(labelOf).join(', ') })}
              </p>
            ) : null}
            {remarks.length > 0 ? (
              <ul className="notice-list import-notes" aria-label={t('dialogs.import.remarks')}>
                {remarks.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            ) : null}
            <h3 className="safety-h">
              {t('dialogs.import.changesHeading', { changes: countOf(t, changes.length, 'changes') })}
            </h3>
            <KeptSettingsNoteText note={imported ? keptSettingsDiffer(draft, imported) : null} />
            <ChangeList
              changes={changes}
              labelOf={labelOf}
              empty={t('dialogs.import.same')}
              label={t('dialogs.import.changes')}
            />
          </>
        )}
      </div>
    </Dialog>
  );
}
