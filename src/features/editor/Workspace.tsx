import { DndContext, DragOverlay, MeasuringStrategy } from '@dnd-kit/core';
import { useCallback, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import type { CardField } from '../../domain/cardFields';
import { EditorStoreContext } from '../../store/documents';
import type { EditorStore } from '../../store/editorStore';
import { Canvas } from './Canvas';
import { DragSessionContext, FieldCatalogContext } from './catalogContext';
import { DragPreview } from './dnd/DragPreview';
import { createDragSession } from './dnd/session';
import { useEditorDnd } from './dnd/useEditorDnd';
import { Palette } from './Palette';

export interface WorkspaceProps {
  readonly editor: EditorStore;
  readonly fields: readonly CardField[];
  readonly problems: ReadonlyMap<string, string>;
}

// measure droppables once when a drag starts, not on every move
const MEASURING = { droppable: { strategy: MeasuringStrategy.BeforeDragging } };

/** Palette and canvas in one drag-and-drop context, for one layout document. */
export function Workspace({ editor, fields, problems }: WorkspaceProps) {
  const catalog = useMemo(() => new Map(fields.map((f) => [f.code, f])), [fields]);
  const [session] = useState(createDragSession);
  const labelOf = useCallback((code: string) => catalog.get(code)?.label ?? code, [catalog]);
  const dnd = useEditorDnd(editor, session, labelOf);
  const sectionTitle = useCallback(
    (id: string) => editor.getState().draft.sections.find((s) => s.id === id)?.title ?? id,
    [editor],
  );
  return (
    <EditorStoreContext.Provider value={editor}>
      <FieldCatalogContext.Provider value={catalog}>
        <DragSessionContext.Provider value={session}>
          <DndContext {...dnd} measuring={MEASURING}>
            <div className="workspace">
              <Palette fields={fields} />
              <Canvas problems={problems} />
            </div>
            {createPortal(
              <DragOverlay dropAnimation={null}>
                <DragPreview sectionTitle={sectionTitle} />
              </DragOverlay>,
              document.body,
            )}
          </DndContext>
        </DragSessionContext.Provider>
      </FieldCatalogContext.Provider>
    </EditorStoreContext.Provider>
  );
}
