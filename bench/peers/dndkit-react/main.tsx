/**
 * A peer of `npm run bench`: the same sections and fields as an idiomatic `@dnd-kit/react` (0.5)
 * sortable, as its multiple-lists guide builds it: `useSortable` per field with its section as
 * `group`, a `useDroppable` per section, `move()` from `@dnd-kit/helpers` in `onDragOver`, and a
 * `DragOverlay`.
 */
import '../../board.css';
import '../peers.css';
import { move } from '@dnd-kit/helpers';
import { CollisionPriority } from '@dnd-kit/abstract';
import { DragDropProvider, DragOverlay, useDroppable } from '@dnd-kit/react';
import { useSortable } from '@dnd-kit/react/sortable';
import { memo, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadBoard, type Board } from '../data';

const Item = memo(function Item({
  id,
  index,
  group,
  label,
}: {
  id: string;
  index: number;
  group: string;
  label: string;
}) {
  const { ref, isDragging } = useSortable({ id, index, group, type: 'item', accept: 'item' });
  return (
    <li ref={ref} className={`item${isDragging ? ' dragging' : ''}`} data-code={id} tabIndex={0}>
      {label} <code>{id}</code>
    </li>
  );
});

function Column({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  const { ref, isDropTarget } = useDroppable({
    id,
    type: 'column',
    accept: 'item',
    collisionPriority: CollisionPriority.Low,
  });
  return (
    <section ref={ref} className={`container${isDropTarget ? ' hover' : ''}`}>
      <h3>{title}</h3>
      <ul>{children}</ul>
    </section>
  );
}

function App({ board }: { board: Board }) {
  const [items, setItems] = useState(board.items);
  return (
    <DragDropProvider onDragOver={(event) => setItems((current) => move(current, event))}>
      <div className="board">
        {board.sections.map((s) => (
          <Column key={s.id} id={s.id} title={s.title}>
            {(items[s.id] ?? []).map((code, index) => (
              <Item key={code} id={code} index={index} group={s.id} label={board.labels[code] ?? code} />
            ))}
          </Column>
        ))}
      </div>
      <DragOverlay>
        {(source) => (
          <div className="preview" data-testid="drag-preview">
            {board.labels[String(source.id)] ?? String(source.id)}
          </div>
        )}
      </DragOverlay>
    </DragDropProvider>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
const board = await loadBoard();
createRoot(root).render(<App board={board} />);
