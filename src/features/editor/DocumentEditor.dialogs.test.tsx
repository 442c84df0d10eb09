// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { Layout } from '../../domain/types';
import type { Lang } from '../../i18n/types';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setLang } from '../../i18n/i18nStore';
import { aLayout } from '../../testing/builders';
import { LAYOUT, renderLeadEditor } from '../../testing/leadEditor';
import { openDialogsByAttribute } from '../../testing/renderDocument';
// the dialogs are fetched on first use in the app; here they are loaded already
import './canvas/DeleteSectionDialog';
import './canvas/ElementOptionsDialog';
import './canvas/SectionSettingsDialog';

beforeAll(openDialogsByAttribute);
beforeEach(() => localStorage.clear());
afterEach(() => setLang('en', false));

/** The editor in `lang`, and the dialog the button named `button` opens. */
async function openDialog(
  lang: Lang,
  button: string | RegExp,
  dialog: string | RegExp,
  layout: Layout = LAYOUT,
): Promise<{ user: UserEvent; dialog: HTMLElement }> {
  setLang(lang, false);
  const user = userEvent.setup();
  renderLeadEditor(lang, { layout });
  await user.click(screen.getByRole('button', { name: button }));
  return { user, dialog: await screen.findByRole('dialog', { name: dialog }) };
}

describe('the section and field dialogs of the editor', () => {
  it("show a portal section's name read-only: the portal keeps it for life", async () => {
    const { user, dialog } = await openDialog('ru', 'Настройки раздела «Main»', 'Раздел «Main»');
    const name = within(dialog).getByRole('textbox', { name: 'Имя раздела (хранится на портале)' });
    expect((name as HTMLInputElement).readOnly).toBe(true);
    expect((name as HTMLInputElement).value).toBe('main');
    expect(within(dialog).getByText(/Портал хранит имя раздела неизменным/)).toBeTruthy();
    // what the portal lets a user do with the section
    expect(within(dialog).getByText('Можно добавлять поля')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Закрыть' }));
    expect(screen.queryByRole('dialog', { name: 'Раздел «Main»' })).toBeNull();
  });

  it("let a Russian speaker find a phone's default country by its Russian name", async () => {
    const { user, dialog } = await openDialog('ru', 'Параметры поля «Телефон»', 'Параметры поля «Телефон»');
    await user.type(within(dialog).getByRole('searchbox', { name: 'Поиск страны' }), 'герм');
    const countries = within(dialog).getByRole('listbox', { name: 'Страна по умолчанию' });
    expect(
      within(countries)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Как на портале', 'Германия (DE), +49']);
  });

  it("offer every address type as an address's default, or the portal's own choice", async () => {
    const address = aLayout().section('main', ['TITLE', 'ADDRESS'], { title: 'Main' }).build();
    const { dialog } = await openDialog('ru', /^Параметры поля/, /^Параметры поля/, address);
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

  it.each([
    [
      'en',
      'Delete section Main',
      'Delete section "Main"?',
      /^Its 4 fields go back to the field list\. Nothing is sent to the portal until you save\.$/,
    ],
    ['ru', 'Удалить раздел «Main»', 'Удалить раздел «Main»?', /^4 поля раздела вернутся в список полей\./],
  ] as const)(
    'before deleting a section (%s), tell how many of its fields go back to the list',
    async (lang, button, title, told) => {
      const { dialog } = await openDialog(lang, button, title);
      expect(within(dialog).getByText(told)).toBeTruthy();
      // nothing is gone until the user confirms
      expect(screen.getByRole('region', { name: 'Main' })).toBeTruthy();
    },
  );

  it('delete a section only when confirmed, its fields back in the list', async () => {
    const { user, dialog } = await openDialog('ru', 'Удалить раздел «Main»', 'Удалить раздел «Main»?');
    await user.click(within(dialog).getByRole('button', { name: 'Удалить раздел' }));
    expect(screen.queryByRole('region', { name: 'Main' })).toBeNull();
    const palette = screen.getByRole('region', { name: 'Поля' });
    expect(
      within(palette).getByRole('button', { name: 'Перетащите поле «Телефон» в карточку' }),
    ).toBeTruthy();
  });
});
