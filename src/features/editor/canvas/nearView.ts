import { useEffect, useState, type RefObject } from 'react';
import { dragActivity } from '../../../store/dragActivity';

/**
 * The sections drawn whole from the first render: about the first screen of a card, every section
 * of most cards. A section further down shows its fields as handle, kind and label (drag, select,
 * Delete and "Move to section…" work on the handle) and gets each field's buttons once it comes
 * within a screen of the view or takes the focus. On the 600-field card the buttons of its 650
 * fields were 1,924 of the page's 5,676 elements, all created before the editor could be used.
 */
export const EAGER_SECTIONS = 6;

type Wake = () => void;
const waiting = new Map<Element, Wake>();
let observer: IntersectionObserver | null = null;

// one observer for every section: a screen above and below the view counts as near
function observe(el: Element, wake: Wake): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    wake();
    return () => undefined;
  }
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        const w = waiting.get(e.target);
        if (w) w();
      }
    },
    { rootMargin: '100% 0px' },
  );
  waiting.set(el, wake);
  observer.observe(el);
  return () => {
    waiting.delete(el);
    observer?.unobserve(el);
  };
}

/**
 * Whether the section in `ref` is drawn whole: from the start when `eager`, else from when it
 * first comes near the view or holds the focus, and then for good. Not while a drag is under way:
 * the drag measured the rows it lands between, and new buttons could change their heights.
 */
export function useNearView(ref: RefObject<HTMLElement | null>, eager: boolean): boolean {
  const [near, setNear] = useState(eager);
  useEffect(() => {
    const el = ref.current;
    if (near || !el) return;
    let seen = false;
    const wake = () => {
      seen = true;
      if (!dragActivity.getState().dragging) setNear(true);
    };
    const stopObserving = observe(el, wake);
    const stopWatchingDrag = dragActivity.subscribe((s) => {
      if (seen && !s.dragging) setNear(true);
    });
    el.addEventListener('focusin', wake);
    return () => {
      stopObserving();
      stopWatchingDrag();
      el.removeEventListener('focusin', wake);
    };
  }, [ref, near]);
  return near;
}
