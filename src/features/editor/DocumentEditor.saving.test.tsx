// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fail } from '../../api/testing/fakeFetch';
import { setLang } from '../../i18n/i18nStore';
import { saveDraft } from '../../store/draftStorage';
import { aLayout, anElement } from '../../testing/builders';
import { COMMON, LAYOUT, renderLeadEditor, STORAGE } from '../../testing/leadEditor';
import { openDialogsByAttribute } from '../../testing/renderDocument';
import { toastStore } from '../../ui/toastStore';

const toasts = () => toastStore.getState().toasts.map((t) => t.text);
const TWINS =
  'У разделов «Main» и «Twin» одинаковое имя на портале — «main»; карточка не сможет их различить.';

beforeAll(openDialogsByAttribute);
beforeEach(() => {
  localStorage.clear();
  setLang('ru', false);
});
afterEach(() => {
  setLang('en', false);
  toastStore.setState({ toasts: [] });
});

describe('checking and saving a layout', () => {
  it("lists the check's findings, each leading to its place, quoting the portal's own refusal", async () => {
    const user = userEvent.setup();
    const layout = aLayout()
      .section('main', [anElement('TITLE').alwaysShown(), 'PHONE', 'PHONE'], { title: 'Main' })
      .section('main', [anElement('UF_CRM_BUDGET').alwaysShown()], { id: 'twin', title: 'Twin' })
      .section('blank', [anElement('POST').alwaysShown()], { title: ' ' })
      .build();
    renderLeadEditor('ru', { layout });
    await user.click(screen.getByRole('button', { name: /^Проверка \(/ }));
    const panel = screen.getByRole('complementary', { name: 'Проверка вида карточки' });
    expect(within(panel).getByText('2 ошибки · 1 предупреждение · замечаний нет')).toBeTruthy();
    const items = within(panel)
      .getAllByRole('button', { name: /./ })
      .filter((b) => b.title !== '');
    expect(items.map((b) => b.textContent)).toEqual([
      `Ошибка${TWINS}`,
      'ОшибкаПортал не примет этот вид карточки: «Section at index 2 does not have title.»',
      'ПредупреждениеПоле «Телефон» размещено дважды («Main»).',
    ]);
    expect(items[0]?.title).toBe('Показать место в карточке');
    await user.click(within(panel).getByRole('button', { name: 'Закрыть проверку вида карточки' }));
    expect(screen.queryByRole('complementary', { name: 'Проверка вида карточки' })).toBeNull();
  });

  it('warns that saving resets a label renamed on the portal', async () => {
    setLang('en', false);
    const user = userEvent.setup();
    renderLeadEditor('en');
    await user.click(screen.getByRole('button', { name: /^Check \(/ }));
    const panel = screen.getByRole('complementary', { name: 'Layout check' });
    expect(within(panel).getByText('no errors · 2 warnings · no notes')).toBeTruthy();
    expect(
      within(panel).getByText(
        'Phone has the label "Mobile" renamed in the portal; saving through the REST API resets it to Phone.',
      ),
    ).toBeTruthy();
  });

  it("asks before saving over check errors, resetting to the portal default, or deleting everyone's layouts", async () => {
    const user = userEvent.setup();
    const layout = aLayout()
      .section('main', [anElement('TITLE').alwaysShown(), 'UF_CRM_BUDGET'], { title: 'Main' })
      .section('main', [anElement('POST').alwaysShown()], { id: 'twin', title: 'Twin' })
      .build();
    renderLeadEditor('ru', { layout });
    await user.click(screen.getByRole('button', { name: 'Сохранить' }));
    let dialog = screen.getByRole('dialog', { name: 'Проверка вида карточки нашла ошибки' });
    expect(within(dialog).getByRole('listitem').textContent).toBe(TWINS);
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

  it("keeps the changes when the portal refuses the save, and quotes the portal's answer", async () => {
    const user = userEvent.setup();
    renderLeadEditor('ru', { reply: fail(400, '', 'Access denied.') });
    await user.click(screen.getByRole('button', { name: 'Сохранить' }));
    // first the warning that the portal resets labels renamed there
    const dialog = screen.getByRole('dialog', { name: 'Портал сбросит переименованные названия полей' });
    expect(dialog.textContent).toContain(
      'Эти поля переименованы в редакторе карточки на самом портале: PHONE. REST API не умеет хранить новые названия',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Всё равно сохранить' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(
      /^Портал отвечает «Access denied\.»: .* Ваши изменения остаются в редакторе\.$/,
    );
    expect(toasts()).toEqual([
      expect.stringMatching(/^Вид карточки не сохранён: Портал отвечает «Access denied\.»/),
    ]);
    expect(within(screen.getByRole('region', { name: 'Main' })).getByText('4 поля')).toBeTruthy();
  });
});

describe('a draft kept in the browser', () => {
  it('is offered back, and restored merged with what was saved on the portal since', async () => {
    const user = userEvent.setup();
    // the draft was made from an older saved layout ("Extra" was "Old" then): restoring merges both
    const elements = LAYOUT.sections[0]?.elements ?? [];
    const base = aLayout()
      .section('main', elements, { title: 'Main' })
      .section('extra', [], { title: 'Old' })
      .build();
    const draft = aLayout()
      .section('main', elements, { title: 'Main' })
      .section('extra', ['POST'], { title: 'Old' })
      .build();
    saveDraft(localStorage, {
      portalId: STORAGE,
      key: COMMON,
      draft,
      base,
      savedAt: new Date().toISOString(),
    });
    renderLeadEditor('ru');
    const offer = screen.getByRole('region', { name: 'Несохранённый черновик' });
    expect(offer.textContent).toMatch(
      /^У вас есть несохранённые изменения от \d\d:\d\d — они хранятся в этом браузере для этого вида карточки\.ВосстановитьОтбросить$/,
    );
    await user.click(within(offer).getByRole('button', { name: 'Восстановить' }));
    expect(screen.queryByRole('region', { name: 'Несохранённый черновик' })).toBeNull();
    expect(within(screen.getByRole('region', { name: 'Extra' })).getByText('1 поле')).toBeTruthy();
    expect(toasts()).toEqual(['Восстановлено вместе с изменениями, сохранёнными на портале за это время.']);
  });

  it('cannot be kept when the browser storage is full, and the user is told in the interface language', async () => {
    const quota = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw quota;
    };
    try {
      renderLeadEditor('ru');
      const phone = within(screen.getByRole('region', { name: 'Main' })).getByRole('listitem', {
        name: 'Телефон',
      });
      await userEvent
        .setup()
        .click(within(phone).getByRole('button', { name: 'Показывать всегда: Телефон' }));
      // the draft is written after the editing pauses
      await act(() => new Promise((r) => setTimeout(r, 600)));
    } finally {
      Storage.prototype.setItem = setItem;
    }
    expect(toasts()).toContain(
      'Хранилище браузера заполнено: несохранённые изменения больше не сохраняются между перезагрузками страницы.',
    );
  });
});
