import { test as base, expect, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPortalServer, type PortalServer } from '../emulator/http';
import { PortalRest } from './portalRest';

/**
 * Field labels, enumeration items, section titles, lead values, user names and the portal's own
 * error texts carrying script and markup: everything renders as text, in the editor, the preview,
 * the diff, the check panel and the toasts. The page listens for dialogs, for any script that
 * runs (`window.__xss`), for CSP violations (markup that tried to run) and for elements the
 * payloads would create.
 */

export const PAYLOADS = {
  img: '<img src=x onerror="window.__xss=1">',
  script: '"><script>window.__xss=1</script>',
  svg: "<svg onload='window.__xss=1'></svg>",
  js: 'javascript:window.__xss=1',
  template: "{{constructor.constructor('window.__xss=1')()}}",
  iframe: '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
} as const;

interface Watch {
  readonly dialogs: string[];
  readonly violations: string[];
  readonly errors: string[];
}

/** Listens for everything an injection would cause. */
export async function watch(page: Page): Promise<Watch> {
  const w: Watch = { dialogs: [], violations: [], errors: [] };
  page.on('dialog', (d) => {
    w.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  page.on('pageerror', (e) => w.errors.push(e.message));
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) w.violations.push(m.text());
  });
  await page.exposeFunction('__reportViolation', (v: string) => w.violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __reportViolation?: (v: string) => void }).__reportViolation;
      report?.(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`);
    });
  });
  return w;
}

/** Nothing ran, nothing was created from a payload, no dialog opened. */
export async function expectNothingRan(page: Page, w: Watch): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  expect(w.dialogs).toEqual([]);
  expect(w.violations).toEqual([]);
  expect(w.errors).toEqual([]);
  const injected = await page.evaluate(() => ({
    img: document.querySelectorAll('img[src="x"]').length,
    svg: document.querySelectorAll('svg[onload]').length,
    handlers: [...document.querySelectorAll('*')].filter((el) =>
      [...el.attributes].some((a) => a.name.startsWith('on')),
    ).length,
    scripts: [...document.scripts].filter((s) => (s.textContent ?? '').includes('__xss')).length,
    iframes: document.querySelectorAll('iframe').length,
    jsLinks: [...document.querySelectorAll('a[href]')].filter((a) =>
      /^\s*javascript:/i.test(a.getAttribute('href') ?? ''),
    ).length,
  }));
  expect(injected).toEqual({ img: 0, svg: 0, handlers: 0, scripts: 0, iframes: 0, jsLinks: 0 });
}

interface HostilePortal {
  readonly url: string;
  readonly rest: PortalRest;
  readonly leadId: number;
}

/**
 * A portal whose data carries the payloads. User names have no REST method to change them, so the
 * seeded state file is edited before the emulator opens it.
 */
export const test = base.extend<{ hostile: HostilePortal }>({
  hostile: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'lcs-hostile-'));
    const options = { dataDir, rateLimit: false, log: false, staticDir: 'dist' } as const;
    let server: PortalServer = createPortalServer({ ...options, reset: true });
    await server.listen(0, '127.0.0.1');
    await server.close();
    const file = join(dataDir, 'state.json');
    const state = JSON.parse(readFileSync(file, 'utf8')) as {
      users: { ID: number; NAME: string; LAST_NAME: string }[];
    };
    for (const u of state.users) {
      if (u.ID === 4) Object.assign(u, { NAME: PAYLOADS.img, LAST_NAME: PAYLOADS.script });
      if (u.ID === 5) Object.assign(u, { NAME: PAYLOADS.svg, LAST_NAME: PAYLOADS.template });
    }
    writeFileSync(file, JSON.stringify(state));
    server = createPortalServer({ ...options, reset: false });
    const url = await server.listen(0, '127.0.0.1');
    const rest = new PortalRest(url);

    await rest.call('crm.lead.userfield.add', {
      fields: {
        FIELD_NAME: 'HOSTILE_LIST',
        USER_TYPE_ID: 'enumeration',
        EDIT_FORM_LABEL: PAYLOADS.img,
        LIST_COLUMN_LABEL: PAYLOADS.img,
        LIST: [{ VALUE: PAYLOADS.script }, { VALUE: PAYLOADS.svg }],
      },
    });
    await rest.call('crm.lead.userfield.add', {
      fields: {
        FIELD_NAME: 'HOSTILE_TEXT',
        USER_TYPE_ID: 'string',
        EDIT_FORM_LABEL: PAYLOADS.iframe,
        LIST_COLUMN_LABEL: PAYLOADS.iframe,
      },
    });
    const fields = await rest.call<Record<string, { items?: { ID: string; VALUE: string }[] }>>(
      'crm.lead.fields',
      {},
    );
    const item = fields['UF_CRM_HOSTILE_LIST']?.items?.find((i) => i.VALUE === PAYLOADS.script)?.ID;
    const leadId = await rest.call<number>('crm.lead.add', {
      fields: {
        TITLE: PAYLOADS.script,
        NAME: PAYLOADS.img,
        LAST_NAME: PAYLOADS.template,
        COMMENTS: `${PAYLOADS.img}<p>${PAYLOADS.script}</p>`,
        WEB: [{ VALUE: PAYLOADS.js, VALUE_TYPE: 'WORK' }],
        STATUS_ID: 'NEW',
        ASSIGNED_BY_ID: 4,
        UF_CRM_HOSTILE_LIST: item,
        UF_CRM_HOSTILE_TEXT: PAYLOADS.iframe,
      },
    });
    await rest.setLayout('C', 1, [
      {
        name: 'main',
        title: PAYLOADS.svg,
        type: 'section',
        elements: ['TITLE', 'NAME', 'LAST_NAME', 'ASSIGNED_BY_ID', 'COMMENTS', 'WEB'].map((name) => ({
          name,
          optionFlags: 1,
        })),
      },
      {
        name: 'more',
        title: PAYLOADS.script,
        type: 'section',
        elements: [
          { name: 'UF_CRM_HOSTILE_LIST', optionFlags: 1 },
          { name: 'UF_CRM_HOSTILE_TEXT', optionFlags: 1 },
        ],
      },
    ]);
    await use({ url, rest, leadId });
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect };
