import { expect } from '@playwright/test';
import { callRanAnyway } from './scenarios';
import type { Run } from './run';

/** The preview part of a scenario: open it on the scenario's lead, and in `preview-save` edit and save the lead. */
export async function previewPhase(
  run: Run,
  leadId: number,
  leadTitle: string,
  faultWindow: number,
): Promise<void> {
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
