import { useState, type ReactNode } from 'react';
import '../safety/safety.css';
import { useStore } from 'zustand';
import { forceCommonLayoutForAll, resetLayout } from '../../../api/methods/layout';
import { useLang, useT } from '../../../i18n/i18nStore';
import { documentKeyString } from '../../../store/documentKey';
import { canRedo, canUndo } from '../../../store/selectors';
import { Button } from '../../../ui/Button';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { portalErrorText } from '../../../ui/portalErrorText';
import { documentToastKey, showToast } from '../../../ui/toastStore';
import { defaultLayoutOf } from '../../../domain/cards';
import { useCardWords } from '../document/cardWords';
import { useStoredLayouts } from '../document/storedLayouts';
import { useDocument } from '../document/documentContext';
import { useRights } from '../document/rightsContext';
import { SaveButton } from './SaveButton';
import { useSaveAsPersonal } from './useSaveAsPersonal';
import { keepVersion } from '../safety/versionKeeping';
import type { SaveState } from './useSaveLayout';

export interface LayoutActionsProps {
  readonly save: SaveState;
  /** null: no preview available. */
  readonly previewOpen: boolean | null;
  readonly onTogglePreview: () => void;
  readonly onReviewLint: () => void;
  /** The layout tools (check, diff, history…), drawn in the same row. */
  readonly tools?: ReactNode;
  /**
   * The id of the visible note saying why the portal does not let this user change this layout;
   * set only then: reset, force and save are not offered, saving as a personal layout is.
   */
  readonly lockedNoteId: string | null;
}

type Confirm = 'reset' | 'force' | null;

/** Undo/redo, preview, reset, force common, and save. */
export function LayoutActions(props: LayoutActionsProps) {
  const { save, previewOpen, onTogglePreview, onReviewLint, tools, lockedNoteId } = props;
  const env = useDocument();
  const t = useT();
  const lang = useLang();
  const { client, docKey, editor, cardFields } = env;
  const undo = useStore(editor, canUndo);
  const redo = useStore(editor, canRedo);
  const [confirm, setConfirm] = useState<Confirm>(null);
  const [busy, setBusy] = useState(false);
  const { learn } = useRights();
  const asPersonal = useSaveAsPersonal(env);
  const locked = lockedNoteId !== null;
  const lockedProps = locked ? { 'aria-describedby': lockedNoteId, title: t('rights.note.common') } : {};
  const close = () => setConfirm(null);
  const { card } = docKey;
  const words = useCardWords();
  const stored = useStoredLayouts(client);
  const run = async (action: () => Promise<void>, done: string) => {
    setBusy(true);
    // a reset or force is an outcome for the stored layout, like a save: it replaces the last one
    const toastKey = { key: documentToastKey(documentKeyString(docKey), 'save') };
    try {
      await action();
      showToast('success', done, toastKey);
    } catch (e) {
      learn(e);
      showToast('error', portalErrorText(e), toastKey);
    } finally {
      setBusy(false);
    }
  };
  const key = { scope: docKey.scope, userId: docKey.userId, card };
  const reset = () =>
    run(async () => {
      const { saved, savedIsDefault } = editor.getState();
      // the stored layout goes away: keep it in this browser's history first
      if (!savedIsDefault) {
        const entry = { layout: saved, wasDefault: false, savedBy: env.me, at: new Date().toISOString() };
        keepVersion(env.storageId, docKey, entry, undefined);
      }
      await resetLayout(client, key);
      // the card then shows what a user without a stored layout sees: for a personal layout, the
      // common one when stored, else the portal default
      const common = docKey.scope === 'P' ? stored.peek({ scope: 'C', userId: null, card }) : null;
      editor.getState().reload(common?.layout ?? defaultLayoutOf(card, cardFields, lang), true);
      stored.stored(docKey, null);
    }, t('pieces.reset.done'));
  const force = () =>
    run(async () => {
      await forceCommonLayoutForAll(client, card);
      await stored.staleAll();
    }, t('pieces.force.done'));
  return (
    <div className="toolbar doc-toolbar">
      <Button
        variant="light"
        onClick={() => editor.getState().undo()}
        disabled={!undo}
        aria-keyshortcuts="Control+Z Meta+Z"
        title={t('editor.toolbar.undoHint')}
        aria-label={t('editor.toolbar.undo')}
        className="btn-icon"
      >
        <span aria-hidden="true">↶</span>
      </Button>
      <Button
        variant="light"
        onClick={() => editor.getState().redo()}
        disabled={!redo}
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z"
        title={t('editor.toolbar.redoHint')}
        aria-label={t('editor.toolbar.redo')}
        className="btn-icon"
      >
        <span aria-hidden="true">↷</span>
      </Button>
      {previewOpen !== null ? (
        <Button variant="secondary" aria-pressed={previewOpen} onClick={onTogglePreview}>
          {t('editor.toolbar.preview')}
        </Button>
      ) : null}
      {tools}
      <span className="topbar-spacer" />
      <Button
        variant="light"
        className="btn-tool"
        onClick={() => setConfirm('reset')}
        disabled={busy || locked}
        {...lockedProps}
      >
        {t('editor.toolbar.reset')}
      </Button>
      {docKey.scope === 'C' ? (
        <Button
          variant="light"
          className="btn-tool"
          onClick={() => setConfirm('force')}
          disabled={busy || locked}
          {...lockedProps}
        >
          {t('editor.toolbar.force')}
        </Button>
      ) : null}
      <SaveButton editor={editor} save={save} onReview={onReviewLint} lockedNoteId={lockedNoteId} />
      {locked ? (
        <Button
          variant="primary"
          busy={asPersonal.busy}
          title={t('rights.saveAsPersonal.hint', { leads: words(card) })}
          onClick={() => {
            // the portal's own checks first, marked in this draft, as for Save
            if (save.precheck()) void asPersonal.run();
          }}
        >
          {t('rights.saveAsPersonal')}
        </Button>
      ) : null}
      <ConfirmDialog
        open={confirm === 'reset'}
        title={t('pieces.reset.title')}
        confirmLabel={t('pieces.reset.confirm')}
        danger
        onConfirm={() => void reset()}
        onClose={close}
      >
        <p>
          {t(docKey.scope === 'C' ? 'pieces.reset.bodyCommon' : 'pieces.reset.bodyPersonal', {
            leads: words(card),
          })}
        </p>
      </ConfirmDialog>
      <ConfirmDialog
        open={confirm === 'force'}
        title={t('pieces.force.title')}
        confirmLabel={t('pieces.force.confirm')}
        danger
        onConfirm={() => void force()}
        onClose={close}
      >
        <p>
          {card.entity === 'lead'
            ? t(card.leadType === 'simple' ? 'pieces.force.bodySimple' : 'pieces.force.bodyRepeat')
            : t('cards.force.body', { leads: words(card) })}
        </p>
      </ConfirmDialog>
    </div>
  );
}
