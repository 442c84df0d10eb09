import { useState } from 'react';
import { useStore } from 'zustand';
import type { LintItem } from '../../domain/lint';
import type { EditorStore } from '../../store/editorStore';
import { useT } from '../../i18n/i18nStore';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useDocumentEnv } from './documentEnv';
import { lintOf } from './useLint';
import type { SaveState } from './useSaveLayout';

export interface SaveButtonProps {
  readonly editor: EditorStore;
  readonly save: SaveState;
  /** Opens the layout check. */
  readonly onReview: () => void;
}

type Confirm = 'lint' | 'renamed' | null;

/**
 * Save, after the portal's own checks (refused at once), the layout check's errors (asked) and
 * the renamed-labels warning (asked); then the checked save of `useSaveLayout`.
 */
export function SaveButton({ editor, save, onReview }: SaveButtonProps) {
  const env = useDocumentEnv();
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
      <ConfirmDialog
        open={confirm === 'lint'}
        title="The layout check found errors"
        confirmLabel="Save anyway"
        onConfirm={afterLint}
        onClose={close}
      >
        <ul className="notice-list">
          {errors.map((e) => (
            <li key={e.id}>{e.message}</li>
          ))}
        </ul>
        <p>
          The portal accepts the layout, but the card will not look as intended.{' '}
          <button
            type="button"
            className="btn-link"
            onClick={() => {
              close();
              onReview();
            }}
          >
            Review in the check
          </button>
        </p>
      </ConfirmDialog>
      <ConfirmDialog
        open={confirm === 'renamed'}
        title="The portal will drop renamed labels"
        confirmLabel="Save anyway"
        onConfirm={() => void save.run()}
        onClose={close}
      >
        <p>
          These fields were renamed in the portal's own card editor: {renamed}. The REST API cannot store
          renamed labels, so after saving they show their standard names again.
        </p>
      </ConfirmDialog>
    </>
  );
}
