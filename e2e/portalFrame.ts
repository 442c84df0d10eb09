import type { FrameLocator, Page } from '@playwright/test';

/**
 * Opens the app inside the emulator's portal harness (`/portal/app`), which embeds it exactly as a
 * Bitrix24 portal does; `query` sets the harness's portal: `?lang=ru`, `?placement=…&lead=…`.
 */
export async function openInPortal(page: Page, portalUrl: string, query = ''): Promise<FrameLocator> {
  await page.goto(`${portalUrl}/portal/app${query}`);
  return page.frameLocator('#app-frame');
}
