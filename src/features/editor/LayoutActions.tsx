import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useStore } from 'zustand';
import { forceCommonLayoutForAll, resetLayout } from '../../api/methods/layout';
import type { PortalClient } from '../../api/transport';
import type { CardField } from '../../domain/cardFields';
import { defaultLayout } from '../../domain/defaults';
import type { DocumentKey } from '../../store/documentKey';
import { isDirty, type EditorStore } from '../../store/editorStore';
import { canRedo, canUndo } from '../../store/selectors';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { portalErrorText } from '../../ui/portalErrorText';
import { showToast } from '../../ui/toastStore';
import { layoutPairQuery, type LayoutPair } from './editorData';
import type { SaveState } from './useSaveLayout';

export interface LayoutActionsProps {
  readonly client: PortalClient;
  readonly docKey: DocumentKey;
  readonly editor: EditorStore;
  readonly save: SaveState;
  readonly cardFields: readonly CardField[];
  /** null: no preview available. */
  readonly previewOpen: boolean | null;
  readonly onTogglePreview: () => void;
}

type Confirm = 'renamed' | 'reset' | 'force' | null;

/** Undo/redo, save (warning when the portal would drop renamed labels), reset, force common. */
export function LayoutActions({
  client,
  docKey,
  editor,
  save,
  cardFields,
  previewOpen,
  onTogglePreview,
}: LayoutActionsProps) {
  const queryClient = useQueryClient();
  const dirty = useStore(editor, isDirty);
  const undo = useStore(editor, canUndo);
  const redo = useStore(editor, canRedo);
  const renamed = useStore(editor, (s) =>
    s.draft.sections
      .flatMap((x) => x.elements.filter((e) => typeof e.extra?.['title'] === 'string').map((e) => e.field))
      .join(', '),
  );
  const [confirm, setConfirm] = useState<Confirm>(null);
  const [busy, setBusy] = useState(false);
  const close = () => setConfirm(null);
  const setPair = (layout: LayoutPair[keyof LayoutPair]) =>
    queryClient.setQueryData(
      layoutPairQuery(client, { scope: docKey.scope, userId: docKey.userId }).queryKey,
      (pair: LayoutPair | undefined) => (pair ? { ...pair, [docKey.leadType]: layout } : pair),
    );
  const run = async (action: () => Promise<void>, done: string) => {
    setBusy(true);
    try {
      await action();
      showToast('success', done);
    } catch (e) {
      showToast('error', portalErrorText(e));
    } finally {
      setBusy(false);
    }
  };
  const key = { scope: docKey.scope, userId: docKey.userId, leadType: docKey.leadType };
  const reset = () =>
    run(async () => {
      await resetLayout(client, key);
      editor.getState().reload(defaultLayout(docKey.leadType, cardFields), true);
      setPair(null);
    }, 'The stored layout was deleted: the card shows the portal default.');
  const force = () =>
    run(async () => {
      await forceCommonLayoutForAll(client, docKey.leadType);
      await queryClient.invalidateQueries({ queryKey: ['portal', client.id, 'layoutPair'] });
    }, 'Every personal layout was deleted: everyone now sees the common layout.');
  return (
    <div className="toolbar">
      <Button
        variant="light"
        onClick={() => editor.getState().undo()}
        disabled={!undo}
        aria-keyshortcuts="Control+Z"
      >
        Undo
      </Button>
      <Button
        variant="light"
        onClick={() => editor.getState().redo()}
        disabled={!redo}
        aria-keyshortcuts="Control+Shift+Z"
      >
        Redo
      </Button>
      {previewOpen !== null ? (
        <Button variant="secondary" aria-pressed={previewOpen} onClick={onTogglePreview}>
          Preview
        </Button>
      ) : null}
      <span className="topbar-spacer" />
      <Button variant="light" onClick={() => setConfirm('reset')} disabled={busy}>
        Reset to portal default
      </Button>
      {docKey.scope === 'C' ? (
        <Button variant="light" onClick={() => setConfirm('force')} disabled={busy}>
          Make the common layout everyone's
        </Button>
      ) : null}
      <span className="scope-note">{dirty ? 'Unsaved changes' : 'All changes saved'}</span>
      <Button
        variant="primary"
        busy={save.busy}
        onClick={() => {
          if (!save.precheck()) return;
          if (renamed) setConfirm('renamed');
          else void save.run();
        }}
      >
        Save
      </Button>
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
      <ConfirmDialog
        open={confirm === 'reset'}
        title="Reset to the portal default?"
        confirmLabel="Reset layout"
        danger
        onConfirm={() => void reset()}
        onClose={close}
      >
        <p>
          The stored {docKey.scope === 'C' ? 'common' : 'personal'} layout of {docKey.leadType} leads is
          deleted on the portal, and this draft is replaced by the portal's built-in default.
        </p>
      </ConfirmDialog>
      <ConfirmDialog
        open={confirm === 'force'}
        title="Delete every personal layout?"
        confirmLabel="Delete all personal layouts"
        danger
        onConfirm={() => void force()}
        onClose={close}
      >
        <p>
          This deletes the personal {docKey.leadType}-lead layout of every user on the portal, and everyone
          sees the common layout. It cannot be undone. Save the common layout first if it has unsaved changes.
        </p>
      </ConfirmDialog>
    </div>
  );
}
