import { sectionRules } from '../../../domain/sectionRules';
import { useT } from '../../../i18n/i18nStore';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { ActionAndCancel } from '../../../ui/ActionAndCancel';
import { useEditor, useEditorStoreApi } from '../document/documentContext';

/**
 * Confirms deleting a section whose fields would go back to the palette; a section the portal
 * protects (`sectionRules`) is not deleted, and the dialog says why.
 */
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
  const rules = info ? sectionRules(info) : null;
  const kept = rules !== null && !rules.removable;
  const remove = () => {
    if (section && !kept) editor.getState().apply({ type: 'removeSection', section });
    onClose();
  };
  return (
    <Dialog
      open={section !== null && info !== undefined}
      title={t('pieces.deleteSection.title', { title: info?.title ?? '' })}
      onClose={onClose}
      actions={
        kept ? (
          <Button variant="light" onClick={onClose}>
            {t('ui.dismiss')}
          </Button>
        ) : (
          <ActionAndCancel
            label={t('pieces.deleteSection.confirm')}
            danger
            onAction={remove}
            onCancel={onClose}
          />
        )
      }
    >
      {kept ? (
        <p role="note">
          {t(rules.because === 'portalMain' ? 'pieces.section.keptMain' : 'pieces.section.keptByPortal')}.{' '}
          {t('pieces.deleteSection.kept')}
        </p>
      ) : (
        <p>{t('pieces.deleteSection.body', { count })}</p>
      )}
    </Dialog>
  );
}
