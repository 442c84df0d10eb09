import type { PortalClientOptions } from '../../api/transport';
import { frameConnection, type Connection } from '../connection';
import { createFrameBridge, FrameBridgeError, type FrameBridge } from './bridge';
import type { FrameInfo } from './detectFrame';
import { InitDataSchema, placementOf, RefreshedAuthSchema, type FramePlacement } from './initData';

/** Everything the app learns from the portal when it starts inside a frame. */
export interface FrameSession {
  readonly frame: FrameInfo;
  readonly bridge: FrameBridge;
  readonly connection: Connection;
  /** `LANG` of `getInitData`, else of the query. */
  readonly lang: string | null;
  /** The portal's `IS_ADMIN`: the user is a portal administrator. */
  readonly isAdmin: boolean;
  readonly placement: FramePlacement;
  readonly memberId: string | null;
  /** `INSTALL`: the portal opened the app in its install step. */
  readonly install: boolean;
  /** `FIRST_RUN` or `INSTALL`: the moment to offer what an app sets up once. */
  readonly firstRun: boolean;
}

/**
 * Ends the app's install step as `BX24.installFinish()` does: the portal marks the app installed
 * and reloads its page with `install_finished=Y`; it sends no answer, so none is awaited.
 */
export function finishInstall(bridge: FrameBridge): void {
  bridge.call('setInstallFinish', {}, { timeoutMs: 1_000 }).catch(() => undefined);
}

/** The SDK gives `getInitData` and `refreshAuth` 10 s (BITRIX24-API.md 6). */
export const AUTH_COMMAND_TIMEOUT_MS = 10_000;

let shared: { readonly sid: string; readonly bridge: FrameBridge } | null = null;

/**
 * One bridge per page, created on first use and never destroyed: React's StrictMode mounts
 * effects twice, and a bridge torn down by the first cleanup would leave the second mount's
 * commands unanswered (BITRIX24-API.md 6, gotcha 3).
 */
export function sharedFrameBridge(frame: FrameInfo): FrameBridge {
  if (shared?.sid !== frame.appSid) {
    shared = {
      sid: frame.appSid,
      bridge: createFrameBridge({
        parent: window.parent,
        events: window,
        portalOrigin: frame.portalOrigin,
        appSid: frame.appSid,
      }),
    };
  }
  return shared.bridge;
}

/**
 * Asks the portal for the token (`getInitData`) and builds the REST client on it. REST calls go to
 * the frame's own `PROTOCOL://DOMAIN` (from the iframe name and query), never to a host named in a
 * message. A call answered `expired_token` makes the transport ask for `refreshAuth` once, take the
 * new token and repeat the call once (the SDK's behaviour, BITRIX24-API.md 6). `AUTH_EXPIRES` is not
 * used to refresh early: the portal's clock, not the browser's, decides when a token has expired.
 */
export async function startFrameSession(
  frame: FrameInfo,
  bridge: FrameBridge,
  transport: Omit<PortalClientOptions, 'auth'> = {},
): Promise<FrameSession> {
  const parsed = InitDataSchema.safeParse(
    await bridge.call('getInitData', undefined, { timeoutMs: AUTH_COMMAND_TIMEOUT_MS }),
  );
  if (!parsed.success)
    throw new FrameBridgeError('noToken', 'The portal sent init data without an access token.');
  const init = parsed.data;
  let token = init.AUTH_ID;
  const connection = frameConnection(
    {
      domain: frame.domain,
      protocol: frame.protocol,
      getToken: () => token,
      refresh: async () => {
        const answer = await bridge.call('refreshAuth', undefined, { timeoutMs: AUTH_COMMAND_TIMEOUT_MS });
        const renewed = RefreshedAuthSchema.safeParse(answer);
        if (!renewed.success)
          throw new FrameBridgeError('noNewToken', 'The portal sent no new access token.');
        token = renewed.data.AUTH_ID;
      },
    },
    transport,
  );
  const lang =
    init.LANG !== undefined && /^[A-Za-z]{2,3}([-_]\w+)?$/.test(init.LANG) ? init.LANG : frame.lang;
  return {
    frame,
    bridge,
    connection,
    lang: lang === null ? null : lang.toLowerCase(),
    isAdmin: init.IS_ADMIN ?? false,
    placement: placementOf(init),
    memberId: init.MEMBER_ID ?? null,
    install: init.INSTALL ?? false,
    firstRun: (init.FIRST_RUN ?? false) || (init.INSTALL ?? false),
  };
}
