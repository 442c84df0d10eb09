/**
 * A peer of `npm run bench`: the same sections and fields as a `@atlaskit/pragmatic-drag-and-drop`
 * board, as its list examples build it: each field a `draggable` and a `dropTargetForElements`
 * with the closest edge (`@atlaskit/pragmatic-drag-and-drop-hitbox`), each section a drop target,
 * one `monitorForElements` that reorders on drop, the drop line drawn by the field under the
 * pointer. It uses the browser's native drag (HTML5 drag events): no keyboard path. The benchmark
 * drives it with Playwright's mouse, which in Chromium turns a press and moves on a draggable
 * element into a native drag (dragstart, dragover per move, drop on release).
 */
import '../../board.css';
import '../peers.css';
import { combine } from '@atlaskit/pragmatic-drag-and-drop/combine';
import {
  draggable,
  dropTargetForElements,
  monitorForElements,
} from '@atlaskit/pragmatic-drag-and-drop/element/adapter';
import {
  attachClosestEdge,
  extractClosestEdge,
  type Edge,
} from '@atlaskit/pragmatic-drag-and-drop-hitbox/closest-edge';
import { memo, useEffect, useRef, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadBoard, type Board } from '../data';

const Item = memo(function Item({ id, section, label }: { id: string; section: string; label: string }) {
  const ref = useRef<HTMLLIElement>(null);
  const [dragging, setDragging] = useState(false);
  const [edge, setEdge] = useState<Edge | null>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    return combine(
      draggable({
        element,
        getInitialData: () => ({ id, section }),
        onDragStart: () => setDragging(true),
        onDrop: () => setDragging(false),
      }),
      dropTargetForElements({
        element,
        getData: ({ input, element: el }) =>
          attachClosestEdge({ id, section }, { input, element: el, allowedEdges: ['top', 'bottom'] }),
        onDrag: ({ self }) => setEdge(extractClosestEdge(self.data)),
        onDragLeave: () => setEdge(null),
        onDrop: () => setEdge(null),
      }),
    );
  }, [id, section]);
  return (
    <li ref={ref} className={`item${dragging ? ' dragging' : ''}`} data-code={id} tabIndex={0}>
      {edge === 'top' ? <span className="line" /> : null}
      {label} <code>{id}</code>
      {edge === 'bottom' ? <span className="line" /> : null}
    </li>
  );
});

function Column({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  const ref = useRef<HTMLElement>(null);
  const [over, setOver] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    return dropTargetForElements({
      element,
      getData: () => ({ section: id }),
      onDragEnter: () => setOver(true),
      onDragLeave: () => setOver(false),
      onDrop: () => setOver(false),
    });
  }, [id]);
  return (
    <section ref={ref} className={`container${over ? ' hover' : ''}`}>
      <h3>{title}</h3>
      <ul>{children}</ul>
    </section>
  );
}

function App({ board }: { board: Board }) {
  const [items, setItems] = useState(board.items);
  const [dragged, setDragged] = useState<string | null>(null);
  useEffect(
    () =>
      monitorForElements({
        onDragStart: ({ source }) => setDragged(String(source.data['id'])),
        onDrop: ({ source, location }) => {
          setDragged(null);
          const id = String(source.data['id']);
          const from = String(source.data['section']);
          const target = location.current.dropTargets[0];
          if (!target) return;
          const to = String(target.data['section']);
          setItems((current) => {
            const without = (current[to] ?? []).filter((c) => c !== id);
            let index = without.length;
            if (typeof target.data['id'] === 'string') {
              const at = without.indexOf(target.data['id']);
              if (at >= 0) index = at + (extractClosestEdge(target.data) === 'bottom' ? 1 : 0);
            }
            const next = { ...current, [from]: (current[from] ?? []).filter((c) => c !== id) };
            next[to] = [...without.slice(0, index), id, ...without.slice(index)];
            return next;
          });
        },
      }),
    [],
  );
  return (
    <>
      <div className="board">
        {board.sections.map((s) => (
          <Column key={s.id} id={s.id} title={s.title}>
            {(items[s.id] ?? []).map((code) => (
              <Item key={code} id={code} section={s.id} label={board.labels[code] ?? code} />
            ))}
          </Column>
        ))}
      </div>
      {dragged ? (
        <div className="badge" data-testid="drag-preview">
          {board.labels[dragged] ?? dragged}
        </div>
      ) : null}
    </>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
const board = await loadBoard();
createRoot(root).render(<App board={board} />);
