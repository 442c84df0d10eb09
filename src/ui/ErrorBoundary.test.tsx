// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { setLang } from '../i18n/i18nStore';
import { Dialog } from './Dialog';
import { ErrorBoundary } from './ErrorBoundary';

/** Throws while `broken.now` is set: the region "fails to draw" until the cause is gone. */
const broken = { now: true };
function Fragile() {
  if (broken.now) throw new RangeError('Invalid code point 99999999');
  return <p>Drawn again</p>;
}

beforeAll(() => {
  // jsdom has no modal dialogs: opening one only marks it open
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function closeDialog(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

afterEach(() => {
  broken.now = true;
  setLang('en', false);
  vi.restoreAllMocks();
});

const quiet = () => vi.spyOn(console, 'error').mockImplementation(() => undefined);

describe('ErrorBoundary', () => {
  it('says which region failed and why, leaves its neighbours drawn, and tries again', async () => {
    quiet();
    render(
      <>
        <p>Neighbour</p>
        <ErrorBoundary what="The preview">
          <Fragile />
        </ErrorBoundary>
      </>,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('The preview could not be shown.');
    expect(alert.textContent).toContain('Your draft is kept');
    expect(alert.textContent).toContain('What failed: RangeError: Invalid code point 99999999');
    expect(screen.getByText('Neighbour')).toBeTruthy();

    broken.now = false;
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('Drawn again')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('speaks Russian on a Russian interface, and follows a language switch', () => {
    quiet();
    setLang('ru', false);
    render(
      <ErrorBoundary what="Предпросмотр">
        <Fragile />
      </ErrorBoundary>,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Предпросмотр: не удалось показать.');
    expect(alert.textContent).toContain('Черновик сохранён');
    expect(within(alert).getByRole('button', { name: 'Попробовать снова' })).toBeTruthy();
    act(() => setLang('en', false));
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('a dialog whose content fails keeps its title and can be closed', async () => {
    quiet();
    const onClose = vi.fn<() => void>();
    render(
      <Dialog title="Compare layouts" open onClose={onClose} actions={<button type="button">OK</button>}>
        <Fragile />
      </Dialog>,
    );
    const dialog = screen.getByRole('dialog', { name: 'Compare layouts' });
    const alert = within(dialog).getByRole('alert');
    expect(alert.textContent).toContain('The dialog "Compare layouts" could not be shown.');
    await userEvent.click(within(alert).getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledOnce();
  });
});
