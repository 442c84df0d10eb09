// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { LoadedLayout } from '../../api/methods/layoutMapping';
import { fail, fakeFetch, ok, testClient, type FakeReply } from '../../api/testing/fakeFetch';
import { cardFieldsFor } from '../../domain/cardFields';
import type { Layout } from '../../domain/types';
import { setLang } from '../../i18n/i18nStore';
// the dialogs are fetched on first use in the app; here they are loaded already
import './canvas/DeleteSectionDialog';
import './canvas/ElementOptionsDialog';
import './canvas/SectionSettingsDialog';
import type { Lang } from '../../i18n/types';
import { createDocumentRegistry, DocumentRegistryContext } from '../../store/documents';
import type { DocumentKey } from '../../store/documentKey';
import { saveDraft } from '../../store/draftStorage';
import { aField, aLayout, anElement, aPortalFields } from '../../testing/builders';
import { toastStore } from '../../ui/toastStore';
import { DocumentEditor } from './DocumentEditor';
import { EditorSkeleton } from './EditorSkeleton';
import { userName } from './users/userName';

const FIELDS = aPortalFields({
  UF_CRM_BUDGET: aField('UF_CRM_BUDGET').labelled('Budget').required(),
});
const COMMON: DocumentKey = { scope: 'C', userId: null, card: { entity: 'lead', leadType: 'simple' } };
const STORAGE = 'test~user1';

// Section titles and user-field labels are the portal's data: they stay as stored in any language.
const LAYOUT = aLayout()
  .section(
    'main',
    [
      anElement('TITLE').alwaysShown(),
      anElement('PHONE').withExtra({ title: 'Mobile' }),
      'EMAIL',
      'UF_CRM_BUDGET',
    ],
    // settings saying it may go, so the delete dialog's texts can be read
    { title: 'Main', extra: { data: { isRemovable: true } } },
  )
  .section('extra', [], { title: 'Extra' })
  .build();

function renderEditor(
  lang: Lang,
  {
    layout = LAYOUT,
    docKey = COMMON,
    loaded = { layout, notices: [] },
    reply = ok(true),
  }: { layout?: Layout; docKey?: DocumentKey; loaded?: LoadedLayout | null; reply?: FakeReply } = {},
) {
  const client = testClient(fakeFetch(() => reply)).client;
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
          docKey={docKey}
          loaded={loaded}
          common={null}
          cardFields={cardFieldsFor(
            docKey.card.entity === 'lead' ? docKey.card.leadType : 'simple',
            FIELDS,
            lang,
          )}
          userLabel={undefined}
          fields={FIELDS}
          renderPreview={undefined}
        />
      </DocumentRegistryContext.Provider>
    </QueryClientProvider>,
  );
}

beforeAll(() => {
  // jsdom has no modal dialogs: open and close the native <dialog> by its attribute
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

beforeEach(() => localStorage.clear());
afterEach(() => {
  setLang('en', false);
  toastStore.setState({ toasts: [] });
});

describe('the editor pieces in Russian', () => {
  beforeEach(() => setLang('ru', false));

  it('speaks Russian on the card, its sections and fields; portal titles stay as stored', () => {
    renderEditor('ru');
    expect(screen.getByText('Общий вид карточки').parentElement?.textContent).toBe(
      'Общий вид карточки простых лидов: его видят все, у кого карточка в общем виде.',
    );
    const main = screen.getByRole('region', { name: 'Main' });
    expect(within(main).getByRole('button', { name: 'Переместить раздел «Main»' })).toBeTruthy();
    expect(within(main).getByRole('button', { name: 'Переименовать раздел «Main»' })).toBeTruthy();
    expect(within(main).getByText('4 поля')).toBeTruthy();
    expect(within(main).getByRole('button', { name: 'Настройки раздела «Main»' }).textContent).toBe(
      'Настройки',
    );
    expect(within(main).getByRole('button', { name: 'Удалить раздел «Main»' }).textContent).toBe('Удалить');
    expect(within(main).getByRole('list', { name: 'Поля раздела «Main»' })).toBeTruthy();
    expect(within(main).getByTitle('Имя раздела на портале').textContent).toBe('main');
    const extra = screen.getByRole('region', { name: 'Extra' });
    expect(within(extra).getByText('Перетащите сюда поля')).toBeTruthy();
    expect(within(extra).getByText('0 полей')).toBeTruthy();

    const phone = within(main).getByRole('listitem', { name: 'Телефон' });
    expect(within(phone).getByRole('button', { name: 'Переместить поле «Телефон»' })).toBeTruthy();
    const always = within(phone).getByRole('button', { name: 'Показывать всегда: Телефон' });
    expect(always.getAttribute('title')).toBe('Показывать поле, даже если оно не заполнено');
    expect(within(phone).getByRole('button', { name: 'Параметры поля «Телефон»' }).textContent).toBe(
      'Параметры',
    );
    expect(within(phone).getByRole('button', { name: 'Убрать поле «Телефон» из карточки' })).toBeTruthy();
    expect(
      within(phone).getByTitle('Переименовано на портале: через REST новое название не сохранить'),
    ).toBeTruthy();
    const budget = within(main).getByRole('listitem', { name: 'Budget' });
    expect(within(budget).getByTitle('Обязательное поле').textContent).toBe('обязательное');

    const palette = screen.getByRole('region', { name: 'Поля' });
    const placed = within(palette).getByRole('listitem', { name: 'Телефон' });
    expect(within(placed).getByRole('button', { name: 'Телефон (уже в карточке)' })).toBeTruthy();
    expect(within(placed).getByText('в карточке')).toBeTruthy();
    expect(
      within(palette).getByRole('button', { name: 'Перетащите поле «Должность» в карточку' }),
    ).toBeTruthy();
  });

  it('asks in Russian in the section settings, options and delete dialogs', async () => {
    const user = userEvent.setup();
    renderEditor('ru');
    const main = screen.getByRole('region', { name: 'Main' });

    await user.click(within(main).getByRole('button', { name: 'Настройки раздела «Main»' }));
    let dialog = await screen.findByRole('dialog', { name: 'Раздел «Main»' });
    // a section on the portal keeps its name for life: shown, not edited
    const name = within(dialog).getByRole('textbox', { name: 'Имя раздела (хранится на портале)' });
    expect((name as HTMLInputElement).readOnly).toBe(true);
    expect(within(dialog).getByText(/Портал хранит имя раздела неизменным/)).toBeTruthy();
    expect(within(dialog).getByText('Можно добавлять поля')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Закрыть' }));

    await user.click(within(main).getByRole('button', { name: 'Параметры поля «Телефон»' }));
    dialog = await screen.findByRole('dialog', { name: 'Параметры поля «Телефон»' });
    await user.type(within(dialog).getByRole('searchbox', { name: 'Поиск страны' }), 'герм');
    const countries = within(dialog).getByRole('listbox', { name: 'Страна по умолчанию' });
    expect(
      within(countries)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Как на портале', 'Германия (DE), +49']);
    await user.click(within(dialog).getByRole('button', { name: 'Отмена' }));

    await user.click(within(main).getByRole('button', { name: 'Удалить раздел «Main»' }));
    dialog = await screen.findByRole('dialog', { name: 'Удалить раздел «Main»?' });
    expect(within(dialog).getByText(/^4 поля раздела вернутся в список полей\./)).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Удалить раздел' })).toBeTruthy();
  });

  it('names the address types in Russian in the options of the address', async () => {
    const user = userEvent.setup();
    renderEditor('ru', {
      layout: aLayout().section('main', ['TITLE', 'ADDRESS'], { title: 'Main' }).build(),
    });
    await user.click(screen.getByRole('button', { name: /^Параметры поля/ }));
    const dialog = await screen.findByRole('dialog', { name: /^Параметры поля/ });
    const select = within(dialog).getByRole('combobox', { name: /Тип адреса по умолчанию/ });
    expect([...(select as HTMLSelectElement).options].map((o) => o.text)).toEqual([
      'Как на портале',
      'Фактический адрес',
      'Адрес регистрации',
      'Юридический адрес',
      'Адрес бенефициара',
      'Адрес доставки',
    ]);
  });

  it("lists the check's findings in Russian, quoting the portal's own refusal", async () => {
    const user = userEvent.setup();
    const layout = aLayout()
      .section('main', [anElement('TITLE').alwaysShown(), 'PHONE', 'PHONE'], { title: 'Main' })
      .section('main', [anElement('UF_CRM_BUDGET').alwaysShown()], { id: 'twin', title: 'Twin' })
      .section('blank', [anElement('POST').alwaysShown()], { title: ' ' })
      .build();
    renderEditor('ru', { layout });
    await user.click(screen.getByRole('button', { name: /^Проверка \(/ }));
    const panel = screen.getByRole('complementary', { name: 'Проверка вида карточки' });
    expect(within(panel).getByText('2 ошибки · 1 предупреждение · замечаний нет')).toBeTruthy();
    const items = within(panel)
      .getAllByRole('button', { name: /./ })
      .filter((b) => b.title !== '');
    expect(items.map((b) => b.textContent)).toEqual([
      'ОшибкаУ разделов «Main» и «Twin» одинаковое имя на портале — «main»; карточка не сможет их различить.',
      'ОшибкаПортал не примет этот вид карточки: «Section at index 2 does not have title.»',
      'ПредупреждениеПоле «Телефон» размещено дважды («Main»).',
    ]);
    expect(items[0]?.title).toBe('Показать место в карточке');
    expect(within(panel).getByRole('button', { name: 'Закрыть проверку вида карточки' })).toBeTruthy();
  });

  it('confirms saving over check errors, reset and "everyone\'s" in Russian', async () => {
    const user = userEvent.setup();
    const layout = aLayout()
      .section('main', [anElement('TITLE').alwaysShown(), 'UF_CRM_BUDGET'], { title: 'Main' })
      .section('main', [anElement('POST').alwaysShown()], { id: 'twin', title: 'Twin' })
      .build();
    renderEditor('ru', { layout });
    await user.click(screen.getByRole('button', { name: 'Сохранить' }));
    let dialog = screen.getByRole('dialog', { name: 'Проверка вида карточки нашла ошибки' });
    expect(within(dialog).getByRole('listitem').textContent).toBe(
      'У разделов «Main» и «Twin» одинаковое имя на портале — «main»; карточка не сможет их различить.',
    );
    expect(within(dialog).getByText(/^Портал примет вид карточки, но карточка будет выглядеть/)).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Посмотреть в проверке' })).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Всё равно сохранить' })).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Отмена' }));

    await user.click(screen.getByRole('button', { name: 'Сбросить к виду портала' }));
    dialog = screen.getByRole('dialog', { name: 'Сбросить к виду портала по умолчанию?' });
    expect(dialog.textContent).toContain(
      'Сохранённый общий вид карточки простых лидов будет удалён на портале, а этот черновик заменится стандартным видом портала.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Отмена' }));

    await user.click(screen.getByRole('button', { name: 'Общий вид — всем' }));
    dialog = screen.getByRole('dialog', { name: 'Удалить все личные виды карточки?' });
    expect(dialog.textContent).toContain(
      'Личные виды карточки простых лидов всех сотрудников портала будут удалены',
    );
    expect(within(dialog).getByRole('button', { name: 'Удалить все личные виды' })).toBeTruthy();
  });

  it('warns of renamed labels and tells a refused save in Russian, quoting the portal', async () => {
    const user = userEvent.setup();
    renderEditor('ru', { reply: fail(400, '', 'Access denied.') });
    await user.click(screen.getByRole('button', { name: 'Сохранить' }));
    const dialog = screen.getByRole('dialog', { name: 'Портал сбросит переименованные названия полей' });
    expect(dialog.textContent).toContain(
      'Эти поля переименованы в редакторе карточки на самом портале: PHONE. REST API не умеет хранить новые названия',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Всё равно сохранить' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(
      /^Портал отвечает «Access denied\.»: .* Ваши изменения остаются в редакторе\.$/,
    );
    expect(toastStore.getState().toasts.map((t) => t.text)).toEqual([
      expect.stringMatching(/^Вид карточки не сохранён: Портал отвечает «Access denied\.»/),
    ]);
  });

  it('offers a kept draft back in Russian, and tells the restore in Russian', async () => {
    const user = userEvent.setup();
    // the draft was made from an older saved layout ("Extra" was "Old" then): restoring merges both
    const base = aLayout()
      .section('main', LAYOUT.sections[0]?.elements ?? [], { title: 'Main' })
      .section('extra', [], { title: 'Old' })
      .build();
    const draft = aLayout()
      .section('main', LAYOUT.sections[0]?.elements ?? [], { title: 'Main' })
      .section('extra', ['POST'], { title: 'Old' })
      .build();
    saveDraft(localStorage, {
      portalId: STORAGE,
      key: COMMON,
      draft,
      base,
      savedAt: new Date().toISOString(),
    });
    renderEditor('ru');
    const offer = screen.getByRole('region', { name: 'Несохранённый черновик' });
    expect(offer.textContent).toMatch(
      /^У вас есть несохранённые изменения от \d\d:\d\d — они хранятся в этом браузере для этого вида карточки\.ВосстановитьОтбросить$/,
    );
    await user.click(within(offer).getByRole('button', { name: 'Восстановить' }));
    expect(screen.queryByRole('region', { name: 'Несохранённый черновик' })).toBeNull();
    expect(within(screen.getByRole('region', { name: 'Extra' })).getByText('1 поле')).toBeTruthy();
    expect(toastStore.getState().toasts.map((t) => t.text)).toEqual([
      'Восстановлено вместе с изменениями, сохранёнными на портале за это время.',
    ]);
  });

  it('says whose personal layout it is, and when the portal default is shown', () => {
    renderEditor('ru', {
      docKey: { scope: 'P', userId: 7, card: { entity: 'lead', leadType: 'repeat' } },
      loaded: null,
    });
    // the name sits in its own <bdi>
    expect(screen.getByText(/^Личный вид карточки \(/).parentElement?.textContent).toBe(
      'Личный вид карточки (сотрудник 7) для повторных лидов. Он действует, только пока у этого сотрудника карточка в личном виде; сохранение здесь не переключает его вид.',
    );
    expect(screen.getByRole('note').textContent).toBe(
      'сотрудник 7: личного вида карточки нет, общий вид не сохранён, поэтому здесь показан вид портала по умолчанию — так карточка выглядит у сотрудника сейчас.',
    );
    expect(userName({ ID: '7', NAME: '', LAST_NAME: null })).toBe('Сотрудник 7');
  });

  it('announces loading in Russian', () => {
    render(<EditorSkeleton />);
    expect(screen.getByLabelText('Загрузка карточки').getAttribute('aria-busy')).toBe('true');
    expect(screen.getByRole('status').textContent).toBe('Загрузка списка полей и вида карточки…');
  });
});

describe('the editor pieces in English (unchanged)', () => {
  it('keeps the English texts as they were', async () => {
    const user = userEvent.setup();
    renderEditor('en');
    expect(screen.getByText('Common layout').parentElement?.textContent).toBe(
      'Common layout of simple leads: everyone whose card is in common view sees it.',
    );
    const main = screen.getByRole('region', { name: 'Main' });
    expect(within(main).getByText('4 fields')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Extra' })).getByText('Drag fields here')).toBeTruthy();
    const phone = within(main).getByRole('listitem', { name: 'Phone' });
    expect(within(phone).getByRole('button', { name: 'Always show: Phone' })).toBeTruthy();
    expect(within(phone).getByRole('button', { name: 'Remove Phone from the card' })).toBeTruthy();
    expect(within(phone).getByText('renamed')).toBeTruthy();
    const palette = screen.getByRole('region', { name: 'Fields' });
    expect(within(palette).getByRole('button', { name: 'Phone (on the card)' })).toBeTruthy();
    expect(within(palette).getByRole('button', { name: 'Drag Position onto the card' })).toBeTruthy();

    await user.click(within(main).getByRole('button', { name: 'Delete section Main' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete section "Main"?' });
    expect(within(dialog).getByText(/^Its 4 fields go back/).textContent).toBe(
      'Its 4 fields go back to the field list. Nothing is sent to the portal until you save.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    await user.click(screen.getByRole('button', { name: /^Check \(/ }));
    const panel = screen.getByRole('complementary', { name: 'Layout check' });
    expect(within(panel).getByText('no errors · 2 warnings · no notes')).toBeTruthy();
    expect(
      within(panel).getByText(
        'Phone has the label "Mobile" renamed in the portal; saving through the REST API resets it to Phone.',
      ),
    ).toBeTruthy();
    expect(userName({ ID: '7', NAME: '', LAST_NAME: null })).toBe('User 7');
  });

  it('tells a failed draft storage in the interface language', async () => {
    const quota = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw quota;
    };
    try {
      setLang('ru', false);
      renderEditor('ru');
      const user = userEvent.setup();
      await user.click(
        within(
          within(screen.getByRole('region', { name: 'Main' })).getByRole('listitem', { name: 'Телефон' }),
        ).getByRole('button', {
          name: 'Показывать всегда: Телефон',
        }),
      );
      await act(() => new Promise((r) => setTimeout(r, 600)));
    } finally {
      Storage.prototype.setItem = setItem;
    }
    expect(toastStore.getState().toasts.map((t) => t.text)).toContain(
      'Хранилище браузера заполнено: несохранённые изменения больше не сохраняются между перезагрузками страницы.',
    );
  });
});
