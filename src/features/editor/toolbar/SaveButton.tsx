import { useState } from 'react';
import { useStore } from 'zustand';
import type { LintItem } from '../../../domain/lint';
import type { EditorStore } from '../../../store/editorStore';
import { useT } from '../../../i18n/i18nStore';
import { Button } from '../../../ui/Button';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { useDocument } from '../document/documentContext';
import { lintText } from '../safety/lintText';
import { lintOf } from '../safety/useLint';
import type { SaveState } from './useSaveLayout';

export interface SaveButtonProps {
  readonly editor: EditorStore;
  readonly save: SaveState;
  /** Opens the layout check. */
  readonly onReview: () => void;
  /** Set when the portal does not let this user save this layout: the note that says why. */
  readonly lockedNoteId?: string | null;
}

type Confirm = 'lint' | 'renamed' | null;

/**
 * Save, after the portal's own checks (refused at once), the layout check's errors (asked) and
 * the renamed-labels warning (asked); then the checked save of `useSaveLayout`.
 */
export function SaveButton({ editor, save, onReview, lockedNoteId = null }: SaveButtonProps) {
  const env = useDocument();
  const t = useT();
  const [confirm, setConfirm] = useState<Confirm>(null);
  const [errors, setErrors] = useState<readonly LintItem[]>([]);
  const renamed = useStore(editor, (s) =>
    s.draft.sections
      .flatMap((x) => x.elements.filter((e) => typeof e.extra?.['title'] === 'string').map((e) => e.field))
      .join(', '),
  );
  const close = () => setConfirm(null);
  const afterLint = () => (renamed ? setConfirm('renamed') : void save.run());
  return (
    <>
      <Button
        variant="primary"
        busy={save.busy}
        disabled={lockedNoteId !== null}
        aria-describedby={lockedNoteId ?? undefined}
        title={lockedNoteId !== null ? t('rights.note.common') : undefined}
        onClick={() => {
          if (!save.precheck()) return;
          const found = lintOf(env, editor.getState().draft).items.filter(
            (i) => i.severity === 'error' && i.kind !== 'portalRejects',
          );
          setErrors(found);
          if (found.length > 0) setConfirm('lint');
          else afterLint();
        }}
      >
        {t('editor.save')}
      </Button>
      {save.busy && (
        <Button onClick={save.cancel} aria-label={t('pieces.save.cancelLabel')}>
          {t('pieces.save.cancel')}
        </Button>
      )}
      <ConfirmDialog
        open={confirm === 'lint'}
        title={t('pieces.save.lintTitle')}
        confirmLabel={t('pieces.save.anyway')}
        onConfirm={afterLint}
        onClose={close}
      >
        <ul className="notice-list">
          {errors.map((e) => (
            <li key={e.id}>{lintText(t, e)}</li>
          ))}
        </ul>
        <p>
          {t('pieces.save.lintBody')}{' '}
          <button
            type="button"
            className="btn-link"
            onClick={() => {
              close();
              onReview();
            }}
          >
            {t('pieces.save.review')}
          </button>
        </p>
      </ConfirmDialog>
      <ConfirmDialog
        open={confirm === 'renamed'}
        title={t('pieces.save.renamedTitle')}
        confirmLabel={t('pieces.save.anyway')}
        onConfirm={() => void save.run()}
        onClose={close}
      >
        <p>{t('pieces.save.renamedBody', { fields: renamed })}</p>
      </ConfirmDialog>
    </>
  );
}
