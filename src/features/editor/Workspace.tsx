import { DndContext, DragOverlay } from '@dnd-kit/core';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { CardField } from '../../domain/cardFields';
import { useT } from '../../i18n/i18nStore';
import { EditorStoreContext } from '../../store/documents';
import type { EditorStore } from '../../store/editorStore';
import { Canvas } from './Canvas';
import { DragSessionContext, FieldCatalogContext } from './catalogContext';
import { DragPreview } from './dnd/DragPreview';
import { createDragSession } from './dnd/session';
import { useEditorDnd } from './dnd/useEditorDnd';
import { Palette } from './Palette';
import { ErrorBoundary } from '../../ui/ErrorBoundary';

export interface WorkspaceProps {
  readonly editor: EditorStore;
  readonly fields: readonly CardField[];
  readonly problems: ReadonlyMap<string, string>;
  /** A third column beside the canvas, e.g. the preview. */
  readonly aside?: ReactNode;
}

/** Palette and canvas in one drag-and-drop context, for one layout document. */
export function Workspace({ editor, fields, problems, aside }: WorkspaceProps) {
  const catalog = useMemo(() => new Map(fields.map((f) => [f.code, f])), [fields]);
  const [session] = useState(createDragSession);
  const labelOf = useCallback((code: string) => catalog.get(code)?.label ?? code, [catalog]);
  const dnd = useEditorDnd(editor, session, labelOf);
  const t = useT();
  const sectionTitle = useCallback(
    (id: string) => editor.getState().draft.sections.find((s) => s.id === id)?.title ?? id,
    [editor],
  );
  return (
    <EditorStoreContext.Provider value={editor}>
      <FieldCatalogContext.Provider value={catalog}>
        <DragSessionContext.Provider value={session}>
          <DndContext {...dnd}>
            <div className={`workspace${aside ? ' with-aside' : ''}`}>
              {/* each region fails alone: the draft lives in the store, outside them */}
              <ErrorBoundary what={t('boundary.region.fields')}>
                <Palette fields={fields} />
              </ErrorBoundary>
              <ErrorBoundary what={t('boundary.region.canvas')}>
                <Canvas problems={problems} />
              </ErrorBoundary>
              {aside ? (
                <div className="workspace-aside">
                  <ErrorBoundary what={t('boundary.region.preview')}>{aside}</ErrorBoundary>
                </div>
              ) : null}
            </div>
            {createPortal(
              <DragOverlay dropAnimation={null} className="drag-overlay">
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
