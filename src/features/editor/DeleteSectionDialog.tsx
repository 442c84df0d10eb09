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
  const info = useEditor((s) => s.draft.sections.find((x) => x.id === section));
  const count = info?.elements.length ?? 0;
  const remove = () => {
    if (section) editor.getState().apply({ type: 'removeSection', section });
    onClose();
  };
  return (
    <Dialog
      open={section !== null && info !== undefined}
      title={`Delete section "${info?.title ?? ''}"?`}
      onClose={onClose}
      actions={
        <>
          <Button variant="danger" onClick={remove}>
            Delete section
          </Button>
          <Button variant="light" onClick={onClose}>
            Cancel
          </Button>
        </>
      }
    >
      <p>
        Its {count} {count === 1 ? 'field goes' : 'fields go'} back to the field list. Nothing is sent to the
        portal until you save.
      </p>
    </Dialog>
  );
}
