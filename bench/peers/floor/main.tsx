/**
 * The floor of `npm run bench`: the same sections and fields as plain DOM, written once, and a
 * "drag" that only moves an overlay by `transform` in animation frames. No framework, no drop
 * targets: what this machine can do with a page of this size. On release the field under the
 * pointer decides the place (before it, or after it past its middle), so the drop is checked too.
 */
import '../../board.css';
import '../peers.css';
import { loadBoard } from '../data';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

const board = await loadBoard();
const list = document.createElement('div');
list.className = 'board';
for (const s of board.sections) {
  const section = document.createElement('section');
  section.className = 'container';
  const h = document.createElement('h3');
  h.textContent = s.title;
  const ul = document.createElement('ul');
  for (const code of board.items[s.id] ?? []) {
    const li = document.createElement('li');
    li.className = 'item';
    li.tabIndex = 0;
    li.dataset['code'] = code;
    li.append(`${board.labels[code] ?? code} `);
    const c = document.createElement('code');
    c.textContent = code;
    li.append(c);
    ul.append(li);
  }
  section.append(h, ul);
  list.append(section);
}
root.append(list);

let drag: {
  li: HTMLElement;
  x0: number;
  y0: number;
  x: number;
  y: number;
  overlay: HTMLElement | null;
} | null = null;
let frame = 0;
const paint = () => {
  frame = 0;
  if (drag?.overlay) drag.overlay.style.transform = `translate(${drag.x + 8}px, ${drag.y - 16}px)`;
};
list.addEventListener('mousedown', (e) => {
  const li = (e.target as Element).closest<HTMLElement>('li.item');
  if (li) drag = { li, x0: e.clientX, y0: e.clientY, x: e.clientX, y: e.clientY, overlay: null };
});
window.addEventListener('mousemove', (e) => {
  if (!drag) return;
  drag.x = e.clientX;
  drag.y = e.clientY;
  if (!drag.overlay && Math.hypot(drag.x - drag.x0, drag.y - drag.y0) > 5) {
    const overlay = document.createElement('div');
    overlay.className = 'preview';
    overlay.dataset['testid'] = 'drag-preview';
    overlay.textContent = drag.li.firstChild?.textContent ?? '';
    document.body.append(overlay);
    drag.li.classList.add('dragging');
    drag.overlay = overlay;
  }
  if (drag.overlay && frame === 0) frame = requestAnimationFrame(paint);
});
const end = (e: MouseEvent | KeyboardEvent) => {
  const d = drag;
  drag = null;
  if (!d?.overlay) return;
  d.overlay.remove();
  d.li.classList.remove('dragging');
  if (!(e instanceof MouseEvent)) return;
  const over = document
    .elementsFromPoint(e.clientX, e.clientY)
    .find((el): el is HTMLElement => el instanceof HTMLElement && el.matches('li.item') && el !== d.li);
  if (!over) return;
  const r = over.getBoundingClientRect();
  over.parentElement?.insertBefore(d.li, e.clientY > r.top + r.height / 2 ? over.nextSibling : over);
};
window.addEventListener('mouseup', end);
window.addEventListener('keydown', (e) => {
  if (e.key === 'Escape') end(e);
});
