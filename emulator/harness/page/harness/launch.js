// Opening the app: the launch form into the named frame, and the lead card with its bound tabs.
import {
  $,
  control,
  ctx,
  frameName,
  lang,
  log,
  placement,
  placementOptions,
  portalHost,
  protocol,
  q,
  sid,
  state,
  ttl,
} from './context.js';

export function launchApp() {
  const url = new URL(ctx.appPath, ctx.appOrigin);
  url.searchParams.set('DOMAIN', portalHost);
  url.searchParams.set('PROTOCOL', String(protocol));
  url.searchParams.set('LANG', lang);
  url.searchParams.set('APP_SID', sid);
  ctx.appFrame = document.createElement('iframe');
  ctx.appFrame.id = 'app-frame';
  ctx.appFrame.name = frameName;
  ctx.appFrame.title = 'Lead Card Studio';
  ctx.appFrame.addEventListener('load', () => $('app-loading').remove(), { once: true });
  $('app-layout').append(ctx.appFrame);
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
export async function boundLeadTabs() {
  const admin = await control('/_emulator/oauth/token', { userId: 1, ttlSeconds: 600 });
  const body = new URLSearchParams({ auth: admin.access_token });
  const answer = await fetch('/rest/placement.get.json', { method: 'POST', body }).then((r) => r.json());
  return (Array.isArray(answer.result) ? answer.result : [])
    .filter((row) => row.placement === 'CRM_LEAD_DETAIL_TAB')
    .map((row) => ({ title: tabTitle(row), handler: row.handler }));
}

/** `Lang::mergeFromLangAll` with the user's language first, then the row's own title. */
export function tabTitle(row) {
  const langs =
    row.langAll && typeof row.langAll === 'object' && !Array.isArray(row.langAll) ? row.langAll : {};
  const picked = langs[lang] || langs.en || Object.values(langs)[0];
  return (picked && picked.TITLE) || row.title || 'Application';
}

export function selectTab(tab) {
  for (const el of $('lead-tabs').querySelectorAll('[role=tab]')) {
    el.setAttribute('aria-selected', String(el === tab));
  }
}

/** The lead card as a portal shows it: its own tabs, then one per bound handler. */
export async function showLeadPage() {
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
export function openHandler(handler) {
  if (ctx.appFrame) return;
  const url = new URL(handler);
  ctx.appOrigin = url.origin;
  ctx.appPath = `${url.pathname}${url.search}`;
  state.appOrigin = ctx.appOrigin;
  launchApp();
}

/** `--app URL`: the app the emulator was told to frame, unless the page names one itself. */
export async function chooseApp() {
  if (q.get('app')) return;
  const config = await fetch('/portal/emulator.json').then((r) => r.json());
  if (typeof config.app !== 'string') return;
  const url = new URL(config.app);
  ctx.appOrigin = url.origin;
  ctx.appPath = `${url.pathname}${url.search}`;
  state.appOrigin = ctx.appOrigin;
}
