import { expect, type Locator, type Page, type Route } from '@playwright/test';
import { PreviewPage } from '../pages/PreviewPage';
import type { PortalRest } from '../portalRest';
import { expectedWords, faultSpec, type LayoutEdit, type Scenario } from './scenarios';
import { control, type ChaosWorker } from './worker';

export interface SectionModel {
  title: string;
  fields: string[];
  flags: Record<string, number>;
}

/** The preview edits these, so layout edits leave them on the card. */
export const KEEP = new Set(['TITLE', 'NAME', 'LAST_NAME', 'STATUS_ID']);

export const modelOf = (sections: Awaited<ReturnType<PortalRest['layout']>>): SectionModel[] =>
  (sections ?? []).map((s) => ({ title: s.title, fields: [...s.fields], flags: { ...s.flags } }));

export const cloneModel = (m: readonly SectionModel[]): SectionModel[] =>
  m.map((s) => ({ title: s.title, fields: [...s.fields], flags: { ...s.flags } }));

/** The layout as the portal holds it, in the model's terms. */
export async function serverLayout(rest: PortalRest): Promise<SectionModel[]> {
  return modelOf(await rest.layout('C', 1));
}

/** One scenario's run: the page, the portal, the bookkeeping. */
export class Run {
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
export async function applyEdit(run: Run, model: SectionModel[], edit: LayoutEdit): Promise<boolean> {
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
export async function pressSave(run: Run): Promise<void> {
  await run.dismissToasts();
  await run.editorPage.save.click();
}

/**
 * Waits for the save to end: a success toast or an error; a question of the editor first (the
 * layout check found errors, renamed labels) is answered "Save anyway". True when it succeeded.
 */
export async function saveOutcome(run: Run, timeout: number): Promise<boolean> {
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

/** The editor still shows every section of the draft with its fields. */
export async function expectDraftShown(run: Run, model: readonly SectionModel[]): Promise<void> {
  for (const section of model) {
    const region = run.page.getByRole('region', { name: section.title, exact: true });
    await expect(region).toBeVisible();
    for (const field of section.fields) await expect(region.getByTestId(`element:${field}`)).toHaveCount(1);
  }
}
