// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setLang } from '../../i18n/i18nStore';
import { renderLeadEditor } from '../../testing/leadEditor';
import { openDialogsByAttribute } from '../../testing/renderDocument';
import { toastStore } from '../../ui/toastStore';
import { EditorSkeleton } from './EditorSkeleton';
import { userName } from './users/userName';

beforeAll(openDialogsByAttribute);
beforeEach(() => localStorage.clear());
afterEach(() => {
  setLang('en', false);
  toastStore.setState({ toasts: [] });
});

describe('the editor in the language of the interface', () => {
  it('in Russian, works the card in Russian while portal titles and user-field labels stay as stored', () => {
    setLang('ru', false);
    renderLeadEditor('ru');
    expect(screen.getByText('Общий вид карточки').parentElement?.textContent).toBe(
      'Общий вид карточки простых лидов: его видят все, у кого карточка в общем виде.',
    );
    const main = screen.getByRole('region', { name: 'Main' });
    expect(within(main).getByRole('button', { name: 'Переместить раздел «Main»' })).toBeTruthy();
    expect(within(main).getByText('4 поля')).toBeTruthy();
    expect(within(main).getByRole('listitem', { name: 'Budget' })).toBeTruthy();
    const phone = within(main).getByRole('listitem', { name: 'Телефон' });
    expect(within(phone).getByRole('button', { name: 'Убрать поле «Телефон» из карточки' })).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Extra' })).getByText('0 полей')).toBeTruthy();
  });

  it('in English, marks required fields, fields renamed on the portal and fields already on the card', () => {
    renderLeadEditor('en');
    const main = screen.getByRole('region', { name: 'Main' });
    expect(within(main).getByText('4 fields')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Extra' })).getByText('Drag fields here')).toBeTruthy();
    expect(within(main).getByTitle('Section name stored on the portal').textContent).toBe('main');
    const budget = within(main).getByRole('listitem', { name: 'Budget' });
    expect(within(budget).getByTitle('Required').textContent).toBe('required');
    const phone = within(main).getByRole('listitem', { name: 'Phone' });
    expect(within(phone).getByText('renamed')).toBeTruthy();
    expect(within(phone).getByRole('button', { name: 'Always show: Phone' })).toBeTruthy();
    const palette = screen.getByRole('region', { name: 'Fields' });
    expect(within(palette).getByRole('button', { name: 'Phone (on the card)' })).toBeTruthy();
    expect(within(palette).getByRole('button', { name: 'Drag Position onto the card' })).toBeTruthy();
  });

  it("on someone's personal layout, says whose it is and that the portal default is shown", () => {
    setLang('ru', false);
    renderLeadEditor('ru', {
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
  });

  it('names a user without a name by number, in the language of the interface', () => {
    const nameless = { ID: '7', NAME: '', LAST_NAME: null };
    expect(userName(nameless)).toBe('User 7');
    setLang('ru', false);
    expect(userName(nameless)).toBe('Сотрудник 7');
  });

  it('while the card loads, says so and marks the editor busy', () => {
    setLang('ru', false);
    render(<EditorSkeleton />);
    expect(screen.getByLabelText('Загрузка карточки').getAttribute('aria-busy')).toBe('true');
    expect(screen.getByRole('status').textContent).toBe('Загрузка списка полей и вида карточки…');
  });
});
