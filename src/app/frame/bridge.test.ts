import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFrameBridge, encodeFrameMessage, FrameTimeoutError, type FrameBridge } from './bridge';

const PORTAL = 'https://b24-x.bitrix24.com';
const SID = 'sid42';

function setup() {
  const sent: { message: string; origin: string }[] = [];
  const parent = { postMessage: (message: string, origin: string) => sent.push({ message, origin }) };
  const events = new EventTarget();
  let n = 0;
  const bridge = createFrameBridge({
    parent,
    events,
    portalOrigin: PORTAL,
    appSid: SID,
    timeoutMs: 1000,
    nonce: () => `n${++n}`,
  });
  /** Delivers a message event as the browser would. */
  const deliver = (data: unknown, origin = PORTAL, source: unknown = parent) =>
    events.dispatchEvent(Object.assign(new Event('message'), { data, origin, source }));
  const callbackOf = (i: number) => sent[i]?.message.split(':').at(-2) ?? '';
  return { bridge, sent, parent, deliver, callbackOf };
}

let bridge: FrameBridge | null = null;
beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  bridge?.destroy();
  vi.useRealTimers();
});

describe('frame bridge', () => {
  it('writes command:params:callbackId:appSid, leaving out empty parts', () => {
    expect(encodeFrameMessage('getInitData', undefined, 'cb1', 'S')).toBe('getInitData:cb1:S');
    expect(encodeFrameMessage('resizeWindow', { width: '100%', height: 5 }, 'cb1', 'S')).toBe(
      'resizeWindow:{"width":"100%","height":5}:cb1:S',
    );
  });

  it('posts only to the portal origin and resolves with the parsed reply', async () => {
    const t = setup();
    bridge = t.bridge;
    const answer = t.bridge.call('setTitle', { title: 'A: b' });
    expect(t.sent).toEqual([{ message: `setTitle:{"title":"A: b"}:${SID}_1_n1:${SID}`, origin: PORTAL }]);
    t.deliver(`${t.callbackOf(0)}:{"title":"A: b"}`);
    await expect(answer).resolves.toEqual({ title: 'A: b' });
  });

  it('ignores replies from another origin, another window, another APP_SID or for no pending command', async () => {
    const t = setup();
    bridge = t.bridge;
    const answer = t.bridge.call('getInitData');
    const id = t.callbackOf(0);
    t.deliver(`${id}:{"AUTH_ID":"forged1"}`, 'https://evil.example');
    t.deliver(`${id}:{"AUTH_ID":"forged2"}`, PORTAL, {});
    t.deliver(`${id.replace(SID, 'other')}:{"AUTH_ID":"forged3"}`);
    t.deliver(`${SID}_9_zz:{"AUTH_ID":"forged4"}`);
    t.deliver({ callback: id, AUTH_ID: 'forged5' });
    t.deliver(`${id}:{"AUTH_ID":"real"}`);
    await expect(answer).resolves.toEqual({ AUTH_ID: 'real' });
  });

  it('takes a reply once', async () => {
    const t = setup();
    bridge = t.bridge;
    const first = t.bridge.call('refreshAuth');
    const id = t.callbackOf(0);
    t.deliver(`${id}:{"AUTH_ID":"a"}`);
    t.deliver(`${id}:{"AUTH_ID":"b"}`);
    await expect(first).resolves.toEqual({ AUTH_ID: 'a' });
  });

  it('times out a command the portal does not answer (denied commands get no reply)', async () => {
    const t = setup();
    bridge = t.bridge;
    const answer = t.bridge.call('setTitle', { title: 'x' }, { timeoutMs: 900 });
    vi.advanceTimersByTime(900);
    await expect(answer).rejects.toBeInstanceOf(FrameTimeoutError);
    // a late reply changes nothing
    t.deliver(`${t.callbackOf(0)}:{}`);
  });

  it('rejects a reply that is not JSON, and closes cleanly', async () => {
    const t = setup();
    bridge = t.bridge;
    const bad = t.bridge.call('getInitData');
    t.deliver(`${t.callbackOf(0)}:{not json`);
    await expect(bad).rejects.toThrow('not JSON');
    const pending = t.bridge.call('getInitData');
    t.bridge.destroy();
    await expect(pending).rejects.toThrow('closed');
    await expect(t.bridge.call('getInitData')).rejects.toThrow('closed');
  });
});
