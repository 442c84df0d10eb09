// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { setLang } from '../../../i18n/i18nStore';
import { FirstRunTips } from './FirstRunTips';
import { createTipsStore, tipsStore } from './tipsStore';

const tipText = (name = 'Tips') =>
  screen.getByRole('complementary', { name }).querySelector('.tips-text')?.textContent;

describe('first-run tips', () => {
  beforeEach(() => {
    localStorage.clear();
    setLang('en', false);
    act(() => tipsStore.getState().showAgain());
  });

  it('shows one tip at a time, steps through them, and forgets nothing it was told', () => {
    render(<FirstRunTips />);
    expect(tipText()).toMatch(/^Tip 1 of 5: Drag a field from the list/);
    fireEvent.click(screen.getByRole('button', { name: 'Next tip' }));
    expect(tipText()).toMatch(/^Tip 2 of 5: An empty field is hidden/);

    fireEvent.click(screen.getByRole('button', { name: 'Got it' }));
    // the retired tip is gone; the next one takes its place
    expect(tipText()).toMatch(/^Tip 2 of 4: Save as the common layout/);
    expect(JSON.parse(localStorage.getItem('lcs:tips-seen') ?? '[]')).toEqual(['help.tips.alwaysShow']);
    // a new page on this device starts from what was stored
    expect(createTipsStore().getState().seen).toEqual(['help.tips.alwaysShow']);
  });

  it('hides every tip for good, and the shortcuts sheet can bring them back', () => {
    render(<FirstRunTips />);
    fireEvent.click(screen.getByRole('button', { name: 'Hide all tips' }));
    expect(screen.queryByRole('complementary', { name: 'Tips' })).toBeNull();
    expect(createTipsStore().getState().seen).toHaveLength(5);
    act(() => tipsStore.getState().showAgain());
    expect(tipText()).toMatch(/^Tip 1 of 5/);
  });

  it('the last tip has no "next" and retiring it removes the band', () => {
    for (const tip of [
      'help.tips.drag',
      'help.tips.alwaysShow',
      'help.tips.scopes',
      'help.tips.preview',
    ] as const)
      act(() => tipsStore.getState().dismiss(tip));
    render(<FirstRunTips />);
    expect(tipText()).toMatch(/^Tip 1 of 1: Press \? at any time/);
    expect(screen.queryByRole('button', { name: 'Next tip' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Got it' }));
    expect(screen.queryByRole('complementary', { name: 'Tips' })).toBeNull();
  });

  it('speaks Russian, with the count in words a screen reader reads', () => {
    act(() => setLang('ru', false));
    render(<FirstRunTips />);
    expect(tipText('Подсказки')).toMatch(/^Подсказка 1 из 5: Перетащите поле из списка слева/);
    expect(screen.getByRole('button', { name: 'Понятно' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Скрыть все подсказки' })).toBeTruthy();
  });

  it('survives a storage that holds garbage', () => {
    localStorage.setItem('lcs:tips-seen', '{not json');
    expect(createTipsStore().getState().seen).toEqual([]);
    localStorage.setItem('lcs:tips-seen', JSON.stringify(['help.tips.keys', 'nonsense', 3]));
    expect(createTipsStore().getState().seen).toEqual(['help.tips.keys']);
  });
});
