// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLang } from '../../i18n/i18nStore';
import type { WebhookAccepted, WebhookRefused } from './checkWebhook';
import { ConnectScreen, type CurrentConnectionInfo } from './ConnectScreen';
import { WebhookForm } from './WebhookForm';

const WEBHOOK: CurrentConnectionInfo = {
  kind: 'webhook',
  label: 'b24-x.bitrix24.com · Olga Smirnova',
  maskedUrl: 'https://b24-x.bitrix24.com/rest/7/s3…ue/',
  remembered: true,
};

function renderScreen(current: CurrentConnectionInfo | null = WEBHOOK, demoAvailable = true) {
  const props = {
    onConnected: vi.fn<(webhook: WebhookAccepted, remember: boolean) => void>(),
    onUseDemo: vi.fn<() => void>(),
    onDisconnect: vi.fn<() => void>(),
    onClose: vi.fn<() => void>(),
  };
  render(<ConnectScreen current={current} {...props} onUseDemo={demoAvailable ? props.onUseDemo : null} />);
  return props;
}

describe('connecting, for a Russian-speaking user', () => {
  beforeEach(() => setLang('ru', false));
  afterEach(() => setLang('en', false));

  it('shows the portal connected to with its secret masked, and how to get a webhook; focus starts on the heading', () => {
    renderScreen();
    const screenRegion = screen.getByRole('region', { name: 'Подключение' });
    expect(screen.getByRole('heading', { name: 'Подключение', level: 2 })).toBe(document.activeElement);
    const current = within(screenRegion).getByRole('group', { name: 'Текущее подключение' });
    expect(current.textContent).toContain('Подключено к');
    expect(current.textContent).toContain('b24-x.bitrix24.com · Olga Smirnova');
    expect(current.textContent).toContain(
      'https://b24-x.bitrix24.com/rest/7/s3…ue/ запомнен на этом устройстве',
    );
    expect(within(current).getByRole('button', { name: 'Отключить' })).toBeTruthy();
    expect(within(current).getByRole('button', { name: 'Вернуться в редактор' })).toBeTruthy();

    const form = screen.getByRole('form', { name: 'Подключение через входящий вебхук' });
    const input = within(form).getByRole('textbox', { name: 'Адрес вебхука' });
    expect(input.getAttribute('placeholder')).toBe('https://ваш-портал.bitrix24.ru/rest/1/abcdef123456/');
    const hint = document.getElementById(input.getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent).toBe(
      'На портале: Разработчикам → Другое → Входящий вебхук. Отметьте права crm и user, сохраните и скопируйте показанный адрес.',
    );
    expect(hint?.querySelector('strong')?.textContent).toBe('Разработчикам → Другое → Входящий вебхук');
    expect([...(hint?.querySelectorAll('code') ?? [])].map((c) => c.textContent)).toEqual(['crm', 'user']);
    expect(within(form).getByRole('checkbox', { name: 'Запомнить на этом устройстве' })).toBeTruthy();
    expect(form.textContent).toContain('Хранится только в этой вкладке браузера');
    expect(within(form).getByRole('button', { name: 'Подключить' })).toBeTruthy();

    expect(screen.getByRole('heading', { name: 'Демо-портал' })).toBeTruthy();
    expect(screen.getByText(/Ничто из сделанного там не попадёт на настоящий портал/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Перейти на демо-портал' })).toBeTruthy();
    expect(screen.getByText(/Секретный ключ вебхука передаётся только вашему порталу/)).toBeTruthy();
  });

  it('without a connection invites to connect; the demo portal cannot be chosen outside the emulator', () => {
    renderScreen(null, false);
    expect(
      screen.getByText(
        'Подключите Lead Card Studio к своему порталу Битрикс24, чтобы редактировать виды карточек CRM: лидов, сделок, контактов, компаний, предложений, счетов и смарт-процессов.',
      ),
    ).toBeTruthy();
    expect(screen.getByText(/Доступен, только когда приложение запущено/)).toBeTruthy();
    expect(
      (screen.getByRole('button', { name: 'Перейти на демо-портал' }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });

  it('goes back to the editor without touching the connection', async () => {
    const { onClose, onDisconnect } = renderScreen();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Вернуться в редактор' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(onDisconnect).not.toHaveBeenCalled();
  });

  it('keeps the focus on the screen when the connection is dropped', async () => {
    const { onDisconnect } = renderScreen();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Отключить' }));
    expect(onDisconnect).toHaveBeenCalledTimes(1);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Подключение', level: 2 }));
  });

  it('warns that a remembered webhook can be read by anyone using this browser profile', async () => {
    renderScreen();
    await userEvent.setup().click(screen.getByRole('checkbox', { name: 'Запомнить на этом устройстве' }));
    expect(screen.getByRole('note').textContent).toBe(
      'Внимание: в адресе вебхука есть его секретный ключ. Любой, кто работает в этом профиле браузера, сможет прочитать его и действовать на портале от имени этого сотрудника. Отмечайте, только если это ваше устройство; кнопка «Отключить» удаляет его.',
    );
  });

  it('refuses a URL that is not a webhook: says why, marks the field and puts focus back on it', async () => {
    renderScreen();
    const user = userEvent.setup();
    const input = screen.getByRole('textbox', { name: 'Адрес вебхука' });
    await user.type(input, 'https://portal.bitrix24.com/crm/lead/');
    await user.click(screen.getByRole('button', { name: 'Подключить' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'Это не адрес вебхука. В адресе нет части /rest/USER_ID/SECRET/ — скопируйте адрес вебхука целиком.',
    );
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')?.split(' ')).toContain(alert.id);
    expect(document.activeElement).toBe(input);
  });
});

describe('connecting, for an English-speaking user', () => {
  it('on the demo portal shows no webhook; an empty URL is refused with where to find one', async () => {
    setLang('en', false);
    renderScreen({ kind: 'demo', label: 'Demo portal · Demo Admin' });
    expect(screen.getByRole('heading', { name: 'Connection', level: 2 })).toBeTruthy();
    const current = screen.getByRole('group', { name: 'Current connection' });
    expect(current.textContent).toBe('Connected toDemo portal · Demo AdminBack to the editor');
    const form = screen.getByRole('form', { name: 'Connect with an inbound webhook' });
    const input = within(form).getByRole('textbox', { name: 'Webhook URL' });
    expect(input.getAttribute('placeholder')).toBe('https://your-portal.bitrix24.com/rest/1/abcdef123456/');
    expect(form.textContent).toContain(
      'On the portal: Developer resources → Other → Inbound webhook. Tick the crm and user scopes, save, and copy the URL it shows.',
    );
    expect(form.textContent).toContain('Kept for this browser tab only: closing the tab forgets it.');
    const user = userEvent.setup();
    await user.click(within(form).getByRole('checkbox', { name: 'Remember on this device' }));
    expect(screen.getByRole('note').textContent).toBe(
      'Warning: the webhook URL contains its secret. Anyone who uses this browser profile can read it and act on the portal as its user. Tick this only on your own device; Disconnect removes it.',
    );
    await user.click(within(form).getByRole('button', { name: 'Connect' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Not a webhook URL. Paste the webhook URL from the portal (Developer resources → Other → Inbound webhook).',
    );
    expect(screen.getByRole('button', { name: 'Use the demo portal' })).toBeTruthy();
    expect(
      screen.getByText(
        'The webhook secret is sent only to your portal. This app never puts it into the page address, its logs or its error messages, and shows it masked.',
      ),
    ).toBeTruthy();
  });
});

describe('WebhookForm', () => {
  afterEach(() => setLang('en', false));

  it("quotes the portal's refusal verbatim and follows a language switch without a new check", async () => {
    const refusal: WebhookRefused = {
      ok: false,
      problem: 'refused',
      message: 'b24-x.bitrix24.com refused the check: ACCESS_DENIED: Access denied..',
      text: {
        key: 'connect.check.refused',
        params: { host: 'b24-x.bitrix24.com', answer: 'ACCESS_DENIED: Access denied.' },
      },
    };
    let release: (r: WebhookRefused | WebhookAccepted) => void = () => undefined;
    const check = vi.fn<(url: string) => Promise<WebhookRefused | WebhookAccepted>>(
      () =>
        new Promise<WebhookRefused | WebhookAccepted>((resolve) => {
          release = resolve;
        }),
    );
    setLang('ru', false);
    render(<WebhookForm onConnected={vi.fn<() => void>()} check={check} />);
    const user = userEvent.setup();
    await user.type(
      screen.getByRole('textbox', { name: 'Адрес вебхука' }),
      'https://b24-x.bitrix24.com/rest/7/x/',
    );
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Проверка…' })).toBeTruthy();
    await act(async () => release(refusal));
    expect(screen.getByRole('alert').textContent).toBe(
      'Портал отказал. b24-x.bitrix24.com отклонил проверку: «ACCESS_DENIED: Access denied.».',
    );
    act(() => setLang('en', false));
    expect(screen.getByRole('alert').textContent).toBe(
      'The portal refused. b24-x.bitrix24.com refused the check: ACCESS_DENIED: Access denied..',
    );
    expect(check).toHaveBeenCalledTimes(1);
  });
});
