/** The apps the benchmark drives: how to open them, find fields and sections, and save. */
import { expect, type Locator, type Page } from '@playwright/test';
import type { ProbeConfig } from './probe';

export type Variant = 'ours' | 'oursDeal' | 'naive' | 'floor' | 'dndkitReact' | 'pragmatic';

export interface AppSpec {
  readonly variant: Variant;
  /** Path and query that open the common layout of simple leads. */
  readonly path: string;
  probe(fieldCount: number): ProbeConfig;
  section(page: Page, index: number): Locator;
  /** Field rows inside a section. */
  readonly itemSelector: string;
  /** Where on a field row the pointer grabs it (offset from its left edge). */
  readonly grabX: number;
  /** The attribute of a field row that holds its code, and the prefix before the code. */
  readonly codeAttr: readonly [attribute: string, prefix: string];
  /** Clicks the app's Save and waits until the portal answered; null: the app has no Save. */
  readonly save: ((page: Page) => Promise<void>) | null;
}

const PREVIEW = '[data-testid="drag-preview"]';

export const OURS: AppSpec = {
  variant: 'ours',
  path: '/?scope=C',
  probe: (fieldCount) => ({
    itemSelector: 'section.section-card li.element',
    expectedItems: fieldCount,
    alsoSelector: 'section.palette .palette-list',
    focusSelector: 'section.section-card li.element .drag-handle',
    previewSelector: PREVIEW,
  }),
  section: (page, i) => page.locator('section.section-card').nth(i),
  itemSelector: 'li.element',
  grabX: 18, // the grip button at the chip's left
  codeAttr: ['data-testid', 'element:'],
  async save(page) {
    // by text, not by role: the role query computes accessible names over the whole page, which
    // takes seconds at 2000 fields on a busy machine
    await page
      .locator('button', { hasText: /^Save$/ })
      .first()
      .click({ timeout: 30_000 });
    // the editor may ask first (layout check errors, renamed labels): confirm, as a user would
    const saved = page.getByText(/layout saved\./i).first();
    const anyway = page.getByRole('button', { name: 'Save anyway' }).first();
    const deadline = Date.now() + 20_000;
    while (!(await saved.isVisible())) {
      if (Date.now() > deadline) throw new Error('the editor did not confirm the save');
      if (await anyway.isVisible()) await anyway.click({ timeout: 5_000 });
      else await page.waitForTimeout(50);
    }
  },
};

/** The editor on a deal pipeline's card (Wholesale, 1) of the same size: every card, same budgets. */
export const OURS_DEAL: AppSpec = { ...OURS, variant: 'oursDeal', path: '/?card=deal:1&scope=C' };

/** The naive reference's markup, which the peer pages copy: sections `section.container`, fields `li.item`. */
const CONTAINERS = {
  probe: (fieldCount: number): ProbeConfig => ({
    itemSelector: 'section.container li.item',
    expectedItems: fieldCount,
    alsoSelector: null,
    focusSelector: 'section.container li.item',
    previewSelector: PREVIEW,
  }),
  section: (page: Page, i: number) => page.locator('section.container').nth(i),
  itemSelector: 'li.item',
  grabX: 18,
} as const satisfies Partial<AppSpec>;

export const NAIVE: AppSpec = {
  ...CONTAINERS,
  variant: 'naive',
  path: '/',
  codeAttr: ['data-testid', 'item:'],
  async save(page) {
    await page.getByRole('button', { name: 'Save', exact: true }).click({ timeout: 10_000 });
    await expect(page.getByRole('button', { name: 'Saved', exact: true })).toBeVisible({ timeout: 15_000 });
  },
};

/** A peer page (bench/peers): the naive reference's markup, fields carrying `data-code`, no Save. */
const peer = (variant: Variant, dir: string): AppSpec => ({
  ...CONTAINERS,
  variant,
  path: `/${dir}/index.html`,
  codeAttr: ['data-code', ''],
  save: null,
});

export const FLOOR = peer('floor', 'floor');
export const DNDKIT_REACT = peer('dndkitReact', 'dndkit-react');
export const PRAGMATIC = peer('pragmatic', 'pragmatic');
