// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeFetch, ok, testClient } from '../../api/testing/fakeFetch';
import { SIMPLE_LEADS } from '../../domain/cardType';
import { sameLayout } from '../../domain/layoutEquals';
import type { Layout } from '../../domain/types';
import { setLang } from '../../i18n/i18nStore';
// the dialog is fetched on first use in the app; here it is loaded already, as on a second visit
import './safety/ConflictDialog';
import { createDocumentRegistry, DocumentRegistryContext } from '../../store/documents';
import type { DocumentKey } from '../../store/documentKey';
import { loadDrafts, saveDraft } from '../../store/draftStorage';
import { thisTabId } from '../../store/tabIdentity';
import { announceSaved } from '../../store/tabNews';
import { aLayout, aPortalFields } from '../../testing/builders';
import { toastStore } from '../../ui/toastStore';
import { DocumentEditor } from './DocumentEditor';
import { cardFieldsOf } from '../../domain/cards';

const FIELDS = aPortalFields();
const COMMON: DocumentKey = { scope: 'C', userId: null, card: { entity: 'lead', leadType: 'simple' } };
const STORAGE = 'test~user1';

const layout = (mainTitle: string, main: string[], extra: string[]): Layout =>
  aLayout().section('main', main, { title: mainTitle }).section('extra', extra, { title: 'Extra' }).build();
const SAVED = layout('Main', ['TITLE', 'PHONE', 'EMAIL'], []);

function renderEditor() {
  const client = testClient(fakeFetch(() => ok(true))).client;
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <DocumentRegistryContext.Provider value={createDocumentRegistry()}>
        <DocumentEditor
          session={{
            client,
            me: { id: 1, name: 'Demo Admin' },
            storageId: STORAGE,
            appContext: false,
            firstUsers: [],
            openDocument: () => undefined,
          }}
          docKey={COMMON}
          loaded={{ layout: SAVED, notices: [] }}
          common={null}
          cardFields={cardFieldsOf(SIMPLE_LEADS, FIELDS, 'en')}
          userLabel={undefined}
          fields={FIELDS}
          renderPreview={undefined}
        />
      </DocumentRegistryContext.Provider>
    </QueryClientProvider>,
  );
}

const keepFor = (tabId: string, draft: Layout, savedAt: string) =>
  saveDraft(localStorage, { portalId: STORAGE, key: COMMON, draft, base: SAVED, savedAt, tabId });

const fieldCount = (title: string) =>
  within(screen.getByRole('region', { name: title })).getAllByRole('listitem').length;

beforeAll(() => {
  // jsdom has no modal dialogs: open and close the native <dialog> by its attribute
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

beforeEach(() => {
  localStorage.clear();
  setLang('en', false);
});
afterEach(() => toastStore.setState({ toasts: [] }));

describe('drafts left by several tabs', () => {
  it('are offered one after the other, newest first, and end merged in this tab alone', async () => {
    const user = userEvent.setup();
    keepFor('closedtaba', layout('Main', ['TITLE', 'PHONE'], ['EMAIL']), '2025-05-12T10:00:00.000Z');
    keepFor('closedtabb', layout('About', ['TITLE', 'PHONE', 'EMAIL'], []), '2025-05-12T11:00:00.000Z');
    renderEditor();
    const offer = screen.getByRole('region', { name: 'Unsaved draft' });
    expect(offer.textContent).toContain('1 more unsaved draft of this layout follows.');
    await user.click(within(offer).getByRole('button', { name: 'Restore' }));
    expect(screen.getByRole('region', { name: 'About' })).toBeTruthy(); // the newest first
    expect(offer.textContent).not.toContain('more unsaved draft');
    await user.click(within(offer).getByRole('button', { name: 'Restore' }));
    expect(screen.queryByRole('region', { name: 'Unsaved draft' })).toBeNull();
    expect(fieldCount('About')).toBe(2);
    expect(fieldCount('Extra')).toBe(1);
    expect(toastStore.getState().toasts.map((t) => t.text)).toEqual([
      'Restored, together with the draft restored before it.',
    ]);
    const kept = loadDrafts(localStorage, STORAGE, COMMON);
    expect(kept.map((d) => d.tabId)).toEqual([thisTabId()]);
    expect(kept[0] && sameLayout(kept[0].draft, layout('About', ['TITLE', 'PHONE'], ['EMAIL']))).toBe(true);
  });

  it('discarding one keeps the other for the next answer', async () => {
    const user = userEvent.setup();
    keepFor('closedtaba', layout('Main', ['TITLE', 'PHONE'], ['EMAIL']), '2025-05-12T10:00:00.000Z');
    keepFor('closedtabb', layout('About', ['TITLE', 'PHONE', 'EMAIL'], []), '2025-05-12T11:00:00.000Z');
    renderEditor();
    const offer = screen.getByRole('region', { name: 'Unsaved draft' });
    await user.click(within(offer).getByRole('button', { name: 'Discard' }));
    expect(loadDrafts(localStorage, STORAGE, COMMON).map((d) => d.tabId)).toEqual(['closedtaba']);
    await user.click(within(offer).getByRole('button', { name: 'Restore' }));
    expect(fieldCount('Extra')).toBe(1);
    expect(screen.queryByRole('region', { name: 'About' })).toBeNull();
  });
});

describe('a save in another tab', () => {
  const theirs = layout('Main', ['TITLE', 'PHONE'], ['EMAIL']);
  const announce = () =>
    announceSaved({ storageId: STORAGE, key: COMMON, tabId: 'othertab', stored: theirs });

  it('is shown at once in a tab without unsaved changes', async () => {
    renderEditor();
    announce();
    const told = await screen.findByRole('region', { name: 'Saved in another tab' });
    expect(told.textContent).toMatch(
      /^Another tab of this browser saved the common layout of simple leads at \d\d:\d\d( [AP]M)?\. You had no unsaved changes here, so this tab shows it now\.OK$/,
    );
    expect(fieldCount('Extra')).toBe(1);
    expect(screen.getByText('All changes saved')).toBeTruthy();
    await userEvent.setup().click(within(told).getByRole('button', { name: 'OK' }));
    expect(screen.queryByRole('region', { name: 'Saved in another tab' })).toBeNull();
  });

  it('leaves unsaved changes alone and offers the conflict choices', async () => {
    const user = userEvent.setup();
    renderEditor();
    await user.click(screen.getByRole('button', { name: 'Rename section Main' }));
    const title = screen.getByRole('textbox', { name: 'Section title' });
    await user.clear(title);
    await user.paste('About');
    await user.keyboard('{Enter}');
    announce();
    const told = await screen.findByRole('region', { name: 'Saved in another tab' });
    expect(told.textContent).toContain('Your unsaved changes here stay in the draft');
    expect(fieldCount('About')).toBe(3);
    expect(screen.queryByRole('region', { name: 'Extra' })?.textContent).not.toContain('Email');

    await user.click(within(told).getByRole('button', { name: 'Review changes' }));
    const dialog = await screen.findByRole('dialog', { name: 'Another tab saved this layout' });
    await user.click(within(dialog).getByRole('button', { name: 'Take theirs' }));
    expect(screen.queryByRole('region', { name: 'Saved in another tab' })).toBeNull();
    expect(fieldCount('Main')).toBe(2);
    expect(fieldCount('Extra')).toBe(1);
    expect(screen.getByText('All changes saved')).toBeTruthy();
    // one Undo brings this tab's changes back, now on top of the other tab's save
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(fieldCount('About')).toBe(3);
  });

  it('of another layout, another connection, or of this tab, is not news', async () => {
    const user = userEvent.setup();
    renderEditor();
    announce();
    await screen.findByRole('region', { name: 'Saved in another tab' });
    const wrong = layout('Wrong', ['TITLE'], []);
    announceSaved({
      storageId: STORAGE,
      key: { ...COMMON, card: { entity: 'lead', leadType: 'repeat' } },
      tabId: 'othertab',
      stored: wrong,
    });
    announceSaved({ storageId: 'other~user2', key: COMMON, tabId: 'othertab', stored: wrong });
    announceSaved({ storageId: STORAGE, key: COMMON, tabId: thisTabId(), stored: wrong });
    announceSaved({
      storageId: STORAGE,
      key: COMMON,
      tabId: 'othertab',
      stored: layout('Final', ['TITLE'], []),
    });
    await screen.findByRole('region', { name: 'Final' });
    // each layout taken from another tab is one undo step: the one before "Final" is the first news
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(fieldCount('Main')).toBe(2);
    expect(screen.queryByRole('region', { name: 'Wrong' })).toBeNull();
  });
});
