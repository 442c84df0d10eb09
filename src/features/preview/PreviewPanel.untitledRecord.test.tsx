// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLang } from '../../i18n/i18nStore';
import { aLayout } from '../../testing/builders';
import { renderCardPreview } from './renderPreviewPanel';

const layout = aLayout().section('main', ['TITLE', 'COMMENTS'], { title: 'Main' }).build();

describe('the preview of an untitled company', () => {
  beforeEach(() => setLang('ru', false));
  afterEach(() => setLang('en', false));

  it('names the record by its entity and number, lists it among the records to pick, and opens it for editing', async () => {
    renderCardPreview({ entity: 'company' }, layout, {
      calls: { 'crm.company.get': { ID: '8', TITLE: null, COMMENTS: 'Поставщик' } },
      batch: { 'crm.company.list': [{ ID: '8', TITLE: null }] },
    });
    const user = userEvent.setup();
    const preview = screen.getByRole('region', { name: 'Предпросмотр' });
    expect(await within(preview).findByRole('heading', { name: 'Запись без названия' })).toBeTruthy();
    const trigger = within(preview).getByRole('button', { name: /Компания.*Без названия \(#8\)/ });
    await user.click(trigger);
    const dialog = within(preview).getByRole('dialog', { name: 'Выбор записи' });
    expect(await within(dialog).findByText('1 запись')).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: /Компания #8/ })).toBeTruthy();
    await user.click(within(preview).getByRole('radio', { name: 'Редактирование' }));
    expect(within(preview).getByRole('button', { name: 'Сохранить запись' })).toBeTruthy();
  });
});
