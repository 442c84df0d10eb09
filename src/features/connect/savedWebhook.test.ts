import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../testing/memoryStorage';
import { forgetWebhook, loadSavedWebhook, saveWebhook, type WebhookStorages } from './savedWebhook';

const HOOK = { url: 'https://b24-x.bitrix24.com/rest/7/s3cr3t/', userName: 'Olga Smirnova' };
const storages = (): WebhookStorages & { session: Storage; local: Storage } => ({
  session: memoryStorage(),
  local: memoryStorage(),
});

describe('saved webhook', () => {
  it('keeps the webhook for this tab only by default', () => {
    const s = storages();
    saveWebhook(s, HOOK, false);
    expect(s.local.length).toBe(0);
    expect(loadSavedWebhook(s)).toEqual({ ...HOOK, remembered: false });
    expect(loadSavedWebhook({ session: memoryStorage(), local: s.local })).toBeNull(); // a new tab
  });

  it('remembers it on this device when asked, and moves it between the two', () => {
    const s = storages();
    saveWebhook(s, HOOK, false);
    saveWebhook(s, HOOK, true);
    expect(s.session.length).toBe(0);
    expect(loadSavedWebhook({ session: memoryStorage(), local: s.local })).toEqual({
      ...HOOK,
      remembered: true,
    });
  });

  it('forgets it everywhere, and ignores what is not a valid webhook', () => {
    const s = storages();
    saveWebhook(s, HOOK, true);
    forgetWebhook(s);
    expect(loadSavedWebhook(s)).toBeNull();
    s.session.setItem('lcs:webhook', '{"v":1,"url":"javascript:alert(1)","userName":"x"}');
    s.local.setItem('lcs:webhook', 'not json');
    expect(loadSavedWebhook(s)).toBeNull();
  });

  it('works without storage (blocked by the browser)', () => {
    const none = { session: null, local: null };
    expect(saveWebhook(none, HOOK, true)).toEqual({ ...HOOK, remembered: true });
    expect(loadSavedWebhook(none)).toBeNull();
  });
});
