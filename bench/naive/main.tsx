/// <reference types="vite/client" />
/**
 * The naive reference of `npm run bench`: the layout as a plain dnd-kit multiple-containers list,
 * the way dnd-kit's MultipleContainers story builds it (stories/2 - Presets/Sortable), without the
 * editor's care: all state in one component, the items rewritten in onDragOver whenever the
 * pointer enters another container, droppables measured always, every item re-rendered on each
 * move. Same portal, same data: one plain `fetch` per REST method (fields, layout; save).
 */
import {
  closestCenter,
  defaultDropAnimationSideEffects,
  DndContext,
  DragOverlay,
  getFirstCollision,
  KeyboardSensor,
  MeasuringStrategy,
  MouseSensor,
  pointerWithin,
  rectIntersection,
  TouchSensor,
  useSensor,
  useSensors,
  type CollisionDetection,
  type DropAnimation,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import {
  arrayMove,
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS, type Transform } from '@dnd-kit/utilities';
import {
  forwardRef,
  memo,
  useCallback,
  useEffect,
  useRef,
  useState,
  type CSSProperties,
  type ReactNode,
} from 'react';
import { createPortal } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { countRender } from '../../src/ui/renderCounter';
import { LAYOUT, loadBoard, rest } from '../peers/data';

type Items = Record<string, string[]>;

const dropAnimation: DropAnimation = {
  sideEffects: defaultDropAnimationSideEffects({ styles: { active: { opacity: '0.5' } } }),
};

function App() {
  const [board, setBoard] = useState<LoadedBoard | null>(null);
  const [items, setItems] = useState<Items | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    void loadBoard().then(({ sections, items, labels }) => {
      // derived once: the story's containers and titles stay the same objects on every render
      setBoard({
        containers: sections.map((s) => s.id),
        titles: Object.fromEntries(sections.map((s) => [s.id, s.title])),
        labels,
      });
      setItems(items);
    });
  }, []);
  if (!board || !items) return <p>Loading…</p>;
  const save = async () => {
    setSaved(false);
    await rest('crm.lead.details.configuration.set', {
      ...LAYOUT,
      data: board.containers.map((c) => ({
        name: c,
        title: board.titles[c] ?? c,
        type: 'section',
        elements: (items[c] ?? []).map((name) => ({ name, optionFlags: 0 })),
      })),
    });
    setSaved(true);
  };
  return (
    <>
      <button type="button" className="save" onClick={() => void save()}>
        {saved ? 'Saved' : 'Save'}
      </button>
      <MultipleContainers board={board} items={items} setItems={setItems} />
    </>
  );
}

interface LoadedBoard {
  containers: string[];
  labels: Record<string, string>;
  titles: Record<string, string>;
}

interface BoardProps {
  board: LoadedBoard;
  items: Items;
  setItems: React.Dispatch<React.SetStateAction<Items | null>>;
}

function MultipleContainers({ board, items, setItems: setMaybeItems }: BoardProps) {
  const { containers, labels, titles } = board;
  const setItems = (update: (items: Items) => Items) => setMaybeItems((i) => (i ? update(i) : i));
  const [activeId, setActiveId] = useState<UniqueIdentifier | null>(null);
  const [clonedItems, setClonedItems] = useState<Items | null>(null);
  const lastOverId = useRef<UniqueIdentifier | null>(null);
  const recentlyMovedToNewContainer = useRef(false);

  // As the story: pointer intersections first, else rect intersections; over a container, the
  // closest item inside it; nothing matched: the last match.
  const collisionDetectionStrategy: CollisionDetection = useCallback(
    (args) => {
      if (activeId && activeId in items) {
        return closestCenter({
          ...args,
          droppableContainers: args.droppableContainers.filter((c) => c.id in items),
        });
      }
      const pointerIntersections = pointerWithin(args);
      const intersections = pointerIntersections.length > 0 ? pointerIntersections : rectIntersection(args);
      let overId = getFirstCollision(intersections, 'id');
      if (overId !== null && overId !== undefined) {
        const containerItems = items[overId];
        if (containerItems && containerItems.length > 0) {
          overId =
            closestCenter({
              ...args,
              droppableContainers: args.droppableContainers.filter(
                (c) => c.id !== overId && containerItems.includes(String(c.id)),
              ),
            })[0]?.id ?? overId;
        }
        lastOverId.current = overId;
        return [{ id: overId }];
      }
      if (recentlyMovedToNewContainer.current) lastOverId.current = activeId;
      return lastOverId.current ? [{ id: lastOverId.current }] : [];
    },
    [activeId, items],
  );
  const sensors = useSensors(
    useSensor(MouseSensor),
    useSensor(TouchSensor),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const findContainer = (id: UniqueIdentifier) => {
    if (id in items) return String(id);
    return Object.keys(items).find((key) => items[key]?.includes(String(id)));
  };
  const getIndex = (id: UniqueIdentifier) => {
    const container = findContainer(id);
    return container ? (items[container]?.indexOf(String(id)) ?? -1) : -1;
  };
  useEffect(() => {
    requestAnimationFrame(() => {
      recentlyMovedToNewContainer.current = false;
    });
  }, [items]);

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisionDetectionStrategy}
      measuring={{ droppable: { strategy: MeasuringStrategy.Always } }}
      onDragStart={({ active }) => {
        setActiveId(active.id);
        setClonedItems(items);
      }}
      onDragOver={({ active, over }) => {
        const overId = over?.id;
        if (overId === undefined || active.id in items) return;
        const overContainer = findContainer(overId);
        const activeContainer = findContainer(active.id);
        if (!overContainer || !activeContainer || activeContainer === overContainer) return;
        setItems((items) => {
          const activeItems = items[activeContainer] ?? [];
          const overItems = items[overContainer] ?? [];
          const overIndex = overItems.indexOf(String(overId));
          const activeIndex = activeItems.indexOf(String(active.id));
          let newIndex: number;
          if (overId in items) newIndex = overItems.length + 1;
          else {
            const isBelowOverItem =
              active.rect.current.translated &&
              active.rect.current.translated.top > over!.rect.top + over!.rect.height;
            newIndex = overIndex >= 0 ? overIndex + (isBelowOverItem ? 1 : 0) : overItems.length + 1;
          }
          recentlyMovedToNewContainer.current = true;
          return {
            ...items,
            [activeContainer]: activeItems.filter((item) => item !== active.id),
            [overContainer]: [
              ...overItems.slice(0, newIndex),
              activeItems[activeIndex] ?? String(active.id),
              ...overItems.slice(newIndex),
            ],
          };
        });
      }}
      onDragEnd={({ active, over }) => {
        const activeContainer = findContainer(active.id);
        const overId = over?.id;
        if (!activeContainer || overId === undefined) {
          setActiveId(null);
          return;
        }
        const overContainer = findContainer(overId);
        if (overContainer) {
          const activeIndex = items[activeContainer]?.indexOf(String(active.id)) ?? -1;
          const overIndex = items[overContainer]?.indexOf(String(overId)) ?? -1;
          if (activeIndex !== overIndex) {
            setItems((items) => ({
              ...items,
              [overContainer]: arrayMove(items[overContainer] ?? [], activeIndex, overIndex),
            }));
          }
        }
        setActiveId(null);
      }}
      onDragCancel={() => {
        if (clonedItems) setItems(() => clonedItems);
        setActiveId(null);
        setClonedItems(null);
      }}
    >
      <div className="board">
        <SortableContext items={containers} strategy={verticalListSortingStrategy}>
          {containers.map((containerId) => (
            <DroppableContainer
              key={containerId}
              id={containerId}
              label={titles[containerId] ?? containerId}
              items={items[containerId] ?? []}
            >
              <SortableContext items={items[containerId] ?? []} strategy={verticalListSortingStrategy}>
                {(items[containerId] ?? []).map((value, index) => (
                  <SortableItem
                    key={value}
                    id={value}
                    label={labels[value] ?? value}
                    index={index}
                    containerId={containerId}
                    getIndex={getIndex}
                  />
                ))}
              </SortableContext>
            </DroppableContainer>
          ))}
        </SortableContext>
      </div>
      {createPortal(
        <DragOverlay dropAnimation={dropAnimation}>
          {activeId && !containers.includes(String(activeId)) ? (
            <Item value={String(activeId)} label={labels[activeId] ?? String(activeId)} dragOverlay />
          ) : null}
        </DragOverlay>,
        document.body,
      )}
    </DndContext>
  );
}

function DroppableContainer({
  id,
  items,
  label,
  children,
}: {
  id: string;
  items: string[];
  label: string;
  children: ReactNode;
}) {
  const { active, over, setNodeRef, transition, transform, isDragging } = useSortable({
    id,
    data: { type: 'container', children: items },
  });
  const isOverContainer = over
    ? (id === over.id && active?.data.current?.['type'] !== 'container') || items.includes(String(over.id))
    : false;
  return (
    <section
      ref={setNodeRef}
      className={`container${isOverContainer ? ' hover' : ''}`}
      style={{ transition, transform: CSS.Translate.toString(transform), opacity: isDragging ? 0.5 : 1 }}
    >
      <h3>{label}</h3>
      <ul>{children}</ul>
    </section>
  );
}

interface SortableItemProps {
  id: string;
  label: string;
  index: number;
  containerId: string;
  getIndex(id: UniqueIdentifier): number;
}

function SortableItem({ id, label, index, containerId, getIndex }: SortableItemProps) {
  const { setNodeRef, listeners, isDragging, isSorting, over, overIndex, transform, transition } =
    useSortable({ id });
  const mounted = useMountStatus();
  return (
    <Item
      ref={setNodeRef}
      value={id}
      label={label}
      dragging={isDragging}
      sorting={isSorting}
      index={index}
      style={{ index, overIndex: over ? getIndex(over.id) : overIndex, containerId }}
      transition={transition}
      transform={transform}
      fadeIn={isDragging && !mounted}
      listeners={listeners}
    />
  );
}

function useMountStatus() {
  const [isMounted, setIsMounted] = useState(false);
  useEffect(() => {
    const timeout = setTimeout(() => setIsMounted(true), 500);
    return () => clearTimeout(timeout);
  }, []);
  return isMounted;
}

interface ItemProps {
  value: string;
  label: string;
  dragOverlay?: boolean;
  dragging?: boolean;
  sorting?: boolean;
  fadeIn?: boolean;
  index?: number;
  style?: Record<string, unknown>;
  transform?: Transform | null;
  transition?: string | undefined;
  listeners?: Record<string, unknown> | undefined;
}

/** The story's Item: memoised, but its props (style, listeners) are new on every render. */
const Item = memo(
  forwardRef<HTMLLIElement, ItemProps>(function Item(
    { value, label, dragOverlay, dragging, transform, transition, listeners, index },
    ref,
  ) {
    countRender('element');
    const style: CSSProperties = {
      transform: CSS.Translate.toString(transform ?? null),
      transition: transition ?? undefined,
    };
    return (
      <li
        ref={ref}
        className={`item${dragging ? ' dragging' : ''}`}
        style={style}
        data-index={index}
        data-testid={dragOverlay ? 'drag-preview' : `item:${value}`}
        {...listeners}
        tabIndex={0}
      >
        {label} <code>{value}</code>
      </li>
    );
  }),
);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(<App />);
