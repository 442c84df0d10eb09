/**
 * Our side of the portal's postMessage protocol (BITRIX24-API.md 5.2, parent: `applayout.js`).
 *
 * Out: `parent.postMessage('command:params:callbackId:appSid', portalOrigin)`, empty parts left
 * out, `params` as JSON (the parent re-joins the middle parts, so JSON may contain `:`).
 * In: the parent answers `callbackId:JSON` to the app's origin. A reply is taken only when
 * - it comes from the portal's origin and from the parent window itself,
 * - its callback id carries our `APP_SID` and belongs to a command still waiting.
 * The portal never answers denied or unknown commands (5.2), so every command has a time limit.
 */

/** The commands this app uses (5.3). */
export type FrameCommand = 'getInitData' | 'refreshAuth' | 'resizeWindow' | 'setTitle' | 'setInstallFinish';

export interface FrameBridgeOptions {
  /** `window.parent`: the only window we talk to. */
  readonly parent: { postMessage(message: string, targetOrigin: string): void };
  /** Where `message` events arrive: `window`. */
  readonly events: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
  /** `PROTOCOL://DOMAIN` of the portal (see `detectFrame`). */
  readonly portalOrigin: string;
  readonly appSid: string;
  /** Default time limit per command, ms (SDK: 10 s for auth commands). */
  readonly timeoutMs?: number;
  /** Unguessable part of callback ids; injectable for tests. */
  readonly nonce?: () => string;
}

export interface CallFrameOptions {
  readonly timeoutMs?: number;
}

export interface FrameBridge {
  /** Sends `command` and resolves with the parent's reply (parsed JSON, `undefined` for an empty one). */
  call(
    command: FrameCommand,
    params?: Readonly<Record<string, unknown>>,
    opts?: CallFrameOptions,
  ): Promise<unknown>;
  /** Stops listening; commands still waiting are rejected. */
  destroy(): void;
}

/** The portal did not answer in time (denied command, wrong origin, portal page gone). */
export class FrameTimeoutError extends Error {
  override readonly name = 'FrameTimeoutError';
  constructor(
    readonly command: FrameCommand,
    readonly timeoutMs: number,
  ) {
    super(`The portal did not answer "${command}" within ${timeoutMs / 1000} s.`);
  }
}

/** What went wrong with the portal's messages; the app says it in the interface language. */
export type FrameBridgeProblem = 'notJson' | 'closed' | 'noToken' | 'noNewToken' | 'postFailed';

export class FrameBridgeError extends Error {
  override readonly name = 'FrameBridgeError';
  /** `message` is English, for logs and tests; `problem` picks the words shown to people. */
  constructor(
    readonly problem: FrameBridgeProblem,
    message: string,
  ) {
    super(message);
  }
}

const DEFAULT_TIMEOUT_MS = 10_000;

function randomNonce(): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

interface Pending {
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
  readonly timer: ReturnType<typeof setTimeout>;
}

/** `command:params:callbackId:appSid` with the empty parts removed, as the SDK writes it. */
export function encodeFrameMessage(
  command: string,
  params: Readonly<Record<string, unknown>> | undefined,
  callbackId: string,
  appSid: string,
): string {
  const json = params === undefined ? '' : JSON.stringify(params);
  return [command, json, callbackId, appSid].filter((part) => part !== '').join(':');
}

export function createFrameBridge(opts: FrameBridgeOptions): FrameBridge {
  const { parent, events, portalOrigin, appSid } = opts;
  const defaultTimeout = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const nonce = opts.nonce ?? randomNonce;
  // Callback ids carry our APP_SID, so a reply meant for another app page is never taken as ours.
  const prefix = `${appSid}_`;
  const pending = new Map<string, Pending>();
  let seq = 0;
  let destroyed = false;

  const onMessage = (event: Event): void => {
    const e = event as MessageEvent;
    if (e.origin !== portalOrigin || e.source !== parent || typeof e.data !== 'string') return;
    const colon = e.data.indexOf(':');
    const id = colon < 0 ? e.data : e.data.slice(0, colon);
    if (!id.startsWith(prefix)) return;
    const waiting = pending.get(id);
    if (!waiting) return;
    pending.delete(id);
    clearTimeout(waiting.timer);
    const raw = colon < 0 ? '' : e.data.slice(colon + 1);
    if (raw === '') {
      waiting.resolve(undefined);
      return;
    }
    try {
      waiting.resolve(JSON.parse(raw) as unknown);
    } catch {
      waiting.reject(new FrameBridgeError('notJson', 'The portal answered with a message that is not JSON.'));
    }
  };
  events.addEventListener('message', onMessage);

  return {
    call(command, params, callOpts) {
      if (destroyed) return Promise.reject(new FrameBridgeError('closed', 'The frame bridge is closed.'));
      const timeoutMs = callOpts?.timeoutMs ?? defaultTimeout;
      seq += 1;
      const id = `${prefix}${seq}_${nonce()}`;
      return new Promise<unknown>((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          reject(new FrameTimeoutError(command, timeoutMs));
        }, timeoutMs);
        pending.set(id, { resolve, reject, timer });
        try {
          // Never '*': the message may be answered with tokens, and only the portal may read it.
          parent.postMessage(encodeFrameMessage(command, params, id, appSid), portalOrigin);
        } catch (e) {
          clearTimeout(timer);
          pending.delete(id);
          reject(new FrameBridgeError('postFailed', e instanceof Error ? e.message : String(e)));
        }
      });
    },
    destroy() {
      destroyed = true;
      events.removeEventListener('message', onMessage);
      for (const [id, waiting] of pending) {
        clearTimeout(waiting.timer);
        waiting.reject(new FrameBridgeError('closed', 'The frame bridge is closed.'));
        pending.delete(id);
      }
    },
  };
}
