import { DndContext } from '@dnd-kit/core';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useT } from '../../i18n/i18nStore';
import { Canvas } from './canvas/Canvas';
import { useDocument } from './document/documentContext';
import { DragControllerContext } from './dnd/dragControllerContext';
import { DragSource } from './dnd/DragSource';
import { useEditorDnd } from './dnd/useEditorDnd';
import { Palette } from './palette/Palette';
import { ErrorBoundary } from '../../ui/ErrorBoundary';
import { fieldsToMove } from '../../domain/fieldSelection';
import { cardViewFor } from '../../store/cardView';
import { documentKeyString } from '../../store/documentKey';
import { CardOutline } from './canvas/CardOutline';
import { clearSelection } from './palette/selectFields';

export interface WorkspaceProps {
  readonly problems: ReadonlyMap<string, string>;
  /** A third column beside the canvas, e.g. the preview. */
  readonly aside?: ReactNode;
}

/** Palette and canvas in one drag-and-drop context, for one layout document. */
export function Workspace({ problems, aside }: WorkspaceProps) {
  const { editor, docKey, cardFields, labelOf } = useDocument();
  // folded sections are kept per document for the tab
  const [view] = useState(() => cardViewFor(editor, documentKeyString(docKey)));
  const group = useCallback(
    (field: string) => fieldsToMove(editor.getState().draft, view.getState().selection, field),
    [editor, view],
  );
  const { props: dnd, controller } = useEditorDnd(editor, labelOf, group);
  // an undo or a removal takes fields off the card: they leave the selection too
  useEffect(() => editor.subscribe((s) => view.getState().prune(s.draft)), [editor, view]);
  const t = useT();
  const attachRoot = useCallback((el: HTMLElement | null) => controller.attachRoot(el), [controller]);
  // dnd-kit's live region goes in here, so the controller can write to it during a drag
  const [liveRegion] = useState(() => document.createElement('div'));
  useEffect(() => {
    document.body.append(liveRegion);
    controller.setLiveRegion(liveRegion);
    return () => {
      controller.setLiveRegion(null);
      liveRegion.remove();
    };
  }, [controller, liveRegion]);
  return (
    <DragControllerContext.Provider value={controller}>
      {/* the workspace is not inside DndContext: its provider changes on every pointer move, and
              React would walk every field of the card looking for its consumers */}
      <div
        ref={attachRoot}
        className={`workspace${aside ? ' with-aside' : ''}`}
        onMouseDown={(e) => controller.press(e, 'onMouseDown')}
        onTouchStart={(e) => controller.press(e, 'onTouchStart')}
        onKeyDown={(e) => {
          if (e.key === 'Escape') clearSelection(e, view, controller.dragging !== null);
          controller.press(e, 'onKeyDown');
        }}
      >
        {/* each region fails alone: the draft lives in the store, outside them */}
        <ErrorBoundary what={t('boundary.region.fields')}>
          <Palette fields={cardFields} />
        </ErrorBoundary>
        <div className="canvas-area">
          <CardOutline />
          <ErrorBoundary what={t('boundary.region.canvas')}>
            <Canvas problems={problems} />
          </ErrorBoundary>
        </div>
        {aside ? (
          <div className="workspace-aside">
            <ErrorBoundary what={t('boundary.region.preview')}>{aside}</ErrorBoundary>
          </div>
        ) : null}
      </div>
      <DndContext {...dnd} accessibility={{ ...dnd.accessibility, container: liveRegion }}>
        <DragSource controller={controller} />
      </DndContext>
    </DragControllerContext.Provider>
  );
}
