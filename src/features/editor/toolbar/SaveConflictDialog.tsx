import type { Layout } from '../../../domain/types';
import { useT } from '../../../i18n/i18nStore';
import { showToast } from '../../../ui/toastStore';
import { ConflictDialog } from '../safety/LazyConflictDialog';
import { useDocument } from '../document/documentContext';
import type { SaveState } from './useSaveLayout';

/**
 * The save found that someone else saved since this layout was loaded. Whatever the user picks
 * becomes the draft on top of their layout (undoable); "… and save" then saves again, with a fresh
 * re-read, so a third save in between is caught too.
 */
export function SaveConflictDialog({ save }: { readonly save: SaveState }) {
  const { editor, labelOf } = useDocument();
  const t = useT();
  const c = save.conflict;
  if (!c) return null;
  const rebaseTo = (draft: Layout) => {
    editor.getState().rebase(c.theirs, c.theirsIsDefault, c.theirsPortal, draft);
    save.dismissConflict();
  };
  const saveAgain = () => {
    if (save.precheck()) void save.run();
  };
  return (
    <ConflictDialog
      title={t('dialogs.saveConflict.title')}
      intro={t('dialogs.saveConflict.intro')}
      base={c.base}
      mine={c.mine}
      theirs={c.theirs}
      labelOf={labelOf}
      canSave
      onKeepMine={(andSave) => {
        rebaseTo(editor.getState().draft);
        if (andSave) saveAgain();
      }}
      onTakeTheirs={() => {
        rebaseTo(c.theirs);
        showToast('info', t('dialogs.saveConflict.tookTheirs'));
      }}
      onMerge={(merged, andSave) => {
        rebaseTo(merged);
        if (andSave) saveAgain();
        else showToast('info', t('dialogs.saveConflict.merged'));
      }}
      onClose={save.dismissConflict}
    />
  );
}
