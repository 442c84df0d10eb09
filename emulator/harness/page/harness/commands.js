// The frame protocol's parent side: the app's commands and their answers (BITRIX24-API.md 5.2).
import {
  $,
  control,
  ctx,
  denied,
  forge,
  initData,
  lang,
  log,
  masked,
  otherOrigin,
  placement,
  sid,
  state,
  takeToken,
  ttl,
} from './context.js';

export function reply(callback, result) {
  if (!callback || !ctx.appFrame) return;
  const text = `${callback}:${result === undefined ? '' : JSON.stringify(result)}`;
  // Only the app's origin may read the answer: it can carry tokens.
  ctx.appFrame.contentWindow.postMessage(text, ctx.appOrigin);
}

/** `applayout.js` `split`: method, params (may contain ':'), callback, appSid. */
export function parseCommand(data) {
  if (typeof data === 'object' && data !== null) {
    return { method: data.method, params: data.params || {}, callback: data.callback, appSid: data.appSid };
  }
  const r = String(data).split(':');
  const middle = r.slice(1, r.length - 2).join(':');
  return {
    method: r[0],
    params: middle ? JSON.parse(middle) : {},
    callback: r[r.length - 2],
    appSid: r[r.length - 1],
  };
}

export function refresh() {
  // One refresh at a time: a refresh token can be used once.
  ctx.refreshing ||= control('/_emulator/oauth/refresh', {
    refresh_token: state.refreshToken,
    ttlSeconds: ttl,
  })
    .then((answer) => {
      takeToken(answer);
      state.refreshes += 1;
      $('fact-refreshes').textContent = String(state.refreshes);
      return { AUTH_ID: state.token, AUTH_EXPIRES: answer.expires_in, REFRESH_ID: state.refreshToken };
    })
    .finally(() => {
      ctx.refreshing = null;
    });
  return ctx.refreshing;
}

export function resize(params) {
  const layout = $('app-layout');
  const width = params.width === '100%' ? '100%' : `${parseInt(params.width, 10) || 100}px`;
  const height = parseInt(params.height, 10);
  layout.style.width = width;
  if (height > 0) layout.style.height = `${height}px`;
  const box = layout.getBoundingClientRect();
  state.size = { width: Math.round(box.width), height: Math.round(box.height) };
  $('fact-size').textContent = `${state.size.width} × ${state.size.height} px`;
  layout.dataset.height = String(state.size.height);
  return state.size;
}

export function forgeInitData(callback) {
  const forged = {
    ...initData(),
    AUTH_ID: 'forged-token',
    REFRESH_ID: 'forged-refresh',
    LANG: 'de',
    PLACEMENT: 'CRM_LEAD_DETAIL_TAB',
    PLACEMENT_OPTIONS: { ID: '1590' },
  };
  if (ctx.forgerFrame && otherOrigin) {
    ctx.forgerFrame.contentWindow.postMessage(
      { type: 'forge', callback, appSid: sid, payload: forged },
      otherOrigin,
    );
    log('forged', `asked ${otherOrigin} to answer ${callback.slice(0, 12)}… with a forged token`);
  }
  const otherSid = callback.startsWith(sid) ? `f0rged${callback.slice(sid.length)}` : `f0rged_${callback}`;
  ctx.appFrame.contentWindow.postMessage(`${otherSid}:${JSON.stringify(forged)}`, ctx.appOrigin);
  log('forged', 'answered getInitData for another APP_SID with a forged token');
}

export async function handle(cmd) {
  const { method, params, callback } = cmd;
  switch (method) {
    case 'getInitData':
      if (forge) {
        forgeInitData(callback);
        await new Promise((r) => setTimeout(r, 500));
      }
      reply(callback, initData());
      log('out', `getInitData → token ${masked(state.token)}, ${placement}, LANG ${lang}`);
      return;
    case 'refreshAuth': {
      const answer = await refresh();
      reply(callback, answer);
      log('out', `refreshAuth → new token ${masked(answer.AUTH_ID)}`);
      return;
    }
    case 'resizeWindow': {
      const size = resize(params);
      reply(callback, size);
      log('out', `resizeWindow ${params.width} × ${params.height} → ${size.width} × ${size.height}`);
      return;
    }
    case 'setTitle':
      state.title = String(params.title);
      $('page-title').textContent = state.title;
      document.title = state.title;
      reply(callback, params);
      log('out', `setTitle "${state.title}"`);
      return;
    case 'setScroll':
      window.scrollTo(window.scrollX, parseInt(params.scroll, 10) || 0);
      reply(callback, params);
      return;
    case 'setInstallFinish': {
      // applayout.js: `set_installed` with v=Y unless `value` is false, then the portal page is
      // reloaded with install_finished=Y|N; the app gets no answer.
      const finished = params.value !== false;
      state.installFinished = finished;
      $('fact-install').textContent = finished ? 'finished' : 'not finished';
      log('out', `setInstallFinish → install_finished=${finished ? 'Y' : 'N'}`);
      const next = new URL(location.href);
      next.searchParams.set('install_finished', finished ? 'Y' : 'N');
      history.replaceState(null, '', next);
      return;
    }
    case 'getInterface':
      reply(callback, {
        command: [
          'getInitData',
          'refreshAuth',
          'resizeWindow',
          'setTitle',
          'setScroll',
          'getInterface',
          'setInstallFinish',
        ].filter((c) => !denied.includes(c)),
        event: [],
      });
      return;
    case 'reloadWindow':
      location.reload();
      return;
    default:
      log('ignored', `unknown command "${method}": no answer`);
  }
}

export function loadForger() {
  if (!otherOrigin) {
    log('error', 'forge=1 needs the harness on 127.0.0.1 or localhost');
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    ctx.forgerReady = resolve;
    ctx.forgerFrame = document.createElement('iframe');
    ctx.forgerFrame.title = 'Another origin';
    ctx.forgerFrame.src = `${otherOrigin}/portal/forger.html?portal=${encodeURIComponent(location.origin)}`;
    $('forger-slot').append(ctx.forgerFrame);
  });
}

/** The app's commands, as `applayout.js` receives them: only from the app's own window and origin. */
export function listen() {
  window.addEventListener('message', (e) => {
    if (
      ctx.forgerFrame &&
      e.source === ctx.forgerFrame.contentWindow &&
      e.origin === otherOrigin &&
      e.data &&
      e.data.type === 'forger-ready'
    ) {
      ctx.forgerReady();
      return;
    }
    // applayout.js accepts only the app's origin; the harness also wants the app's own window.
    if (e.origin !== ctx.appOrigin || !ctx.appFrame || e.source !== ctx.appFrame.contentWindow) {
      log('ignored', `a message from ${e.origin}: not the app`);
      return;
    }
    let cmd;
    try {
      cmd = parseCommand(e.data);
    } catch {
      log('ignored', 'a message that is not a command');
      return;
    }
    if (cmd.appSid !== sid) {
      log('ignored', `"${cmd.method}" for another APP_SID`);
      return;
    }
    log('in', `${cmd.method}${Object.keys(cmd.params).length ? ` ${JSON.stringify(cmd.params)}` : ''}`);
    if (denied.includes(cmd.method)) {
      log('ignored', `"${cmd.method}" is denied in ${placement}: no answer`);
      return;
    }
    handle(cmd).catch((err) => log('error', `${cmd.method}: ${err.message}`));
  });
}
