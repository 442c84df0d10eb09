import { useT } from '../../i18n/i18nStore';
import { useEditor, useEditorStoreApi } from '../../store/documents';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';

/** Confirms deleting a section whose fields would go back to the palette. */
export function DeleteSectionDialog({
  section,
  onClose,
}: {
  readonly section: string | null;
  readonly onClose: () => void;
}) {
  const editor = useEditorStoreApi();
  const t = useT();
  const info = useEditor((s) => s.draft.sections.find((x) => x.id === section));
  const count = info?.elements.length ?? 0;
  const remove = () => {
    if (section) editor.getState().apply({ type: 'removeSection', section });
    onClose();
  };
  return (
    <Dialog
      open={section !== null && info !== undefined}
      title={t('pieces.deleteSection.title', { title: info?.title ?? '' })}
      onClose={onClose}
      actions={
        <>
          <Button variant="danger" onClick={remove}>
            {t('pieces.deleteSection.confirm')}
          </Button>
          <Button variant="light" onClick={onClose}>
            {t('ui.cancel')}
          </Button>
        </>
      }
    >
      <p>{t('pieces.deleteSection.body', { count })}</p>
    </Dialog>
  );
}
