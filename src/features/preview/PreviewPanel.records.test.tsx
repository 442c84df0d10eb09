// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CardType } from '../../domain/cardType';
import { aLayout } from '../../testing/builders';
import { itemFieldsAnswer } from '../../api/testing/itemFields';
import type { FakePortalAnswers } from '../../testing/fakePortal';
import { renderCardPreview } from './renderPreviewPanel';
import { aStatus, STATUSES } from './testFixtures';

const layout = aLayout()
  .section('main', ['TITLE', 'OPPORTUNITY', 'ASSIGNED_BY_ID'], { title: 'Main' })
  .build();

/** The preview of `card` on a portal answering `answers`. */
function renderCard(card: CardType, answers: FakePortalAnswers) {
  const fetch = renderCardPreview(card, layout, answers);
  return { fetch, preview: screen.getByRole('region', { name: 'Preview' }) };
}

const batchCommands = (fetch: ReturnType<typeof renderCard>['fetch']): string[] =>
  fetch.requests.flatMap((r) => Object.values((r.params['cmd'] ?? {}) as Record<string, string>));

/** Edit mode, `more` typed at the end of the title, Save. */
async function editTitle(preview: HTMLElement, from: string, more: string) {
  const user = userEvent.setup();
  await user.click(within(preview).getByRole('radio', { name: 'Edit' }));
  await user.type(within(preview).getByDisplayValue(from), more);
  await user.click(within(preview).getByRole('button', { name: 'Save record' }));
}

beforeAll(() => {
  // jsdom has no modal dialogs: the native <dialog> opens and closes by its attribute
  Object.assign(HTMLDialogElement.prototype, {
    showModal: function (this: HTMLDialogElement) {
      this.setAttribute('open', '');
    },
    close: function (this: HTMLDialogElement) {
      this.removeAttribute('open');
    },
  });
});

describe('PreviewPanel on other cards', () => {
  it('shows the newest deal of the pipeline with its stages and saves an edit with crm.deal.update', async () => {
    const DEAL = { ID: '41', TITLE: 'Fit-out', CATEGORY_ID: '3', STAGE_ID: 'C3:NEW', OPPORTUNITY: '900.00' };
    const { fetch, preview } = renderCard(
      { entity: 'deal', categoryId: 3 },
      {
        calls: { 'crm.deal.get': DEAL, 'crm.deal.update': true },
        batch: {
          'crm.status.list': [...STATUSES, aStatus('DEAL_STAGE_3', 'C3:NEW', 'Brief', 10)],
          'crm.deal.list': [{ ID: '41', TITLE: 'Fit-out' }],
        },
      },
    );
    expect(await within(preview).findByRole('heading', { name: 'Fit-out' })).toBeTruthy();
    expect(within(preview).getByRole('list', { name: 'Stage' }).textContent).toContain('Brief');
    expect(within(preview).getByRole('button', { name: /Deal.*Fit-out \(#41\)/ })).toBeTruthy();
    // only that pipeline's deals
    expect(batchCommands(fetch).find((c) => c.startsWith('crm.deal.list'))).toContain(
      'filter[CATEGORY_ID]=3',
    );
    await editTitle(preview, 'Fit-out', ' 2');
    await waitFor(() => expect(fetch.requests.some((r) => r.method === 'crm.deal.update')).toBe(true));
    expect(fetch.requests.find((r) => r.method === 'crm.deal.update')?.params).toEqual({
      id: '41',
      fields: { TITLE: 'Fit-out 2' },
    });
  });

  it('reads a smart process item through crm.item.* in camelCase and saves it back', async () => {
    const ITEM = { id: 12, title: 'Crate', categoryId: 7, stageId: 'DT1038_7:NEW', opportunity: 50 };
    const names = itemFieldsAnswer({
      id: ['ID', { type: 'integer', isReadOnly: true }],
      title: ['TITLE'],
      categoryId: ['CATEGORY_ID', { type: 'crm_category' }],
      stageId: ['STAGE_ID', { type: 'crm_status' }],
      opportunity: ['OPPORTUNITY', { type: 'double' }],
    });
    const { fetch, preview } = renderCard(
      { entity: 'dynamic', entityTypeId: 1038, categoryId: 7 },
      {
        calls: {
          'crm.item.fields': names,
          'crm.item.get': { item: ITEM },
          'crm.item.update': { item: { ...ITEM, title: 'Crate B' } },
        },
        batch: {
          'crm.status.list': [...STATUSES, aStatus('DYNAMIC_1038_STAGE_7', 'DT1038_7:NEW', 'Packed', 10)],
          'crm.item.list': { items: [{ id: 12, title: 'Crate' }] },
        },
      },
    );
    expect(await within(preview).findByRole('heading', { name: 'Crate' })).toBeTruthy();
    expect(within(preview).getByRole('list', { name: 'Stage' }).textContent).toContain('Packed');
    const list = batchCommands(fetch).find((c) => c.startsWith('crm.item.list')) ?? '';
    expect(decodeURIComponent(list)).toContain('entityTypeId=1038');
    expect(decodeURIComponent(list)).toContain('filter[categoryId]=7');
    await editTitle(preview, 'Crate', ' B');
    await waitFor(() => expect(fetch.requests.some((r) => r.method === 'crm.item.update')).toBe(true));
    expect(fetch.requests.find((r) => r.method === 'crm.item.update')?.params).toEqual({
      entityTypeId: '1038',
      id: '12',
      fields: { title: 'Crate B' },
    });
  });

  it('creates one test contact marked with the external-source pair', async () => {
    const { fetch, preview } = renderCard(
      { entity: 'contact' },
      {
        calls: { 'crm.contact.add': 77, 'crm.contact.list': [{ ID: '77' }], 'crm.contact.get': { ID: '77' } },
        batch: { 'crm.contact.list': [] },
      },
    );
    const user = userEvent.setup();
    // a portal without contacts opens on the sample
    expect(await within(preview).findByRole('button', { name: /Contact.*Sample record/ })).toBeTruthy();
    await user.click(within(preview).getByRole('button', { name: 'Create a test record' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create a test record' });
    expect(within(dialog).getByText('crm.contact.add')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Create record' }));
    await waitFor(() => expect(fetch.requests.some((r) => r.method === 'crm.contact.get')).toBe(true));
    const adds = fetch.requests.filter((r) => r.method === 'crm.contact.add');
    expect(adds).toHaveLength(1);
    expect(adds[0]?.params['fields']).toMatchObject({ ORIGINATOR_ID: 'lead-card-studio' });
  });
});
