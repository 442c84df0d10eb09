/** Height of one sentinel: the band is known to a tenth of it. */
const STEP = 100;
const VARS = ['--frame-visible-top', '--frame-visible-height'] as const;

/**
 * Which part of the frame the person can see. Inside a portal the frame is as tall as its content
 * (fitWindow) and the portal page scrolls, so `position: fixed` things (modal dialogs, toasts) and
 * sticky panels would sit in the middle or at the bottom of a frame thousands of pixels tall, far
 * from where the person looks. The frame cannot read the portal's scroll position (another
 * origin), but an IntersectionObserver reports what part of each element is inside the top-level
 * viewport: a column of 100 px sentinels in a fixed layer tells the visible band, published as
 * `--frame-visible-top` / `--frame-visible-height` on `<html>` for app.css to place those things.
 * The layer is `position: fixed`, so it never adds to the content height that fitWindow measures.
 */
export function trackVisibleBand(win: Window = window): () => void {
  if (typeof IntersectionObserver === 'undefined') return () => undefined;
  const doc = win.document;
  const root = doc.documentElement;
  const layer = doc.createElement('div');
  layer.setAttribute('aria-hidden', 'true');
  layer.style.cssText = 'position:fixed;inset:0;pointer-events:none;z-index:-1;overflow:hidden';
  doc.body.append(layer);

  const visible = new Map<Element, DOMRectReadOnly>();
  const publish = (): void => {
    if (visible.size === 0) {
      for (const v of VARS) root.style.removeProperty(v);
      return;
    }
    let top = Infinity;
    let bottom = -Infinity;
    for (const r of visible.values()) {
      top = Math.min(top, r.top);
      bottom = Math.max(bottom, r.bottom);
    }
    root.style.setProperty('--frame-visible-top', `${Math.round(top)}px`);
    root.style.setProperty('--frame-visible-height', `${Math.round(bottom - top)}px`);
  };
  const observer = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (e.isIntersecting && e.intersectionRect.height > 0) visible.set(e.target, e.intersectionRect);
        else visible.delete(e.target);
      }
      publish();
    },
    { threshold: Array.from({ length: 11 }, (_, i) => i / 10) },
  );

  const sentinels: HTMLElement[] = [];
  const layout = (): void => {
    const need = Math.max(1, Math.ceil(win.innerHeight / STEP));
    while (sentinels.length < need) {
      const s = doc.createElement('div');
      s.style.cssText = `position:absolute;left:0;width:1px;top:${sentinels.length * STEP}px;height:${STEP}px`;
      layer.append(s);
      sentinels.push(s);
      observer.observe(s);
    }
    while (sentinels.length > need) {
      const s = sentinels.pop();
      if (!s) break;
      observer.unobserve(s);
      visible.delete(s);
      s.remove();
    }
  };
  layout();
  win.addEventListener('resize', layout);
  return () => {
    win.removeEventListener('resize', layout);
    observer.disconnect();
    layer.remove();
    for (const v of VARS) root.style.removeProperty(v);
  };
}
