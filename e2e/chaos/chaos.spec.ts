import { test as base, expect, type Locator, type Page, type Route } from '@playwright/test';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPortalServer } from '../../emulator/http';
import { PreviewPage } from '../pages/PreviewPage';
import { PortalRest } from '../portalRest';
import {
  callRanAnyway,
  expectedWords,
  faultSpec,
  scenarios,
  type LayoutEdit,
  type Scenario,
} from './scenarios';
import { record } from './tally';

/**
 * Chaos: the user loads the editor, edits, saves, opens the preview and edits a lead while the
 * portal misbehaves (BITRIX24-API.md 4.3, 4.6, 4.7: rate-limit bursts, 500, expired tokens, 429,
 * "Access denied.", dropped connections, stalls, broken and unexpected bodies). After every
 * scenario: the portal holds exactly what the user last saved; no edit is lost (saved, or still in
 * the editor with a message saying so); every spinner stops; every message quotes the portal's
 * code or text; the app keeps working (the user recovers by trying again).
 *
 * `CHAOS_SCENARIOS` (default 22: two rounds, every fault kind twice; `npm run test:chaos`: 110),
 * `CHAOS_SEED` (default 8),
 * `CHAOS_STALL_MS` (default 10 000 from 100 scenarios on, 1 500 below). One emulator and one page
 * per worker, reset between scenarios.
 */

const COUNT = Number(process.env['CHAOS_SCENARIOS'] ?? 22);
const SEED = Number(process.env['CHAOS_SEED'] ?? 8);
const STALL_MS = Number(process.env['CHAOS_STALL_MS'] ?? (COUNT >= 100 ? 10_000 : 1_500));
/** Longest the client may spend on one call: 3 backoffs of 503 (≈ 7.1 s) or of dropped reads (≈ 7 s). */
const RETRY_BUDGET_MS = 9_000;

interface SectionModel {
  title: string;
  fields: string[];
  flags: Record<string, number>;
}

/** The layout every scenario starts from (stored through REST, so the portal normalised it). */
const BASE_LAYOUT = [
  {
    name: 'main',
    title: 'About the lead',
    fields: [
      ['TITLE', 1],
      ['STATUS_ID', 1],
      ['NAME', 0],
      ['LAST_NAME', 0],
      ['PHONE', 1],
      ['EMAIL', 1],
      ['COMMENTS', 0],
      ['ASSIGNED_BY_ID', 0],
    ],
  },
  {
    name: 'qualification',
    title: 'Qualification',
    fields: [
      ['SOURCE_ID', 0],
      ['UF_CRM_BUDGET_BAND', 1],
      ['UF_CRM_INDUSTRY', 0],
      ['POST', 0],
    ],
  },
  {
    name: 'more',
    title: 'More',
    fields: [
      ['OPPORTUNITY_WITH_CURRENCY', 0],
      ['WEB', 0],
      ['COMPANY_TITLE', 0],
      ['BIRTHDATE', 0],
    ],
  },
] as const;
/** The preview edits these, so layout edits leave them on the card. */
const KEEP = new Set(['TITLE', 'NAME', 'LAST_NAME', 'STATUS_ID']);

interface Watch {
  dialogs: string[];
  errors: string[];
  violations: string[];
}

interface ChaosWorker {
  readonly url: string;
  readonly rest: PortalRest;
  readonly page: Page;
  readonly watch: Watch;
}

/**
 * A private copy of the built app: the page is reloaded for every scenario over minutes, and
 * another `vite build` (a second test run on the same checkout) empties `dist/` while it writes.
 */
async function copyOfBuild(to: string): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    cpSync('dist', to, { recursive: true });
    const html = readFileSync(join(to, 'index.html'), 'utf8');
    const assets = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((m) => m[1] ?? '');
    if (assets.length > 0 && assets.every((a) => existsSync(join(to, a)))) return to;
    if (attempt >= 20) throw new Error('dist/ has no complete build: run `vite build`');
    rmSync(to, { recursive: true, force: true });
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** One emulator and one page per worker (STYLE.md 10: worker-scoped when startup would show). */
const test = base.extend<{}, { chaos: ChaosWorker }>({
  chaos: [
    async ({ browser }, use) => {
      const dataDir = mkdtempSync(join(tmpdir(), 'lcs-chaos-'));
      const server = createPortalServer({
        dataDir,
        reset: true,
        rateLimit: false,
        log: false,
        staticDir: await copyOfBuild(join(dataDir, 'dist')),
      });
      const url = await server.listen(0, '127.0.0.1');
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      const watch: Watch = { dialogs: [], errors: [], violations: [] };
      page.on('dialog', (d) => {
        watch.dialogs.push(d.message());
        void d.dismiss();
      });
      page.on('pageerror', (e) => watch.errors.push(e.message));
      page.on('console', (m) => {
        if (/Content Security Policy/i.test(m.text())) watch.violations.push(m.text());
      });
      await use({ url, rest: new PortalRest(url), page, watch });
      await context.close();
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
});

// The page lives across scenarios: Playwright's per-test tracing and screenshots are for
// per-test contexts (a failing scenario attaches its own screenshot). A worker option, so these
// scenarios also get workers of their own.
test.use({ trace: 'off', screenshot: 'off' });

/** Loopback control requests to the emulator. */
async function control(url: string, method: string, path: string, body?: unknown): Promise<unknown> {
  const res = await fetch(`${url}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res.json();
}

const modelOf = (sections: Awaited<ReturnType<PortalRest['layout']>>): SectionModel[] =>
  (sections ?? []).map((s) => ({ title: s.title, fields: [...s.fields], flags: { ...s.flags } }));

const cloneModel = (m: readonly SectionModel[]): SectionModel[] =>
  m.map((s) => ({ title: s.title, fields: [...s.fields], flags: { ...s.flags } }));

/** The layout as the portal holds it, in the model's terms. */
async function serverLayout(rest: PortalRest): Promise<SectionModel[]> {
  return modelOf(await rest.layout('C', 1));
}

/** One scenario's run: the page, the portal, the bookkeeping. */
class Run {
  readonly editorPage: { save: Locator; saved: Locator; unsaved: Locator; palette: Locator };
  readonly preview: PreviewPage;
  /** Fault hits armed, and of those, how many no request met. */
  injected = 0;
  missed = 0;
  private routeLeft = 0;
  private armed = false;
  errorShown = false;
  edits = 0;
  lost = 0;

  constructor(
    readonly s: Scenario,
    readonly w: ChaosWorker,
  ) {
    const { page } = w;
    this.editorPage = {
      save: page.getByRole('button', { name: 'Save', exact: true }),
      saved: page.getByText('All changes saved', { exact: true }),
      unsaved: page.getByText('Unsaved changes', { exact: true }),
      palette: page.getByRole('region', { name: 'Fields' }),
    };
    this.preview = new PreviewPage(page);
  }

  get page(): Page {
    return this.w.page;
  }

  /** Arms this scenario's fault: in the emulator, or (unexpected shapes) in the browser. */
  async arm(): Promise<void> {
    const spec = faultSpec(this.s);
    this.injected += this.s.count;
    this.armed = true;
    if (spec) {
      await control(this.w.url, 'POST', '/_emulator/faults', spec);
      return;
    }
    this.routeLeft = this.s.count;
    const method = this.s.method.toLowerCase();
    await this.page.route(
      (u) => u.pathname.toLowerCase().endsWith(`/${method}.json`),
      async (route: Route) => {
        if (this.routeLeft <= 0) return route.fallback();
        this.routeLeft--;
        const response = await route.fetch();
        const body = (await response.json()) as Record<string, unknown>;
        const { result: _dropped, ...rest } = body;
        const result = this.s.shape === 'string' ? 'unexpected' : this.s.shape === 'number' ? 42 : undefined;
        const changed = result === undefined ? rest : { ...rest, result };
        await route.fulfill({ response, body: JSON.stringify(changed) });
      },
    );
  }

  /** Clears what is left of the fault, so the user's retry meets a healthy portal. */
  async disarm(): Promise<void> {
    if (!this.armed) return;
    this.armed = false;
    const listed = (await control(this.w.url, 'GET', '/_emulator/faults')) as {
      faults: { remaining: number }[];
    };
    this.missed += listed.faults.reduce((n, f) => n + f.remaining, 0) + this.routeLeft;
    this.routeLeft = 0;
    await control(this.w.url, 'DELETE', '/_emulator/faults');
    await this.page.unrouteAll({ behavior: 'ignoreErrors' });
  }

  /** Every visible error text: alerts and error toasts. */
  async errorTexts(): Promise<string[]> {
    return this.page.evaluate(() =>
      [...document.querySelectorAll('[role="alert"], .toast-error')]
        .filter((el) => (el as HTMLElement).offsetParent !== null)
        .map((el) => (el.textContent ?? '').trim())
        .filter((t) => t !== ''),
    );
  }

  /** The messages now on screen must quote the portal (or say what happened when it said nothing). */
  async checkMessages(where: string): Promise<void> {
    const texts = await this.errorTexts();
    const words = expectedWords(this.s.fault);
    if (texts.length > 0) this.errorShown = true;
    for (const t of texts) {
      expect(words, `${where}: an error was shown for a fault that promises none: ${t}`).not.toBeNull();
      if (words) expect(t, `${where}: the message does not name the portal's code or text`).toMatch(words);
    }
  }

  /** No spinner, skeleton or busy button left on the page. */
  async expectIdle(timeout = 15_000): Promise<void> {
    await expect(this.page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout });
  }

  async dismissToasts(): Promise<void> {
    for (const b of await this.page.locator('.toast-close').all()) await b.click().catch(() => undefined);
  }
}

/** Applies one edit in the UI and to the model; returns false when it did not apply. */
async function applyEdit(run: Run, model: SectionModel[], edit: LayoutEdit): Promise<boolean> {
  const { page } = run;
  const section = model[edit.section % model.length];
  if (!section) return false;
  const region = page.getByRole('region', { name: section.title, exact: true });
  if (edit.kind === 'rename') {
    if (model.some((s) => s.title === edit.title)) return false;
    await region.getByRole('button', { name: `Rename section ${section.title}`, exact: true }).click();
    const input = page.getByRole('textbox', { name: 'Section title' });
    await input.fill(edit.title);
    await input.press('Enter');
    section.title = edit.title;
    await expect(page.getByRole('region', { name: edit.title, exact: true })).toBeVisible();
    return true;
  }
  const candidates = section.fields.filter((f) => !KEEP.has(f));
  const field = candidates[edit.element % Math.max(1, candidates.length)];
  if (!field) return false;
  const chip = page.getByTestId(`element:${field}`);
  if (edit.kind === 'toggle') {
    const toggle = chip.getByRole('button', { name: 'Always show' });
    const was = await toggle.getAttribute('aria-pressed');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', was === 'true' ? 'false' : 'true');
    section.flags[field] = ((section.flags[field] ?? 0) & ~1) | (was === 'true' ? 0 : 1);
    return true;
  }
  await chip.getByRole('button', { name: /^Remove .* from the card$/ }).click();
  await expect(chip).toHaveCount(0);
  section.fields = section.fields.filter((f) => f !== field);
  delete section.flags[field];
  return true;
}

/** Clicks Save; the editor's own questions (layout check, renamed labels) are answered in `saveOutcome`. */
async function pressSave(run: Run): Promise<void> {
  await run.dismissToasts();
  await run.editorPage.save.click();
}

/**
 * Waits for the save to end: a success toast or an error; a question of the editor first (the
 * layout check found errors, renamed labels) is answered "Save anyway". True when it succeeded.
 */
async function saveOutcome(run: Run, timeout: number): Promise<boolean> {
  const { page } = run;
  const done = page.getByRole('status').getByText(/layout saved\./);
  const failed = page.getByRole('alert').first();
  const anyway = page.getByRole('dialog').getByRole('button', { name: 'Save anyway' });
  for (;;) {
    await expect(done.or(failed).or(anyway).first()).toBeVisible({ timeout });
    if (!(await anyway.isVisible())) break;
    await anyway.click();
  }
  await expect(run.editorPage.save).not.toHaveAttribute('aria-busy', 'true', { timeout });
  return (await page.getByRole('alert').count()) === 0;
}

const scenarioList = scenarios(SEED, COUNT, STALL_MS);

for (const s of scenarioList) {
  const name = `chaos #${s.index}: ${s.phase} × ${s.fault} on ${s.method} (×${s.count}, expect ${s.expect})`;
  test(name, async ({ chaos }, testInfo) => {
    test.setTimeout(60_000 + 3 * s.stallMs);
    const started = Date.now();
    const run = new Run(s, chaos);
    let passed = false;
    try {
      await scenarioBody(run);
      passed = true;
    } catch (e) {
      await testInfo.attach('screen', { body: await chaos.page.screenshot(), contentType: 'image/png' });
      const seen = await chaos.page
        .evaluate(() => document.body.innerText.slice(0, 2000))
        .catch((err: unknown) => String(err));
      await testInfo.attach('page', {
        body: [`url: ${chaos.page.url()}`, `watch: ${JSON.stringify(chaos.watch)}`, seen].join('\n'),
        contentType: 'text/plain',
      });
      throw e;
    } finally {
      await run.disarm().catch(() => undefined);
      const summary = record(
        {
          index: s.index,
          phase: s.phase,
          fault: s.fault,
          passed,
          injected: run.injected,
          hit: run.injected - run.missed,
          errorShown: run.errorShown,
          edits: run.edits,
          lost: run.lost,
          ms: Date.now() - started,
        },
        COUNT,
        SEED,
      );
      if (summary) console.log(summary);
    }
  });
}

async function scenarioBody(run: Run): Promise<void> {
  const { s, page } = run;
  const { url, rest, watch } = run.w;
  watch.dialogs.length = 0;
  watch.errors.length = 0;
  watch.violations.length = 0;

  // a fresh portal: the base layout and a lead of our own, the newest, so the preview opens on it
  await page.evaluate(() => {
    try {
      localStorage.clear();
      sessionStorage.clear();
    } catch {
      // about:blank before the first scenario
    }
  });
  await control(url, 'POST', '/_emulator/reset');
  await rest.setLayout(
    'C',
    1,
    BASE_LAYOUT.map((sec) => ({
      name: sec.name,
      title: sec.title,
      type: 'section',
      elements: sec.fields.map(([name, optionFlags]) => ({ name, optionFlags })),
    })),
  );
  const leadTitle = `Chaos lead ${s.index}`;
  const leadId = await rest.call<number>('crm.lead.add', {
    fields: { TITLE: leadTitle, NAME: 'Chaos', LAST_NAME: 'Tester', STATUS_ID: 'NEW' },
  });
  let saved = await serverLayout(rest);
  const model = cloneModel(saved);
  const faultWindow = RETRY_BUDGET_MS + s.stallMs + 10_000;

  // 1. load
  if (s.phase === 'load') await run.arm();
  await page.goto(`${url}/?scope=C`);
  const loadFailed = page.getByRole('alert').filter({ hasText: 'The editor could not load' });
  await expect(run.editorPage.palette.or(loadFailed).first()).toBeVisible({ timeout: faultWindow });
  if (s.phase === 'load') {
    const failed = await loadFailed.isVisible();
    if (s.expect !== 'either') expect(failed ? 'error' : 'ok', 'load outcome').toBe(s.expect);
    await run.checkMessages('load');
    await run.disarm();
    if (failed) {
      await loadFailed.getByRole('button', { name: 'Try again' }).click();
      await expect(run.editorPage.palette).toBeVisible({ timeout: 15_000 });
    }
  }
  await run.expectIdle();
  await expect(run.editorPage.saved).toBeVisible();

  // 2. edit
  for (const edit of s.edits) if (await applyEdit(run, model, edit)) run.edits++;
  if (
    run.edits === 0 &&
    (await applyEdit(run, model, { kind: 'rename', section: 0, title: `Chaos ${s.index}` }))
  )
    run.edits++;
  await expect(run.editorPage.unsaved).toBeVisible();

  // 3. save
  if (s.phase === 'save') await run.arm();
  await pressSave(run);
  const draftAtPress = cloneModel(model);
  if (s.phase === 'save' && s.editWhileWaiting) {
    // the request is stalled: keep working, the edit must survive the answer (if the stall is over
    // already, the edit simply comes after the save: the same checks hold)
    const extra = { kind: 'rename', section: 1, title: `While saving ${s.index}` } as const;
    if (await applyEdit(run, model, extra)) run.edits++;
  }
  const ok = await saveOutcome(run, faultWindow);
  if (s.phase === 'save') {
    if (s.expect !== 'either') expect(ok ? 'ok' : 'error', 'save outcome').toBe(s.expect);
    await run.checkMessages('save');
    await run.disarm();
  }
  const onServer = await serverLayout(rest);
  if (ok) {
    saved = draftAtPress;
    expect(onServer, 'the portal holds what was saved').toEqual(saved);
  } else {
    // kept as a draft, visibly, and said so
    await expect(run.editorPage.unsaved).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: 'Your changes are kept' }).first()).toBeVisible();
    await expectDraftShown(run, model);
    const mayHaveRun = callRanAnyway(s.fault) && s.method.endsWith('.set');
    if (mayHaveRun) expect([saved, draftAtPress]).toContainEqual(onServer);
    else expect(onServer, 'a failed save changed nothing on the portal').toEqual(saved);
    // the user tries again, on a healthy portal
    await pressSave(run);
    expect(await saveOutcome(run, 20_000), 'the second save goes through').toBe(true);
    saved = cloneModel(model);
  }
  if (!(await run.editorPage.saved.isVisible())) {
    // an edit made while saving is still a draft: save it too
    await expect(run.editorPage.unsaved).toBeVisible();
    await pressSave(run);
    expect(await saveOutcome(run, 20_000)).toBe(true);
    saved = cloneModel(model);
  }
  await expect(run.editorPage.saved).toBeVisible();
  expect(await serverLayout(rest), 'the portal holds the last save').toEqual(saved);
  if (JSON.stringify(await serverLayout(rest)) !== JSON.stringify(model)) run.lost += run.edits;

  // 4. preview
  if (s.phase === 'preview-load' || s.phase === 'preview-save') {
    await previewPhase(run, leadId, leadTitle, faultWindow);
  }

  // invariants
  await run.expectIdle();
  await expect(run.editorPage.saved).toBeVisible();
  expect(await serverLayout(rest), 'final: the portal holds the last successful save').toEqual(saved);
  expect(watch.dialogs, 'no dialog').toEqual([]);
  expect(watch.errors, 'no uncaught error').toEqual([]);
  expect(watch.violations, 'no CSP violation').toEqual([]);
  expect(run.lost, 'edits lost').toBe(0);
}

/** The editor still shows every section of the draft with its fields. */
async function expectDraftShown(run: Run, model: readonly SectionModel[]): Promise<void> {
  for (const section of model) {
    const region = run.page.getByRole('region', { name: section.title, exact: true });
    await expect(region).toBeVisible();
    for (const field of section.fields) await expect(region.getByTestId(`element:${field}`)).toHaveCount(1);
  }
}

async function previewPhase(run: Run, leadId: number, leadTitle: string, faultWindow: number): Promise<void> {
  const { s, page, preview } = run;
  const { rest } = run.w;
  if (s.phase === 'preview-load') await run.arm();
  await page.getByRole('button', { name: 'Preview', exact: true }).click();
  await expect(preview.region).toBeVisible();
  const settled = preview.region
    .getByRole('alert')
    .or(preview.picker.filter({ hasText: `#${leadId}` }))
    .or(preview.picker.filter({ hasText: 'Sample lead' }))
    .first();
  await expect(settled).toBeVisible({ timeout: faultWindow });
  await run.expectIdle(faultWindow);
  if (s.phase === 'preview-load') {
    const failed = (await preview.region.getByRole('alert').count()) > 0;
    if (s.expect !== 'either') expect(failed ? 'error' : 'ok', 'preview load outcome').toBe(s.expect);
    await run.checkMessages('preview load');
    await run.disarm();
    const retry = preview.region.getByRole('button', { name: 'Try again' });
    if (await retry.isVisible()) await retry.click();
  }
  if (!(await preview.picker.filter({ hasText: `#${leadId}` }).isVisible())) {
    await preview.pickLead(leadTitle);
  }
  await expect(preview.picker).toContainText(`#${leadId}`);
  await expect(preview.region.locator('.pv-card').first()).toBeVisible();
  if (s.phase !== 'preview-save') return;

  await preview.mode('Edit');
  const title = preview.field('Lead name').getByRole('textbox').first();
  const lastName = preview.field('Last name').getByRole('textbox').first();
  const newTitle = `${leadTitle} edited «ü» <i>`;
  await title.fill(newTitle);
  run.edits++;
  const want: Record<string, string> = { TITLE: newTitle, LAST_NAME: 'Tester' };
  await run.arm();
  await run.dismissToasts();
  const saveLead = preview.region.getByRole('button', { name: 'Save lead' });
  await saveLead.click();
  if (s.editWhileWaiting) {
    await lastName.fill('Typed while saving');
    want['LAST_NAME'] = 'Typed while saving';
    run.edits++;
  }
  await expect(saveLead).not.toHaveAttribute('aria-busy', 'true', { timeout: faultWindow });
  const savedToast = page.getByRole('status').getByText(`Lead #${leadId} saved`);
  const failed = preview.region.getByRole('alert').first();
  await expect(savedToast.or(failed).first()).toBeVisible({ timeout: 5_000 });
  const ok = !(await failed.isVisible());
  if (s.expect !== 'either') expect(ok ? 'ok' : 'error', 'lead save outcome').toBe(s.expect);
  await run.checkMessages('lead save');
  await run.disarm();
  const lead = await rest.call<{ TITLE: string; LAST_NAME: string }>('crm.lead.get', { id: leadId });
  if (!ok) {
    // what was typed is still there
    await expect(title).toHaveValue(newTitle);
    if (!(callRanAnyway(s.fault) && s.method === 'crm.lead.update'))
      expect(lead.TITLE, 'a failed lead save changed nothing').toBe(leadTitle);
  }
  // the user saves what is still unsaved (a failure, or what was typed during the request)
  for (let attempt = 0; attempt < 2; attempt++) {
    const current = await rest.call<{ TITLE: string; LAST_NAME: string }>('crm.lead.get', { id: leadId });
    if (current.TITLE === want['TITLE'] && current.LAST_NAME === want['LAST_NAME']) break;
    await run.dismissToasts();
    await saveLead.click();
    await expect(saveLead).not.toHaveAttribute('aria-busy', 'true', { timeout: 20_000 });
    await expect(
      page
        .getByRole('status')
        .getByText(/Lead #\d+ saved|Nothing to save/)
        .first(),
    ).toBeVisible();
  }
  const final = await rest.call<{ TITLE: string; LAST_NAME: string }>('crm.lead.get', { id: leadId });
  const lostHere = Number(final.TITLE !== want['TITLE']) + Number(final.LAST_NAME !== want['LAST_NAME']);
  run.lost += lostHere;
  expect({ TITLE: final.TITLE, LAST_NAME: final.LAST_NAME }, 'the lead holds everything typed').toEqual(want);
  await expect(title).toHaveValue(newTitle);
}
