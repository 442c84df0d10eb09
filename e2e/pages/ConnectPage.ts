import { expect, type Locator, type Page } from '@playwright/test';

/** The connection screen: webhook URL, "remember on this device", the demo portal. */
export class ConnectPage {
  constructor(
    readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  /** Opens the app and its connection screen from the top bar. */
  async open(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/`);
    await this.openFromTopBar();
  }

  async openFromTopBar(): Promise<void> {
    await this.page.getByRole('button', { name: 'Connection', exact: true }).click();
    await expect(this.heading).toBeVisible();
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { name: 'Connection', exact: true });
  }

  get urlInput(): Locator {
    return this.page.getByRole('textbox', { name: 'Webhook URL' });
  }

  get remember(): Locator {
    return this.page.getByRole('checkbox', { name: 'Remember on this device' });
  }

  get error(): Locator {
    return this.page.getByRole('form', { name: 'Connect with an inbound webhook' }).getByRole('alert');
  }

  /** What the top bar says the app is connected to. */
  get connectionLabel(): Locator {
    return this.page.getByTestId('connection-label');
  }

  get current(): Locator {
    return this.page.getByLabel('Current connection');
  }

  async connect(url: string, opts: { remember?: boolean } = {}): Promise<void> {
    await this.urlInput.fill(url);
    if (opts.remember) await this.remember.check();
    await this.page.getByRole('button', { name: 'Connect', exact: true }).click();
  }

  async useDemo(): Promise<void> {
    await this.page.getByRole('button', { name: 'Use the demo portal' }).click();
  }
}
