// The harness page's query (see ../harness.js), its shared state, and the helpers every part uses.
export function randomHex(bytes) {
  const a = new Uint8Array(bytes);
  crypto.getRandomValues(a);
  return Array.from(a, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function swapLoopbackName(host) {
  const [name, port] = host.split(':');
  const other = name === '127.0.0.1' ? 'localhost' : name === 'localhost' ? '127.0.0.1' : null;
  return other && (port ? `${other}:${port}` : other);
}

export const q = new URLSearchParams(location.search);
export const leadPage = q.get('page') === 'lead';
export const placement = leadPage ? 'CRM_LEAD_DETAIL_TAB' : (q.get('placement') || 'DEFAULT').toUpperCase();
export const leadId = q.get('lead') || '1596';
export const lang = (q.get('lang') || 'en').toLowerCase();
export const userId = Number(q.get('user') || '1');
export const ttl = Number(q.get('ttl') || '3600');
export const forge = q.get('forge') === '1';
// applayout.js redirects the portal page with install_finished=Y once the app finishes its install.
export const installing = q.get('install') === '1' && q.get('install_finished') !== 'Y';
export const crossOrigin = q.get('crossOrigin') === '1';

export const sid = q.get('sid') || randomHex(16);
export const protocol = location.protocol === 'https:' ? 1 : 0;
export const portalHost = location.host;
export const otherHost = swapLoopbackName(location.host);
export const otherOrigin = otherHost ? `${location.protocol}//${otherHost}` : null;
export const frameName = `${portalHost}|${protocol}|${sid}`;
export const placementOptions = placement === 'CRM_LEAD_DETAIL_TAB' ? { ID: leadId } : null;
// applayout.js: every placement but DEFAULT denies these; denied commands get no answer (5.2).
export const denied = placement === 'DEFAULT' ? [] : ['setTitle', 'setScroll', 'reloadWindow'];
export const started = performance.now();

/** What changes while the page runs: `--app URL` may point at another origin, the frames come and go. */
export const ctx = {
  appPath: q.get('app') || '/',
  appOrigin: crossOrigin && otherOrigin ? otherOrigin : location.origin,
  appFrame: null,
  forgerFrame: null,
  refreshing: null,
  forgerReady: () => undefined,
};

/** State for people (the facts bar) and for tests (`window.portalHarness`). */
export const state = {
  sid,
  appOrigin: ctx.appOrigin,
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

export const $ = (id) => document.getElementById(id);

export const masked = (token) => (token.length > 8 ? `${token.slice(0, 4)}…${token.slice(-4)}` : '…');

export function log(kind, text) {
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

export async function control(path, body) {
  const res = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = await res.json();
  if (!res.ok) throw new Error(`${path}: ${json.error} ${json.error_description}`);
  return json;
}

export async function rest(method, params) {
  const body = new URLSearchParams({ auth: state.token, ...params });
  const res = await fetch(`/rest/${method}.json`, { method: 'POST', body });
  return res.json();
}

export function takeToken(answer) {
  state.token = answer.access_token;
  state.refreshToken = answer.refresh_token;
  state.expiresAt = Date.now() + answer.expires_in * 1000;
  showToken();
}

export function showToken() {
  const left = Math.ceil((state.expiresAt - Date.now()) / 1000);
  $('fact-token').textContent = state.token
    ? `${masked(state.token)} · ${left > 0 ? `expires in ${left} s` : 'expired'}`
    : '…';
  $('fact-token').dataset.state = left > 0 ? 'valid' : 'expired';
}

export function initData() {
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
