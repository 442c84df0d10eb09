import { describe, expect, it } from 'vitest';
import { translate } from '../../i18n/i18nStore';
import { FrameBridgeError, FrameTimeoutError } from './bridge';
import { sessionErrorText } from './sessionErrorText';

const PORTAL = 'https://b24-x.bitrix24.com';

describe('sessionErrorText', () => {
  it('keeps the English words of the bridge', () => {
    const en = translate('en');
    for (const e of [
      new FrameBridgeError('noToken', 'The portal sent init data without an access token.'),
      new FrameBridgeError('notJson', 'The portal answered with a message that is not JSON.'),
      new FrameBridgeError('closed', 'The frame bridge is closed.'),
      new FrameBridgeError('noNewToken', 'The portal sent no new access token.'),
      new FrameBridgeError('postFailed', 'Blocked a frame with origin "x".'),
    ])
      expect(sessionErrorText(e, en, PORTAL)).toBe(e.message);
    expect(sessionErrorText(new FrameTimeoutError('getInitData', 10_000), en, PORTAL)).toBe(
      'The portal page (https://b24-x.bitrix24.com) did not answer. Reload the page; if this keeps happening, reinstall the app.',
    );
  });

  it('says what went wrong in Russian, quoting what the browser said', () => {
    const ru = translate('ru');
    expect(sessionErrorText(new FrameBridgeError('noToken', 'x'), ru, PORTAL)).toBe(
      'Портал передал данные для запуска без ключа доступа.',
    );
    expect(sessionErrorText(new FrameBridgeError('notJson', 'x'), ru, PORTAL)).toBe(
      'Портал ответил сообщением не в формате JSON.',
    );
    expect(
      sessionErrorText(new FrameBridgeError('postFailed', 'Blocked a frame with origin "x".'), ru, PORTAL),
    ).toBe('Не удалось отправить сообщение порталу: Blocked a frame with origin "x".');
    expect(sessionErrorText(new FrameTimeoutError('getInitData', 10_000), ru, PORTAL)).toContain(PORTAL);
  });
});
