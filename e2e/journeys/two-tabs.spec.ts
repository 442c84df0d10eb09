import type { Page } from '@playwright/test';
import { seriousFindings } from '../axe';
import { expect, test } from '../fixtures';
import { EditorPage } from '../pages/EditorPage';
import { START } from './safety-tools';

// Two tabs of one browser share its storage: each keeps its own draft, and hears the other's saves.

async function renameSection(page: Page, from: string, to: string): Promise<void> {
  await page.getByRole('button', { name: `Rename section ${from}` }).click();
  await page.getByRole('textbox', { name: 'Section title' }).fill(to);
  await page.getByRole('textbox', { name: 'Section title' }).press('Enter');
}

async function openTab(page: Page, url: string): Promise<EditorPage> {
  const tab = new EditorPage(page, url);
  await tab.open('?scope=C');
  return tab;
}

/** Closes a tab as a user does (its `pagehide` runs) and waits until it is gone. */
async function closeTab(page: Page): Promise<void> {
  const closed = page.waitForEvent('close');
  await page.close({ runBeforeUnload: true });
  await closed;
}

/** Where the screenshots of the new banners go (test-results is the Playwright output folder). */
const shot = (page: Page, name: string) =>
  page.screenshot({ path: `${process.env['SAFETY_SHOTS'] ?? 'test-results/safety'}/${name}.png` });

const draftOffer = (page: Page) => page.getByRole('region', { name: 'Unsaved draft' });
const otherTabSaved = (page: Page) => page.getByRole('region', { name: 'Saved in another tab' });

test("a save in one tab keeps the other tab's unsaved edit, tells that tab, and offers the edit back after it closed", async ({
  page,
  portal,
}) => {
  await portal.rest.setLayout('C', 1, START);
  const a = await openTab(page, portal.url);
  const b = await openTab(await page.context().newPage(), portal.url);

  await renameSection(b.page, 'More', 'Details');
  await expect(b.section('Details')).toBeVisible();
  await a
    .element('About the lead', 'Name')
    .getByRole('button', { name: 'Remove Name from the card' })
    .click();
  await a.save();
  await expect(a.page.getByText('Common layout saved.')).toBeVisible();

  // B hears of A's save at once, and names the layout it concerns
  await expect(otherTabSaved(b.page)).toContainText(
    'Another tab of this browser saved the common layout of simple leads',
  );
  await expect(b.section('Details')).toBeVisible();
  await shot(b.page, 'two-tabs-saved-elsewhere');
  expect(await seriousFindings(b.page)).toEqual([]);
  await closeTab(b.page);

  const c = await openTab(await page.context().newPage(), portal.url);
  await expect(draftOffer(c.page)).toContainText(/You have unsaved changes from \d/);
  await draftOffer(c.page).getByRole('button', { name: 'Restore' }).click();
  await expect(
    c.page.getByText('Restored, together with the changes saved on the portal since.'),
  ).toBeVisible();
  await expect(c.section('Details')).toBeVisible();
  expect(await c.fieldsOf('About the lead')).toEqual(['Lead name', 'Stage', 'Phone']);
  expect(await c.fieldsOf('Details')).toEqual(['Comment', 'Source']);
});

test('two tabs that both edit and close both have their drafts offered back, merged into one', async ({
  page,
  portal,
}) => {
  await portal.rest.setLayout('C', 1, START);
  const a = await openTab(page, portal.url);
  const b = await openTab(await page.context().newPage(), portal.url);

  await a
    .element('About the lead', 'Name')
    .getByRole('button', { name: 'Remove Name from the card' })
    .click();
  await renameSection(b.page, 'More', 'Details');
  await expect(b.section('Details')).toBeVisible();
  // closing within the moment a change waits to be written keeps it too
  await closeTab(a.page);
  await closeTab(b.page);

  const c = await openTab(await page.context().newPage(), portal.url);
  const offer = draftOffer(c.page);
  await expect(offer).toContainText('1 more unsaved draft of this layout');
  await shot(c.page, 'two-tabs-drafts-offer');
  await offer.getByRole('button', { name: 'Restore' }).click();
  await expect(offer).not.toContainText('more unsaved draft');
  await offer.getByRole('button', { name: 'Restore' }).click();
  await expect(offer).toHaveCount(0);
  await expect(c.section('Details')).toBeVisible();
  expect(await c.fieldsOf('About the lead')).toEqual(['Lead name', 'Stage', 'Phone']);
  expect(await c.fieldsOf('Details')).toEqual(['Comment', 'Source']);

  // both leftovers now live in this tab's one draft: a reload offers exactly one
  await c.page.reload();
  await expect(c.palette).toBeVisible();
  await expect(offer).toContainText(/You have unsaved changes from \d/);
  await expect(offer).not.toContainText('more unsaved draft');
});

test("the tab told of another tab's save merges it into its draft and saves without a conflict", async ({
  page,
  portal,
}) => {
  await portal.rest.setLayout('C', 1, START);
  const a = await openTab(page, portal.url);
  const b = await openTab(await page.context().newPage(), portal.url);

  await renameSection(b.page, 'More', 'Details');
  await expect(b.section('Details')).toBeVisible();
  await a
    .element('About the lead', 'Name')
    .getByRole('button', { name: 'Remove Name from the card' })
    .click();
  await a.save();
  await expect(a.page.getByText('Common layout saved.')).toBeVisible();

  const told = otherTabSaved(b.page);
  await told.getByRole('button', { name: 'Review changes' }).click();
  const dialog = b.page.getByRole('dialog', { name: 'Another tab saved this layout' });
  await expect(dialog).toBeVisible();
  expect(await seriousFindings(b.page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(dialog).toHaveCount(0);
  await expect(told).toHaveCount(0);
  expect(await b.fieldsOf('About the lead')).toEqual(['Lead name', 'Stage', 'Phone']);
  await b.save();
  await expect(b.page.getByText('Common layout saved.')).toBeVisible();
  await expect(b.page.getByRole('dialog', { name: 'Someone else saved this layout' })).toHaveCount(0);
  const stored = await portal.rest.layout('C', 1);
  expect(stored?.map((s) => s.title)).toEqual(['About the lead', 'Details']);
  expect(stored?.[0]?.fields).toEqual(['TITLE', 'STATUS_ID', 'PHONE']);

  // a tab without unsaved changes simply shows what the other tab saved
  await expect(a.section('Details')).toBeVisible();
  await expect(otherTabSaved(a.page)).toContainText('this tab shows it now');
});

test("a duplicated tab, which starts with a copy of the tab's session storage, keeps a draft of its own", async ({
  page,
  portal,
}) => {
  await portal.rest.setLayout('C', 1, START);
  const a = await openTab(page, portal.url);
  await a
    .element('About the lead', 'Name')
    .getByRole('button', { name: 'Remove Name from the card' })
    .click();
  // a tab names itself in its session storage once it keeps a draft
  await expect.poll(() => page.evaluate(() => sessionStorage.getItem('lcs:tab:v1'))).not.toBeNull();
  // what the browser's "Duplicate tab" does: the new tab starts with the session storage of the old one
  const session = await page.evaluate(() => JSON.stringify(Object.entries(sessionStorage)));
  const copy = await page.context().newPage();
  await copy.addInitScript((entries: string) => {
    if (sessionStorage.length > 0) return; // a later reload of the copy keeps its own
    for (const [k, v] of JSON.parse(entries) as [string, string][]) sessionStorage.setItem(k, v);
  }, session);
  const b = await openTab(copy, portal.url);

  await renameSection(b.page, 'More', 'Details');
  await expect(b.section('Details')).toBeVisible();
  await a.save();
  await expect(a.page.getByText('Common layout saved.')).toBeVisible();
  await expect(otherTabSaved(b.page)).toContainText('Another tab of this browser saved');
  await closeTab(b.page);

  const c = await openTab(await page.context().newPage(), portal.url);
  await draftOffer(c.page).getByRole('button', { name: 'Restore' }).click();
  await expect(c.section('Details')).toBeVisible();
  expect(await c.fieldsOf('About the lead')).toEqual(['Lead name', 'Stage', 'Phone']);
});

test("in Russian, the tab is told of the other tab's save and of the drafts left by closed tabs", async ({
  page,
  portal,
}) => {
  await portal.rest.setLayout('C', 1, START);
  const inRussian = async (tab: Page) => {
    const editor = new EditorPage(tab, portal.url);
    await editor.openInRussian('?scope=C');
    await expect(tab.getByRole('region', { name: 'Поля' })).toBeVisible();
    return editor;
  };
  const a = await inRussian(page);
  const b = await inRussian(await page.context().newPage());
  await b.page.getByRole('button', { name: 'Переименовать раздел «More»' }).click();
  await b.page.getByRole('textbox', { name: 'Название раздела' }).fill('Details');
  await b.page.getByRole('textbox', { name: 'Название раздела' }).press('Enter');
  await a.page.getByRole('button', { name: 'Убрать поле «Имя» из карточки' }).click();
  await a.page.getByRole('button', { name: 'Сохранить', exact: true }).click();
  const told = b.page.getByRole('region', { name: 'Сохранено в другой вкладке' });
  await expect(told).toContainText(
    /^Другая вкладка этого браузера сохранила общий вид карточки простых лидов в \d\d:\d\d\. Ваши несохранённые изменения здесь остаются в черновике/,
  );
  await shot(b.page, 'two-tabs-saved-elsewhere-ru');
  await told.getByRole('button', { name: 'Посмотреть изменения' }).click();
  await expect(
    b.page.getByRole('dialog', { name: 'Другая вкладка сохранила этот вид карточки' }),
  ).toBeVisible();
  await closeTab(b.page);

  const c = await inRussian(await page.context().newPage());
  await expect(c.page.getByRole('region', { name: 'Несохранённый черновик' })).toContainText(
    'У вас есть несохранённые изменения от',
  );
  await shot(c.page, 'two-tabs-drafts-offer-ru');
});
