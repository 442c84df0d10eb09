import { expect, type Locator, type Page } from '@playwright/test';

/** The editor screen as a user sees it: regions, list items and named buttons. */
export class EditorPage {
  constructor(
    readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async open(query = ''): Promise<void> {
    await this.page.goto(`${this.baseUrl}/${query}`);
    await expect(this.palette).toBeVisible();
  }

  /** Opens the app in Russian, as a user who chose it on this device (the palette is then "Поля"). */
  async openInRussian(query = ''): Promise<void> {
    await this.page.addInitScript(() => localStorage.setItem('lcs:lang', 'ru'));
    await this.page.goto(`${this.baseUrl}/${query}`);
  }

  get palette(): Locator {
    return this.page.getByRole('region', { name: 'Fields' });
  }

  section(title: string): Locator {
    return this.page.getByRole('region', { name: title, exact: true });
  }

  element(sectionTitle: string, label: string): Locator {
    return this.section(sectionTitle).getByRole('listitem', { name: label, exact: true });
  }

  async fieldsOf(sectionTitle: string): Promise<string[]> {
    const items = this.section(sectionTitle).locator('li.element');
    return items.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
  }

  paletteItem(label: string): Locator {
    return this.palette.getByRole('listitem', { name: label, exact: true });
  }

  /** Status region of dnd-kit's announcements (the toasts region is the other `status`). */
  get announcer(): Locator {
    return this.page.locator('[id^="DndLiveRegion"]');
  }

  /** Pointer drag in several steps, past the activation distance, landing on the target's upper or lower half. */
  async drag(from: Locator, to: Locator, where: 'top' | 'bottom' | 'center' = 'center'): Promise<void> {
    // the palette is sticky, so with the target scrolled into view both are on screen
    await to.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const a = await from.boundingBox();
    const b = await to.boundingBox();
    if (!a || !b) throw new Error('drag: element not visible');
    const m = this.page.mouse;
    await m.move(a.x + 12, a.y + a.height / 2);
    await m.down();
    await m.move(a.x + 12, a.y + a.height / 2 + 10, { steps: 4 });
    const y = where === 'top' ? b.y + 4 : where === 'bottom' ? b.y + b.height - 4 : b.y + b.height / 2;
    await m.move(b.x + 40, y, { steps: 20 });
    await m.move(b.x + 42, y, { steps: 2 });
    await m.up();
    await this.afterDrop();
  }

  /**
   * dnd-kit swallows every click for 50 ms after a pointer drag ends (its sensor takes down its
   * document listeners on a 50 ms timer, set when the pointer was let go): a timer the page sets
   * now fires after that one, so the next click reaches the app, as a person's click would.
   */
  async afterDrop(): Promise<void> {
    await this.page.evaluate(() => new Promise<void>((done) => setTimeout(done, 50)));
  }

  handleOf(item: Locator): Locator {
    return item.locator('.drag-handle, .palette-handle').first();
  }

  async addSection(title: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Add section' }).click();
    const input = this.page.getByRole('textbox', { name: 'Section title' });
    await input.fill(title);
    await input.press('Enter');
    await expect(this.section(title)).toBeVisible();
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save', exact: true }).click();
  }
}
