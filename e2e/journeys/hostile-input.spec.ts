import { test as base, expect, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPortalServer, type PortalServer } from '../../emulator/http';
import { CONTENT_SECURITY_POLICY } from '../../vite.config';
import { EditorPage } from '../pages/EditorPage';
import { PreviewPage } from '../pages/PreviewPage';
import { PortalRest } from '../portalRest';

/**
 * Field labels, enumeration items, section titles, lead values, user names and the portal's own
 * error texts carrying script and markup: everything renders as text, in the editor, the preview,
 * the diff, the check panel and the toasts. The page listens for dialogs, for any script that
 * runs (`window.__xss`), for CSP violations (markup that tried to run) and for elements the
 * payloads would create.
 */

const PAYLOADS = {
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
async function watch(page: Page): Promise<Watch> {
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
async function expectNothingRan(page: Page, w: Watch): Promise<void> {
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
const test = base.extend<{ hostile: HostilePortal }>({
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

test('payloads in labels, items, titles, lead values, user names and portal errors render as text everywhere', async ({
  page,
  hostile,
}) => {
  const w = await watch(page);
  const editor = new EditorPage(page, hostile.url);
  await editor.open('?scope=C');

  // editor: section titles and the user field's label, literally
  await expect(editor.section(PAYLOADS.svg)).toBeVisible();
  await expect(editor.section(PAYLOADS.script)).toBeVisible();
  await expect(editor.section(PAYLOADS.script).getByText(PAYLOADS.img, { exact: true })).toBeVisible();
  await expect(editor.paletteItem(PAYLOADS.iframe)).toBeVisible();

  // preview: lead values, the enumeration item, the responsible person, a javascript: web address
  const preview = new PreviewPage(page);
  await preview.open();
  // the newest lead opens first: the hostile one
  await expect(preview.picker).toContainText(`#${hostile.leadId}`);
  await expect(preview.region.getByText(PAYLOADS.script, { exact: true }).first()).toBeVisible();
  await expect(preview.region.getByText(PAYLOADS.img, { exact: true }).first()).toBeVisible();
  await expect(preview.region.getByText(PAYLOADS.template, { exact: true }).first()).toBeVisible();
  await expect(preview.region.getByText(`${PAYLOADS.img} ${PAYLOADS.script}`).first()).toBeVisible();
  await expect(preview.region.getByText(PAYLOADS.js, { exact: true })).toBeVisible();
  await expect(preview.region.getByText(PAYLOADS.iframe, { exact: true }).first()).toBeVisible();
  await expectNothingRan(page, w);

  // edit mode: the enumeration's items are options, the typed text stays text
  await preview.mode('Edit');
  const list = preview.region.getByRole('combobox', { name: PAYLOADS.img });
  await expect(list.locator('option', { hasText: PAYLOADS.svg })).toHaveCount(1);
  await expect(list).toHaveValue(/\d+/);
  // side by side: saved and draft
  await preview.mode('View');
  await preview.sideBySide.click();
  await expect(preview.region.getByText(PAYLOADS.svg).first()).toBeVisible();
  await preview.sideBySide.click();
  await expectNothingRan(page, w);

  // a draft change shows in the diff and the check panel with the payloads as text
  await editor
    .section(PAYLOADS.svg)
    .getByRole('button', { name: `Rename section ${PAYLOADS.svg}` })
    .click();
  await page.getByRole('textbox', { name: 'Section title' }).fill(PAYLOADS.iframe);
  await page.getByRole('textbox', { name: 'Section title' }).press('Enter');
  await expect(editor.section(PAYLOADS.iframe)).toBeVisible();
  await page.getByRole('button', { name: 'Diff', exact: true }).click();
  const diff = page.getByRole('dialog', { name: 'Compare layouts' });
  await expect(diff.getByText(PAYLOADS.iframe).first()).toBeVisible();
  await expect(diff.getByText(PAYLOADS.svg).first()).toBeVisible();
  await diff.press('Escape');
  await page.getByRole('button', { name: /^Check \(/ }).click();
  await expect(page.getByRole('complementary', { name: 'Layout check' })).toBeVisible();
  await expectNothingRan(page, w);

  // people: the scope picker lists the users by their (hostile) names
  await page.getByRole('radio', { name: 'Personal' }).click();
  const users = page.getByRole('combobox', { name: 'User', exact: true });
  await expect(users.locator('option', { hasText: PAYLOADS.img })).toHaveCount(1);
  await expect(users.locator('option', { hasText: PAYLOADS.template })).toHaveCount(1);
  await users.selectOption('4');
  await expect(page.getByText(/Personal layout of/).first()).toContainText(`${PAYLOADS.img}`);
  await page.getByLabel('Search users').fill('<img');
  await expectNothingRan(page, w);
  await page.getByRole('radio', { name: 'Common' }).click();

  // the portal's own error text, in the banner and the toast
  await fetch(`${hostile.url}/_emulator/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      method: 'crm.lead.details.configuration.set',
      status: 400,
      error: PAYLOADS.svg,
      description: PAYLOADS.img,
    }),
  });
  await editor.save();
  await expect(page.getByRole('alert').filter({ hasText: PAYLOADS.img }).first()).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'not saved' }).first()).toBeVisible();
  // a toast that quotes the portal: a refused reset
  await fetch(`${hostile.url}/_emulator/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      method: 'crm.lead.details.configuration.reset',
      status: 400,
      error: '',
      description: PAYLOADS.iframe,
    }),
  });
  await page.getByRole('button', { name: 'Reset to portal default' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Reset layout' }).click();
  await expect(page.getByRole('status').filter({ hasText: PAYLOADS.iframe }).first()).toBeVisible();
  await expectNothingRan(page, w);
});

test('the built page carries the Content Security Policy, no inline script, and a full journey violates nothing', async ({
  page,
  hostile,
}) => {
  const html = readFileSync('dist/index.html', 'utf8');
  expect(html).toContain(
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
  );
  for (const [, attrs = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    expect(attrs).toMatch(/\bsrc=/);
    expect(body.trim()).toBe('');
  }
  expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  const res = await fetch(`${hostile.url}/`);
  expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors 'self'/);
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');

  const w = await watch(page);
  const editor = new EditorPage(page, hostile.url);
  await editor.open('?scope=C');
  const preview = new PreviewPage(page);
  await preview.open();
  await preview.mode('Edit');
  await preview.mode('View');
  await preview.width('Narrow');
  await page.getByRole('button', { name: 'Preview', exact: true }).click();
  await editor.palette.getByRole('searchbox', { name: 'Search fields' }).fill('Position');
  await editor.drag(
    editor.handleOf(editor.paletteItem('Position')),
    editor.section(PAYLOADS.svg).locator('.section-zone'),
  );
  await expect(editor.paletteItem('Position')).toContainText('on card');
  await editor.addSection('Added here');
  await editor.save();
  await expect(page.getByText('All changes saved')).toBeVisible();
  await page.getByRole('button', { name: 'History', exact: true }).click();
  await page.keyboard.press('Escape');
  await expectNothingRan(page, w);
});
