// The parent side of the Bitrix24 app protocol, as the portal's `applayout.js` implements it
// (BITRIX24-API.md 5.1-5.3): the named iframe, the POSTed launch form, and answers to the app's
// postMessage commands with tokens minted by the emulator. Query parameters:
//   placement=DEFAULT|CRM_LEAD_DETAIL_TAB  lead=ID  lang=en  user=1  ttl=SECONDS  sid=APP_SID
//   page=lead (the lead card with a tab per handler bound to CRM_LEAD_DETAIL_TAB; a click opens it)
//   install=1 (the app is not installed yet: INSTALL is true until it sends setInstallFinish)
//   firstRun=1 (FIRST_RUN: the user opens the app for the first time)
//   crossOrigin=1 (load the app from the other loopback host name)  forge=1 (send forged replies)
//   app=/path (where the app is served; default /, or the URL the emulator was started with: --app URL)

import {
  $,
  control,
  ctx,
  forge,
  installing,
  lang,
  leadId,
  leadPage,
  log,
  placement,
  placementOptions,
  portalHost,
  rest,
  showToken,
  sid,
  state,
  takeToken,
  ttl,
  userId,
} from './harness/context.js';
import { listen, loadForger } from './harness/commands.js';
import { chooseApp, launchApp, showLeadPage } from './harness/launch.js';

listen();

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
    `user ${userId} · tokens live ${ttl} s · app at ${ctx.appOrigin}${ctx.appPath}${
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
