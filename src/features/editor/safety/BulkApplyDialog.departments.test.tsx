// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { LeadFields } from '../../../api/schemas/fields';
import { fail, fakeFetch, ok, testClient, type FakeReply } from '../../../api/testing/fakeFetch';
import { SIMPLE_LEADS } from '../../../domain/cardType';
import { setLang } from '../../../i18n/i18nStore';
import type { Lang } from '../../../i18n/types';
import { createDocumentRegistry, DocumentRegistryContext } from '../../../store/documents';
import { createEditorStore } from '../../../store/editorStore';
import { aLayout, aPortalFields } from '../../../testing/builders';
import { BulkApplyDialog } from './BulkApplyDialog';
import { DocumentContext, documentEnv } from '../document/documentContext';
import { cardFieldsOf } from '../../../domain/cards';

const FIELDS = aPortalFields() as LeadFields;
const STRUCTURE = [
  { ID: '1', NAME: 'Company', SORT: 500, UF_HEAD: '1' },
  { ID: '2', NAME: 'Sales', SORT: 100, PARENT: '1', UF_HEAD: '5' },
  { ID: '3', NAME: 'Sales team', SORT: 500, PARENT: '2' },
  { ID: '4', NAME: 'Support', SORT: 200, PARENT: '1' },
];
const person = (ID: string, NAME: string, LAST_NAME: string) => ({ ID, ACTIVE: true, NAME, LAST_NAME });
const MEMBERS: Record<string, ReturnType<typeof person>[]> = {
  '1': [person('1', 'Demo', 'Admin')],
  '2': [person('5', 'Olga', 'Smirnova')],
  '3': [person('2', 'Demo', 'Manager'), person('3', 'Ivan', 'Petrov')],
  '4': [person('7', 'Dmitry', 'Kuznetsov')],
};

/** The portal's answers: the structure, and each department's direct members. */
function portal(departments: FakeReply = ok(STRUCTURE, { total: STRUCTURE.length })) {
  return fakeFetch((req) => {
    if (req.method === 'department.get') return departments;
    if (req.method === 'user.get') {
      const filter = req.params['FILTER'] as { UF_DEPARTMENT: Record<string, string> };
      const rows = Object.values(filter.UF_DEPARTMENT).flatMap((id) => MEMBERS[id] ?? []);
      return ok(rows, { total: rows.length });
    }
    return 'hang';
  });
}

function renderDialog(fetch: ReturnType<typeof fakeFetch>, lang: Lang) {
  setLang(lang, false);
  const { client } = testClient(fetch);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const layout = aLayout().section('main', ['TITLE'], { title: 'Main' }).build();
  const env = documentEnv({
    client,
    docKey: { scope: 'C', userId: null, card: { entity: 'lead', leadType: 'simple' } },
    editor: createEditorStore(layout, false),
    cardFields: cardFieldsOf(SIMPLE_LEADS, FIELDS, lang),
    fields: FIELDS,
    me: { id: 1, name: 'Demo Admin' },
    storageId: 'test-portal',
    appContext: false,
    firstUsers: [person('3', 'Ivan', 'Petrov'), person('8', 'Maria', 'Garcia')],
    openDocument: () => undefined,
  });
  render(
    <QueryClientProvider client={queryClient}>
      <DocumentRegistryContext.Provider value={createDocumentRegistry()}>
        <DocumentContext.Provider value={env}>
          <BulkApplyDialog onClose={() => undefined} />
        </DocumentContext.Provider>
      </DocumentRegistryContext.Provider>
    </QueryClientProvider>,
  );
}

beforeAll(() => {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function closeDialog(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});
afterEach(() => {
  setLang('en', false);
  localStorage.clear();
});

describe('apply to users: choosing departments', () => {
  it(
    'counts the active users of a department and its sub-departments, once each, before applying',
    { timeout: 20_000 },
    async () => {
      const fetch = portal();
      renderDialog(fetch, 'en');
      const dialog = screen.getByRole('dialog', { name: 'Apply to users' });
      const departments = await within(dialog).findByRole('list', { name: 'Departments' });
      expect(within(dialog).getByRole('checkbox', { name: 'Include sub-departments' })).toHaveProperty(
        'checked',
        true,
      );
      await userEvent.click(within(departments).getByRole('checkbox', { name: 'Sales' }));
      expect(await within(dialog).findByText('3 active users in the chosen departments.')).toBeTruthy();
      expect(within(dialog).getByRole('button', { name: 'Apply to 3 users' })).toHaveProperty(
        'disabled',
        false,
      );
      const asked = fetch.requests.filter((r) => r.method === 'user.get').at(-1);
      expect(asked?.params['FILTER']).toEqual({ UF_DEPARTMENT: { 0: '2', 1: '3' }, ACTIVE: 'Y' });

      // a user chosen both ways is counted once; another one adds to the count
      const users = within(dialog).getByRole('list', { name: 'Users' });
      await userEvent.click(within(users).getByRole('checkbox', { name: 'Ivan Petrov' }));
      expect(
        within(dialog).getByText(
          '3 active users in the chosen departments. 1 of them is also chosen below; everyone gets the layout once.',
        ),
      ).toBeTruthy();
      expect(within(dialog).getByRole('button', { name: 'Apply to 3 users' })).toBeTruthy();
      await userEvent.click(within(users).getByRole('checkbox', { name: 'Maria Garcia' }));
      expect(within(dialog).getByRole('button', { name: 'Apply to 4 users' })).toBeTruthy();

      // without sub-departments only Sales' own member remains
      await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Include sub-departments' }));
      expect(await within(dialog).findByText('1 active user in the chosen departments.')).toBeTruthy();
      expect(within(dialog).getByRole('button', { name: 'Apply to 3 users' })).toBeTruthy();
    },
  );

  it('without the department scope says what to add, and users can still be chosen', async () => {
    renderDialog(
      portal(
        fail(
          401,
          'insufficient_scope',
          'The request requires higher privileges than provided by the access token',
        ),
      ),
      'en',
    );
    const dialog = screen.getByRole('dialog', { name: 'Apply to users' });
    expect((await within(dialog).findByRole('alert')).textContent).toBe(
      'The portal did not list its departments: this webhook or app lacks the "department" scope (insufficient_scope). Add the Company structure (department) scope to it, or choose users below.',
    );
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Maria Garcia' }));
    expect(within(dialog).getByRole('button', { name: 'Apply to 1 user' })).toHaveProperty('disabled', false);
  });

  it('an access refusal names the answer; in Russian the count and the refusal read in Russian', async () => {
    renderDialog(portal(fail(403, 'ACCESS_DENIED', 'Access denied!')), 'ru');
    const refused = screen.getByRole('dialog', { name: 'Применить к сотрудникам' });
    expect((await within(refused).findByRole('alert')).textContent).toBe(
      'Портал отказал в списке подразделений или их сотрудников (ACCESS_DENIED: Access denied!). Обратитесь к администратору портала или выберите сотрудников ниже.',
    );
    document.body.innerHTML = '';

    renderDialog(portal(), 'ru');
    const dialog = screen.getByRole('dialog', { name: 'Применить к сотрудникам' });
    const departments = await within(dialog).findByRole('list', { name: 'Подразделения' });
    await userEvent.click(within(departments).getByRole('checkbox', { name: 'Company' }));
    expect(
      await within(dialog).findByText('5 работающих сотрудников в выбранных подразделениях.'),
    ).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Применить к 5 сотрудникам' })).toBeTruthy();
    expect(within(dialog).getByRole('checkbox', { name: 'Включая вложенные подразделения' })).toBeTruthy();
  });
});
