import { expect, type Locator, type Page } from '@playwright/test';

/** The card preview beside the editor: its region, controls, sections and fields, by role and name. */
export class PreviewPage {
  constructor(readonly page: Page) {}

  get region(): Locator {
    return this.page.getByRole('region', { name: 'Preview', exact: true });
  }

  /** Opens the panel with the editor's "Preview" button and waits for a card. */
  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Preview', exact: true }).click();
    await expect(this.region).toBeVisible();
    await expect(this.region.locator('.pv-card').first()).toBeVisible();
  }

  get picker(): Locator {
    return this.region.getByRole('button', { name: /^Lead/ });
  }

  /** Picks a lead through the picker's search (by title or name). */
  async pickLead(search: string, option: string | RegExp = search): Promise<void> {
    await this.picker.click();
    const popup = this.page.getByRole('dialog', { name: 'Choose a lead' });
    await popup.getByRole('searchbox', { name: 'Search leads by title or name' }).fill(search);
    await popup.getByRole('button', { name: option }).first().click();
    await expect(popup).toBeHidden();
  }

  async mode(name: 'View' | 'Edit'): Promise<void> {
    await this.region.getByRole('radio', { name, exact: true }).check();
  }

  async width(name: 'Wide' | 'Narrow'): Promise<void> {
    await this.region.getByRole('radio', { name, exact: true }).check();
  }

  get sideBySide(): Locator {
    return this.region.getByRole('button', { name: 'Side by side' });
  }

  /** A card section: "Preview: About the lead", or "Saved: …" / "Draft: …" side by side. */
  section(title: string, prefix: 'Preview' | 'Saved' | 'Draft' = 'Preview'): Locator {
    return this.region.getByRole('region', { name: `${prefix}: ${title}`, exact: true });
  }

  /** A field of the card by its label (view or edit mode). */
  field(label: string, within: Locator = this.region): Locator {
    return within.getByRole('group', { name: label, exact: true });
  }

  async saveLead(): Promise<void> {
    await this.region.getByRole('button', { name: 'Save lead' }).click();
  }
}
