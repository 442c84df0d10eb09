// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLang } from '../../i18n/i18nStore';
import { aLayout, anElement } from '../../testing/builders';
import { renderPreviewPanel } from './renderPreviewPanel';

const LEAD = {
  ID: '1590',
  TITLE: 'Website inquiry',
  STATUS_ID: 'NEW',
  IS_RETURN_CUSTOMER: 'N',
  ASSIGNED_BY_ID: '4',
  OPPORTUNITY: '12500',
  CURRENCY_ID: 'RUB',
  PHONE: [{ ID: '11', VALUE_TYPE: 'MOBILE', VALUE: '+7 916 555-01-23', TYPE_ID: 'PHONE' }],
};

// Section titles and field labels are the portal's and stay as they are; the lead has none of the
// five empty fields of "More" and one of "Extra".
const layout = aLayout()
  .section(
    'main',
    ['TITLE', 'STATUS_ID', anElement('EMAIL').alwaysShown(), 'PHONE', 'OPPORTUNITY_WITH_CURRENCY'],
    {
      title: 'Main',
    },
  )
  .section('more', ['POST', 'COMMENTS', 'BIRTHDATE', 'SOURCE_ID', 'UF_CRM_SIZE'], { title: 'More' })
  .section('extra', ['ASSIGNED_BY_ID', 'UF_CRM_DEMO', 'UF_CRM_TAGS'], { title: 'Extra' })
  .build();

const renderPanel = () => renderPreviewPanel(LEAD, layout);

describe('the preview, for a Russian-speaking user', () => {
  beforeEach(() => setLang('ru', false));
  afterEach(() => setLang('en', false));

  it('shows the lead as the portal stores it, amounts as Russians write them, and how many empty fields are hidden', async () => {
    renderPanel();
    const preview = screen.getByRole('region', { name: 'Предпросмотр' });
    const main = await within(preview).findByRole('region', { name: 'Предпросмотр: Main' });
    await within(preview).findByText('Anna Schmidt');

    expect(within(preview).getByRole('radiogroup', { name: 'Режим' })).toBeTruthy();
    expect(within(preview).getByRole('radio', { name: 'Просмотр' })).toBeTruthy();
    expect(within(preview).getByRole('button', { name: 'Сравнить' })).toBeTruthy();
    expect(within(preview).getByRole('button', { name: 'Создать тестовый лид' })).toBeTruthy();
    expect(within(preview).getByRole('button', { name: /^Лид/ }).textContent).toContain(
      'Website inquiry (#1590)',
    );
    expect(within(preview).getByRole('list', { name: 'Стадия' }).textContent).toContain('Unprocessed');
    expect(within(main).getByRole('group', { name: 'E-mail' }).textContent).toContain('Не заполнено');
    expect(within(main).getByRole('group', { name: 'Phone' }).textContent).toContain('Мобильный');
    const amount = within(main).getByRole('group', { name: 'Amount and currency' }).textContent ?? '';
    expect(amount.replace(/[\u00a0\u202f]/g, ' ')).toContain('12 500,00 ₽');

    // 1 поле, 2 поля, 5 полей
    const hidden = (title: string) =>
      within(preview)
        .getByRole('region', { name: `Предпросмотр: ${title}` })
        .querySelector('.pv-hidden-note')?.textContent;
    expect(hidden('More')).toBe('5 пустых полей скрыто, как на портале.');
    expect(hidden('Extra')).toBe('2 пустых поля скрыто, как на портале.');
  });

  it('in edit mode, asks to fix a phone that is not a number before sending, and says which line', async () => {
    renderPanel();
    const user = userEvent.setup();
    const preview = screen.getByRole('region', { name: 'Предпросмотр' });
    await within(preview).findByText('Anna Schmidt');
    await user.click(within(preview).getByRole('radio', { name: 'Редактирование' }));
    const phone = within(preview).getByRole('group', { name: 'Phone' });
    await user.clear(within(phone).getByRole('textbox', { name: 'Phone 1' }));
    await user.type(within(phone).getByRole('textbox', { name: 'Phone 1' }), 'позвоните мне');
    await user.click(within(preview).getByRole('button', { name: 'Сохранить' }));
    expect(
      (await within(preview).findByText(/перед отправкой/)).textContent?.startsWith(
        'Исправьте 1 поле перед отправкой.',
      ),
    ).toBe(true);
    expect(phone.textContent).toContain('Строка 1: «позвоните мне» — не номер телефона');
    expect(within(phone).getByRole('button', { name: 'Удалить: phone 1' })).toBeTruthy();
    expect(within(phone).getByRole('button', { name: '+ Ещё phone' })).toBeTruthy();
  });

  it('switches language without a reload, keeping the lead', async () => {
    setLang('en', false);
    renderPanel();
    await screen.findByText('Anna Schmidt');
    expect(screen.getByText('5 empty fields are hidden, as on the portal.')).toBeTruthy();
    act(() => setLang('ru', false));
    expect(screen.getByRole('region', { name: 'Предпросмотр' })).toBeTruthy();
    expect(screen.getByText('5 пустых полей скрыто, как на портале.')).toBeTruthy();
    expect(screen.getByText('Anna Schmidt')).toBeTruthy();
  });
});
