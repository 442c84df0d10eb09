import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/i18nStore';
import { connectionLabelText, demoConnection, webhookConnection } from './connection';

const ORIGIN = { origin: 'http://127.0.0.1:5173', search: '' };

describe('connection labels', () => {
  it('say where the app is connected in the interface language; names of users and hosts stay', () => {
    const en = translate('en');
    const ru = translate('ru');
    const admin = demoConnection(ORIGIN).label;
    const manager = demoConnection({ ...ORIGIN, search: '?as=manager' }).label;
    expect(connectionLabelText(admin, en)).toBe('Demo portal · Demo Admin');
    expect(connectionLabelText(manager, en)).toBe('Demo portal · Demo Manager');
    expect(connectionLabelText(admin, ru)).toBe('Демо-портал · Demo Admin');
    expect(connectionLabelText(manager, ru)).toBe('Демо-портал · Demo Manager');

    const hook = webhookConnection({
      url: 'https://b24-x.bitrix24.com/rest/7/s3cr3tvalue/',
      userName: 'Olga Smirnova',
    });
    expect(connectionLabelText(hook.label, ru)).toBe('b24-x.bitrix24.com · Olga Smirnova');
    expect(JSON.stringify(hook.label)).not.toContain('s3cr3t');

    const frame = { kind: 'frame', domain: 'b24-x.bitrix24.com' } as const;
    expect(connectionLabelText(frame, en)).toBe('Bitrix24 · b24-x.bitrix24.com');
    expect(connectionLabelText(frame, ru)).toBe('Битрикс24 · b24-x.bitrix24.com');
  });
});
