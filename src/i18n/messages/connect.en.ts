import type { Message } from '../types';

/** English texts of the connect part; the keys are checked against Russian in connect.ru.ts. */
export const connectEn = {
  // the connection screen
  'connect.current': 'Current connection',
  'connect.connectedTo': 'Connected to',
  'connect.remembered': 'remembered on this device',
  'connect.tabOnly': 'kept for this tab only',
  'connect.disconnect': 'Disconnect',
  'connect.back': 'Back to the editor',
  'connect.intro':
    'Connect Lead Card Studio to your Bitrix24 portal to edit the layouts of its CRM cards: leads, deals, contacts, companies, quotes, invoices and smart processes.',
  'connect.demo.title': 'Demo portal',
  'connect.demo.available':
    'The emulated portal this page is served from, with sample leads and fields. Nothing you do there reaches a real portal.',
  'connect.demo.unavailable': 'Only available when the app is served by its portal emulator (npm start).',
  'connect.demo.use': 'Use the demo portal',
  'connect.privacy':
    'The webhook secret is sent only to your portal. This app never puts it into the page address, its logs or its error messages, and shows it masked.',

  // the webhook form; {path}, {crm} and {user} in the hint are shown as highlighted pieces
  'connect.form.title': 'Connect with an inbound webhook',
  'connect.form.url': 'Webhook URL',
  'connect.form.placeholder': 'https://your-portal.bitrix24.com/rest/1/abcdef123456/',
  'connect.form.hint':
    'On the portal: {path}. Tick the {crm} and {user} scopes, save, and copy the URL it shows.',
  'connect.form.hintPath': 'Developer resources → Other → Inbound webhook',
  'connect.form.remember': 'Remember on this device',
  'connect.form.warningLabel': 'Warning:',
  'connect.form.warning':
    'the webhook URL contains its secret. Anyone who uses this browser profile can read it and act on the portal as its user. Tick this only on your own device; Disconnect removes it.',
  'connect.form.tabOnly': 'Kept for this browser tab only: closing the tab forgets it.',
  'connect.form.checking': 'Checking…',
  'connect.form.submit': 'Connect',

  // why a webhook was refused: a title, then the details
  'connect.problem.badUrl': 'Not a webhook URL.',
  'connect.problem.wrongSecret': 'Wrong user or secret.',
  'connect.problem.noCrmScope': 'No "crm" scope.',
  'connect.problem.noUserScope': 'No "user" scope.',
  'connect.problem.unreachable': 'Portal unreachable.',
  'connect.problem.cors': 'Blocked by the browser (CORS).',
  'connect.problem.notPortal': 'Not a Bitrix24 portal.',
  'connect.problem.refused': 'The portal refused.',

  // what is wrong with a pasted URL (the same words as the URL parser's)
  'connect.url.empty':
    'Paste the webhook URL from the portal (Developer resources → Other → Inbound webhook).',
  'connect.url.noScheme': 'The address must start with https://.',
  'connect.url.notUrl': 'This is not a URL.',
  'connect.url.notHttp': 'The address must start with https:// (http:// only for a local emulator).',
  'connect.url.insecureHttp':
    'Use https://: portals refuse webhooks over plain http, and the secret would travel unencrypted. http:// is accepted only for a local emulator (localhost).',
  'connect.url.hasCredentials': 'The URL must not contain a user name or password before the host.',
  'connect.url.noRestPath': 'The URL has no /rest/USER_ID/SECRET/ part; copy the whole webhook URL.',
  'connect.url.badUserId': 'The user id in /rest/USER_ID/SECRET/ must be a positive whole number.',
  'connect.url.badSecret':
    'The secret in /rest/USER_ID/SECRET/ may contain only letters, digits, "_" and "-".',

  // what the portal said to the check; {answer} and {code} are the portal's own words
  'connect.check.noScopes': 'none',
  'connect.check.noCrmScope':
    'This webhook has no "crm" scope (it has: {scopes}), so it cannot read or save card layouts. Open the webhook on {host} (Developer resources → Other → Inbound webhook), tick "CRM (crm)", save, and connect again.',
  'connect.check.noUserScope':
    'This webhook has no "user" scope (it has: {scopes}); the editor needs it to list the portal\'s users. Open the webhook on {host} (Developer resources → Other → Inbound webhook), tick "Users (user)", save, and connect again.',
  'connect.check.failed': 'The check failed: {detail}',
  'connect.check.timeout': '{host} did not answer within the time limit. Check the address and try again.',
  'connect.check.notPortal':
    '{host} answered, but not like a Bitrix24 portal (HTTP {status}). Check that the URL is the inbound webhook URL of your portal.',
  'connect.check.wrongSecret':
    '{host} refused this webhook ({code}): the user id or the secret is wrong, or the webhook was deleted. Copy the URL again from Developer resources → Other → Inbound webhook.',
  'connect.check.refused': '{host} refused the check: {answer}.',
  'connect.check.cors':
    '{host} answered, but the browser blocked reading the answer (CORS). Bitrix24 portals allow it; a proxy or firewall in front of this portal probably removes the Access-Control-Allow-Origin header.',
  'connect.check.unreachable':
    'Cannot reach {host}: no answer. Check the address, your network connection, and that the portal is up.',
  'connect.check.user': 'User {id}',

  // what the top bar says the app is connected to
  'connect.label.demo': 'Demo portal · {user}',
  'connect.label.frame': 'Bitrix24 · {domain}',

  // inside a portal frame
  'connect.frame.title': 'CRM card layouts',
  'connect.frame.notJson': 'The portal answered with a message that is not JSON.',
  'connect.frame.closed': 'The frame bridge is closed.',
  'connect.frame.noToken': 'The portal sent init data without an access token.',
  'connect.frame.noNewToken': 'The portal sent no new access token.',
  'connect.frame.postFailed': '{detail}',
  'connect.frame.notAllowed.title': 'This portal may not use this copy of the app',
  'connect.frame.notAllowed.body':
    'The app was opened inside {domain}, which is not one of the portals this copy of Lead Card Studio is set up for. It does nothing there: no request goes to that portal.',
  'connect.frame.notAllowed.hint':
    'If {domain} is your portal, ask whoever hosts the app to add it to the allowed portals (ALLOWED_PORTALS).',

  // the lead card's own tab
  'connect.leadTab.loading': 'Loading lead #{id}…',
  'connect.leadTab.failed': 'Lead #{id} could not be shown',
  'connect.leadTab.retry': 'Try again',
  'connect.leadTab.untitled': 'Lead #{id}',
  'connect.leadTab.common': 'as its card shows it with the common layout of {type} leads.',
  'connect.leadTab.default': 'as its card shows it with the portal default layout of {type} leads.',
  'connect.leadTab.simple': 'simple',
  'connect.leadTab.repeat': 'repeat',
  'connect.leadTab.edit': 'Edit the layout',
} as const satisfies Readonly<Record<string, Message>>;
