import { afterEach, describe, expect, it, vi } from 'vitest';
import { documentToastKey, dropToasts, showToast, toastStore } from './toastStore';

const texts = () => toastStore.getState().toasts.map((t) => `${t.kind}:${t.text}`);

describe('toasts', () => {
  afterEach(() => {
    toastStore.setState({ toasts: [] });
    vi.useRealTimers();
  });

  it('replaces the toast of the same outcome and keeps the others', () => {
    vi.useFakeTimers();
    const save = { key: documentToastKey('C:simple', 'save') };
    showToast('info', 'Imported');
    showToast('error', 'Not saved', save);
    showToast('success', 'Saved', save);
    expect(texts()).toEqual(['info:Imported', 'success:Saved']);
  });

  it('drops a closed document’s toasts only', () => {
    vi.useFakeTimers();
    showToast('success', 'Common saved', { key: documentToastKey('C:simple', 'save') });
    showToast('success', 'Repeat saved', { key: documentToastKey('C:repeat', 'save') });
    showToast('info', 'Copied');
    dropToasts(documentToastKey('C:simple'));
    expect(texts()).toEqual(['success:Repeat saved', 'info:Copied']);
  });
});
