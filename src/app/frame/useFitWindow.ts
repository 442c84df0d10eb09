import { useEffect } from 'react';
import { dragActivity } from '../../store/dragActivity';
import type { FrameBridge } from './bridge';

/** Below this the portal's frame would look broken (a loading screen is short). */
const MIN_HEIGHT = 480;
/** UI commands get a short limit: a denied command is never answered (BITRIX24-API.md 5.2). */
const UI_COMMAND_TIMEOUT_MS = 2_000;

/**
 * The SDK's `fitWindow()`: `resizeWindow({width: '100%', height})` with the height of the page's
 * content, sent again whenever the content grows or shrinks (a ResizeObserver on `<body>`,
 * coalesced to one message per animation frame), never during a drag. Heights that depend on the frame's own height
 * (`vh` paddings) converge in a few rounds; changes under 2 px are not sent.
 */
export function useFitWindow(bridge: FrameBridge | null): void {
  useEffect(() => {
    if (!bridge || typeof ResizeObserver === 'undefined') return undefined;
    let last = 0;
    let scheduled = 0;
    const measure = (): void => {
      scheduled = 0;
      // measured again at the drop (below): a resize now would cancel the drag
      if (dragActivity.getState().dragging) return;
      const height = Math.max(MIN_HEIGHT, Math.ceil(document.body.scrollHeight));
      if (Math.abs(height - last) < 2) return;
      last = height;
      // Popups deny resizeWindow and never answer: nothing to do about it but carry on.
      bridge
        .call('resizeWindow', { width: '100%', height }, { timeoutMs: UI_COMMAND_TIMEOUT_MS })
        .catch(() => undefined);
    };
    const schedule = (): void => {
      if (scheduled === 0) scheduled = requestAnimationFrame(measure);
    };
    const observer = new ResizeObserver(schedule);
    observer.observe(document.body);
    const unsubscribe = dragActivity.subscribe((s) => {
      if (!s.dragging) schedule();
    });
    schedule();
    return () => {
      observer.disconnect();
      unsubscribe();
      if (scheduled !== 0) cancelAnimationFrame(scheduled);
    };
  }, [bridge]);
}

/** `setTitle`, only where the placement allows it (the caller checks `canSetTitle`). */
export function setFrameTitle(bridge: FrameBridge, title: string): void {
  bridge.call('setTitle', { title }, { timeoutMs: UI_COMMAND_TIMEOUT_MS }).catch(() => undefined);
}
