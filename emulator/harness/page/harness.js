// The parent side of the Bitrix24 app protocol, as the portal's `applayout.js` implements it
// (BITRIX24-API.md 5.1-5.3): the named iframe, the POSTed launch form, and answers to the app's
// postMessage commands with tokens minted by the emulator. Query parameters:
//   placement=DEFAULT|CRM_LEAD_DETAIL_TAB  lead=ID  lang=en  user=1  ttl=SECONDS  sid=APP_SID
//   page=lead (the lead card with a tab per handler bound to CRM_LEAD_DETAIL_TAB; a click opens it)
//   install=1 (the app is not installed yet: INSTALL is true until it sends setInstallFinish)
//   firstRun=1 (FIRST_RUN: the user opens the app for the first time)
//   crossOrigin=1 (load the app from the other loopback host name)  forge=1 (send forged replies)
//   app=/path (where the app is served; default /, or the URL the emulator was started with: --app URL)
(() => {
  'use strict';

  const q = new URLSearchParams(location.search);
  const leadPage = q.get('page') === 'lead';
  const placement = leadPage ? 'CRM_LEAD_DETAIL_TAB' : (q.get('placement') || 'DEFAULT').toUpperCase();
  const leadId = q.get('lead') || '1596';
  const lang = (q.get('lang') || 'en').toLowerCase();
  const userId = Number(q.get('user') || '1');
  const ttl = Number(q.get('ttl') || '3600');
  const forge = q.get('forge') === '1';
  // applayout.js redirects the portal page with install_finished=Y once the app finishes its install.
  const installing = q.get('install') === '1' && q.get('install_finished') !== 'Y';
  const crossOrigin = q.get('crossOrigin') === '1';
  // `let`: `--app URL` (read from /portal/emulator.json at start) may point at another origin
  let appPath = q.get('app') || '/';
  const sid = q.get('sid') || randomHex(16);
  const protocol = location.protocol === 'https:' ? 1 : 0;
  const portalHost = location.host;
  const otherHost = swapLoopbackName(location.host);
  const otherOrigin = otherHost ? `${location.protocol}//${otherHost}` : null;
  let appOrigin = crossOrigin && otherOrigin ? otherOrigin : location.origin;
  const frameName = `${portalHost}|${protocol}|${sid}`;
  const placementOptions = placement === 'CRM_LEAD_DETAIL_TAB' ? { ID: leadId } : null;
  // applayout.js: every placement but DEFAULT denies these; denied commands get no answer (5.2).
  const denied = placement === 'DEFAULT' ? [] : ['setTitle', 'setScroll', 'reloadWindow'];
  const started = performance.now();

  /** State for people (the facts bar) and for tests (`window.portalHarness`). */
  const state = {
    sid,
    appOrigin,
    token: '',
    refreshToken: '',
    expiresAt: 0,
    isAdmin: false,
    refreshes: 0,
    title: null,
    size: null,
    installFinished: q.get('install_finished') === 'Y',
    /** The lead page's tabs bound by apps: `{title, handler}`. */
    tabs: [],
    log: [],
  };
  window.portalHarness = state;

  const $ = (id) => document.getElementById(id);
  let appFrame = null;
  let forgerFrame = null;
  let refreshing = null;

  function randomHex(bytes) {
    const a = new Uint8Array(bytes);
    crypto.getRandomValues(a);
    return Array.from(a, (b) => b.toString(16).padStart(2, '0')).join('');
  }

  function swapLoopbackName(host) {
    const [name, port] = host.split(':');
    const other = name === '127.0.0.1' ? 'localhost' : name === 'localhost' ? '127.0.0.1' : null;
    return other && (port ? `${other}:${port}` : other);
  }

  const masked = (token) => (token.length > 8 ? `${token.slice(0, 4)}…${token.slice(-4)}` : '…');

  function log(kind, text) {
    const entry = { kind, text, at: Math.round(performance.now() - started) };
    state.log.push(entry);
    const li = document.createElement('li');
    li.className = `log-${kind}`;
    const time = document.createElement('time');
    time.textContent = `+${(entry.at / 1000).toFixed(2)} s`;
    const tag = document.createElement('span');
    tag.className = 'log-kind';
    tag.textContent = kind;
    li.append(time, tag, document.createTextNode(text));
    $('protocol-log').append(li);
  }

  async function control(path, body) {
    const res = await fetch(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const json = await res.json();
    if (!res.ok) throw new Error(`${path}: ${json.error} ${json.error_description}`);
    return json;
  }

  async function rest(method, params) {
    const body = new URLSearchParams({ auth: state.token, ...params });
    const res = await fetch(`/rest/${method}.json`, { method: 'POST', body });
    return res.json();
  }

  function takeToken(answer) {
    state.token = answer.access_token;
    state.refreshToken = answer.refresh_token;
    state.expiresAt = Date.now() + answer.expires_in * 1000;
    showToken();
  }

  function showToken() {
    const left = Math.ceil((state.expiresAt - Date.now()) / 1000);
    $('fact-token').textContent = state.token
      ? `${masked(state.token)} · ${left > 0 ? `expires in ${left} s` : 'expired'}`
      : '…';
    $('fact-token').dataset.state = left > 0 ? 'valid' : 'expired';
  }

  function initData() {
    return {
      LANG: lang,
      DOMAIN: location.host,
      PROTOCOL: protocol,
      PATH: '/rest/',
      AUTH_ID: state.token,
      AUTH_EXPIRES: Math.max(0, Math.round((state.expiresAt - Date.now()) / 1000)),
      REFRESH_ID: state.refreshToken,
      MEMBER_ID: 'emulator-member-0001',
      FIRST_RUN: installing || q.get('firstRun') === '1',
      IS_ADMIN: state.isAdmin,
      INSTALL: installing,
      USER_OPTIONS: [],
      APP_OPTIONS: [],
      PLACEMENT: placement,
      // PHP sends an empty array when there are no options.
      PLACEMENT_OPTIONS: placementOptions || [],
    };
  }

  function reply(callback, result) {
    if (!callback || !appFrame) return;
    const text = `${callback}:${result === undefined ? '' : JSON.stringify(result)}`;
    // Only the app's origin may read the answer: it can carry tokens.
    appFrame.contentWindow.postMessage(text, appOrigin);
  }

  /** `applayout.js` `split`: method, params (may contain ':'), callback, appSid. */
  function parseCommand(data) {
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

  function refresh() {
    // One refresh at a time: a refresh token can be used once.
    refreshing ||= control('/_emulator/oauth/refresh', { refresh_token: state.refreshToken, ttlSeconds: ttl })
      .then((answer) => {
        takeToken(answer);
        state.refreshes += 1;
        $('fact-refreshes').textContent = String(state.refreshes);
        return { AUTH_ID: state.token, AUTH_EXPIRES: answer.expires_in, REFRESH_ID: state.refreshToken };
      })
      .finally(() => {
        refreshing = null;
      });
    return refreshing;
  }

  function resize(params) {
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

  function forgeInitData(callback) {
    const forged = {
      ...initData(),
      AUTH_ID: 'forged-token',
      REFRESH_ID: 'forged-refresh',
      LANG: 'de',
      PLACEMENT: 'CRM_LEAD_DETAIL_TAB',
      PLACEMENT_OPTIONS: { ID: '1590' },
    };
    if (forgerFrame && otherOrigin) {
      forgerFrame.contentWindow.postMessage(
        { type: 'forge', callback, appSid: sid, payload: forged },
        otherOrigin,
      );
      log('forged', `asked ${otherOrigin} to answer ${callback.slice(0, 12)}… with a forged token`);
    }
    const otherSid = callback.startsWith(sid) ? `f0rged${callback.slice(sid.length)}` : `f0rged_${callback}`;
    appFrame.contentWindow.postMessage(`${otherSid}:${JSON.stringify(forged)}`, appOrigin);
    log('forged', 'answered getInitData for another APP_SID with a forged token');
  }

  async function handle(cmd) {
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

  window.addEventListener('message', (e) => {
    if (
      forgerFrame &&
      e.source === forgerFrame.contentWindow &&
      e.origin === otherOrigin &&
      e.data &&
      e.data.type === 'forger-ready'
    ) {
      forgerReady();
      return;
    }
    // applayout.js accepts only the app's origin; the harness also wants the app's own window.
    if (e.origin !== appOrigin || !appFrame || e.source !== appFrame.contentWindow) {
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

  let forgerReady = () => undefined;
  function loadForger() {
    if (!otherOrigin) {
      log('error', 'forge=1 needs the harness on 127.0.0.1 or localhost');
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      forgerReady = resolve;
      forgerFrame = document.createElement('iframe');
      forgerFrame.title = 'Another origin';
      forgerFrame.src = `${otherOrigin}/portal/forger.html?portal=${encodeURIComponent(location.origin)}`;
      $('forger-slot').append(forgerFrame);
    });
  }

  function launchApp() {
    const url = new URL(appPath, appOrigin);
    url.searchParams.set('DOMAIN', portalHost);
    url.searchParams.set('PROTOCOL', String(protocol));
    url.searchParams.set('LANG', lang);
    url.searchParams.set('APP_SID', sid);
    appFrame = document.createElement('iframe');
    appFrame.id = 'app-frame';
    appFrame.name = frameName;
    appFrame.title = 'Lead Card Studio';
    appFrame.addEventListener('load', () => $('app-loading').remove(), { once: true });
    $('app-layout').append(appFrame);
    const form = $('app-form');
    form.action = url.href;
    form.target = frameName;
    form.elements.AUTH_ID.value = state.token;
    form.elements.AUTH_EXPIRES.value = String(ttl);
    form.elements.REFRESH_ID.value = state.refreshToken;
    form.elements.member_id.value = 'emulator-member-0001';
    form.elements.PLACEMENT.value = placement;
    if (placementOptions) form.elements.PLACEMENT_OPTIONS.value = JSON.stringify(placementOptions);
    else form.elements.PLACEMENT_OPTIONS.remove();
    form.submit();
    log('out', `POST ${url.pathname}${url.search} into the frame "${frameName}"`);
  }

  /**
   * The handlers apps bound to the lead card tab. A portal reads its own placement table; the
   * harness asks the REST API as the administrator, whatever user the page is opened as.
   */
  async function boundLeadTabs() {
    const admin = await control('/_emulator/oauth/token', { userId: 1, ttlSeconds: 600 });
    const body = new URLSearchParams({ auth: admin.access_token });
    const answer = await fetch('/rest/placement.get.json', { method: 'POST', body }).then((r) => r.json());
    return (Array.isArray(answer.result) ? answer.result : [])
      .filter((row) => row.placement === 'CRM_LEAD_DETAIL_TAB')
      .map((row) => ({ title: tabTitle(row), handler: row.handler }));
  }

  /** `Lang::mergeFromLangAll` with the user's language first, then the row's own title. */
  function tabTitle(row) {
    const langs =
      row.langAll && typeof row.langAll === 'object' && !Array.isArray(row.langAll) ? row.langAll : {};
    const picked = langs[lang] || langs.en || Object.values(langs)[0];
    return (picked && picked.TITLE) || row.title || 'Application';
  }

  function selectTab(tab) {
    for (const el of $('lead-tabs').querySelectorAll('[role=tab]')) {
      el.setAttribute('aria-selected', String(el === tab));
    }
  }

  /** The lead card as a portal shows it: its own tabs, then one per bound handler. */
  async function showLeadPage() {
    state.tabs = await boundLeadTabs();
    const tabs = $('lead-tabs');
    tabs.replaceChildren();
    const general = document.createElement('button');
    general.type = 'button';
    general.setAttribute('role', 'tab');
    general.textContent = 'General';
    tabs.append(general);
    for (const bound of state.tabs) {
      const button = document.createElement('button');
      button.type = 'button';
      button.setAttribute('role', 'tab');
      button.dataset.handler = bound.handler;
      button.textContent = bound.title;
      button.addEventListener('click', () => {
        selectTab(button);
        $('lead-general').hidden = true;
        $('app-layout').hidden = false;
        openHandler(bound.handler);
      });
      tabs.append(button);
    }
    general.addEventListener('click', () => {
      selectTab(general);
      $('lead-general').hidden = false;
      $('app-layout').hidden = true;
    });
    $('lead-general').textContent = state.tabs.length
      ? 'The lead card. Open an application tab to load it.'
      : 'No application has added a tab to the lead card (placement.bind CRM_LEAD_DETAIL_TAB).';
    selectTab(general);
    $('lead-general').hidden = false;
    $('app-layout').hidden = true;
    log('out', `lead card: ${state.tabs.length} bound tab(s)`);
  }

  /** A portal POSTs the launch form to the bound handler, not to the app's own page. */
  function openHandler(handler) {
    if (appFrame) return;
    const url = new URL(handler);
    appOrigin = url.origin;
    appPath = `${url.pathname}${url.search}`;
    state.appOrigin = appOrigin;
    launchApp();
  }

  /** `--app URL`: the app the emulator was told to frame, unless the page names one itself. */
  async function chooseApp() {
    if (q.get('app')) return;
    const config = await fetch('/portal/emulator.json').then((r) => r.json());
    if (typeof config.app !== 'string') return;
    const url = new URL(config.app);
    appOrigin = url.origin;
    appPath = `${url.pathname}${url.search}`;
    state.appOrigin = appOrigin;
  }

  async function start() {
    await chooseApp();
    $('fact-placement').textContent = placementOptions ? `${placement} (lead ${leadId})` : placement;
    $('fact-lang').textContent = lang;
    $('fact-sid').textContent = sid;
    $('fact-install').textContent = installing
      ? 'in progress'
      : state.installFinished
        ? 'finished'
        : 'installed';
    $('portal-name').textContent = `Demo portal · ${portalHost}`;
    $('harness-scenario').textContent =
      `user ${userId} · tokens live ${ttl} s · app at ${appOrigin}${appPath}${
        forge ? ' · forged replies on' : ''
      }`;
    if (placementOptions) {
      $('lead-card').hidden = false;
      $('page-title').textContent = 'Leads';
    } else {
      $('menu-crm').classList.remove('is-active');
      $('menu-app').classList.add('is-active');
    }
    takeToken(await control('/_emulator/oauth/token', { userId, ttlSeconds: ttl }));
    setInterval(showToken, 500);
    const profile = await rest('profile', {});
    if (profile.result) {
      state.isAdmin = profile.result.ADMIN === true;
      $('user-name').textContent =
        `${profile.result.NAME} ${profile.result.LAST_NAME}${state.isAdmin ? ' · admin' : ''}`;
    }
    if (placementOptions) {
      const lead = await rest('crm.lead.get', { id: leadId });
      $('lead-title').textContent = lead.result ? `${lead.result.TITLE} · #${leadId}` : `#${leadId}`;
    }
    if (forge) await loadForger();
    if (leadPage) await showLeadPage();
    else launchApp();
  }

  start().catch((err) => log('error', err.message));
})();
