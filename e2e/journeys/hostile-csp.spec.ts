import { readFileSync } from 'node:fs';
import { CONTENT_SECURITY_POLICY } from '../../vite.config';
import { EditorPage } from '../pages/EditorPage';
import { PreviewPage } from '../pages/PreviewPage';
import { expect, expectNothingRan, PAYLOADS, test, watch } from '../hostilePortal';

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
