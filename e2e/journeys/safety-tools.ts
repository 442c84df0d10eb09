import { expect, type Locator, type Page } from '@playwright/test';
import { ABOUT_AND_MORE } from '../layouts';

/** Shared by the safety-*.spec.ts journeys: the starting layout and the "Layout" tools row. */
export const START = ABOUT_AND_MORE;

export class SafetyTools {
  constructor(readonly page: Page) {}

  get row(): Locator {
    return this.page.getByRole('group', { name: 'Layout tools' });
  }

  tool(name: string | RegExp): Locator {
    return this.row.getByRole('button', { name });
  }

  /** Import: a file on disk, or a JSON value as the file `name`. */
  async importFile(file: string | { readonly name: string; readonly json: unknown }): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.tool('Import').click();
    await (
      await chooser
    ).setFiles(
      typeof file === 'string'
        ? file
        : { name: file.name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file.json)) },
    );
  }

  dialog(name: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name });
  }

  /** Where the screenshots of the new screens go (test-results is the Playwright output folder). */
  async shot(name: string, target: Locator | Page = this.page): Promise<void> {
    await target.screenshot({ path: `${process.env['SAFETY_SHOTS'] ?? 'test-results/safety'}/${name}.png` });
  }

  /** "All changes saved" / "Unsaved changes" beside Save. */
  async expectSaved(saved: boolean): Promise<void> {
    await expect(
      this.page.getByText(saved ? 'All changes saved' : 'Unsaved changes', { exact: true }),
    ).toBeVisible();
  }
}
