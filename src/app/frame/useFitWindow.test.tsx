// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dragActivity } from '../../store/dragActivity';
import type { FrameBridge } from './bridge';
import { useFitWindow } from './useFitWindow';

let height = 900;
let observed: (() => void) | null = null;

beforeEach(() => {
  height = 900;
  Object.defineProperty(document.body, 'scrollHeight', { configurable: true, get: () => height });
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(callback: () => void) {
        observed = callback;
      }
      observe() {}
      disconnect() {}
    },
  );
  vi.stubGlobal(
    'requestAnimationFrame',
    (f: FrameRequestCallback) => setTimeout(() => f(0), 0) as unknown as number,
  );
  vi.stubGlobal('cancelAnimationFrame', (id: number) => clearTimeout(id));
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  dragActivity.setState({ dragging: false });
});

const fakeBridge = () => {
  const call = vi.fn<(command: string, params: unknown) => Promise<unknown>>(() => Promise.resolve({}));
  return {
    bridge: { call } as unknown as FrameBridge,
    heights: () => call.mock.calls.map(([, params]) => params),
  };
};

const grow = async (to: number) => {
  height = to;
  observed?.();
  await act(() => vi.runAllTimersAsync());
};

describe('fitting the portal frame to the content', () => {
  it('sends the content height, again when it changes by 2 px or more', async () => {
    const { bridge, heights } = fakeBridge();
    renderHook(() => useFitWindow(bridge));
    await act(() => vi.runAllTimersAsync());
    await grow(901);
    await grow(1200);
    await grow(100);
    expect(heights()).toEqual([
      { width: '100%', height: 900 },
      { width: '100%', height: 1200 },
      { width: '100%', height: 480 },
    ]);
  });

  it('keeps the frame as it is during a drag (a resize would cancel it) and fits it at the drop', async () => {
    const { bridge, heights } = fakeBridge();
    renderHook(() => useFitWindow(bridge));
    await act(() => vi.runAllTimersAsync());
    dragActivity.setState({ dragging: true });
    await grow(1300);
    await grow(1400);
    expect(heights()).toEqual([{ width: '100%', height: 900 }]);
    act(() => dragActivity.setState({ dragging: false }));
    await act(() => vi.runAllTimersAsync());
    expect(heights()).toEqual([
      { width: '100%', height: 900 },
      { width: '100%', height: 1400 },
    ]);
  });
});
