import { useStore } from 'zustand';
import { FieldKindIcon } from '../../../ui/FieldKindIcon';
import { useDragSessionStore, useFieldCatalog } from '../catalogContext';

/** Body of the DragOverlay: a light copy of what is dragged, rendered once per drag. */
export function DragPreview({ sectionTitle }: { readonly sectionTitle: (id: string) => string }) {
  const active = useStore(useDragSessionStore(), (s) => s.active);
  const catalog = useFieldCatalog();
  if (!active) return null;
  if (active.kind === 'section') {
    return <div className="drag-preview drag-preview-section">{sectionTitle(active.section)}</div>;
  }
  if (active.kind !== 'palette' && active.kind !== 'element') return null;
  const info = catalog.get(active.field);
  return (
    <div className="drag-preview" data-testid="drag-preview">
      {info ? <FieldKindIcon kind={info.kind} /> : null}
      <span>{info?.label ?? active.field}</span>
    </div>
  );
}
