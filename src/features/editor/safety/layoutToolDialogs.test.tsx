// @vitest-environment jsdom
import { cardFieldsOf } from '../../../domain/cards';
import { SIMPLE_LEADS } from '../../../domain/cardType';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { LeadFields } from '../../../api/schemas/fields';
import { fakeFetch, testClient } from '../../../api/testing/fakeFetch';
import { exportLayout } from '../../../domain/layoutJson';
import { setLang } from '../../../i18n/i18nStore';
import type { Lang } from '../../../i18n/types';
import { createEditorStore } from '../../../store/editorStore';
import { aLayout, aPortalFields, replay } from '../../../testing/builders';
import { toastStore } from '../../../ui/toastStore';
import { BulkApplyDialog } from './BulkApplyDialog';
import { ConflictDialog } from './ConflictDialog';
import { CopyDialog } from './CopyDialog';
import { DiffDialog } from './DiffDialog';
import { documentEnv } from '../document/documentContext';
import { openDialogsByAttribute, renderInDocument, testQueryClient } from '../../../testing/renderDocument';
import { layoutPairQuery } from '../document/storedLayouts';
import { formatWhen } from '../document/formatWhen';
import { HistoryDialog } from './HistoryDialog';
import { ImportDialog } from './ImportDialog';
import { keepVersion } from './versionKeeping';
import { WhoSeesDialog } from './WhoSeesDialog';

const FIELDS = aPortalFields() as LeadFields;
const ME = { id: 1, name: 'Анна Смирнова' };
const KEY = { scope: 'C', userId: null, card: { entity: 'lead', leadType: 'simple' } } as const;

// Section titles are the portal's data and stay as stored; field labels are the card's, in the portal's language.
const saved = aLayout()
  .section('main', ['TITLE', 'PHONE'], { title: 'Main' })
  .section('more', ['COMMENTS'], { title: 'More' })
  .build();
const moved = replay(
  saved,
  { type: 'moveField', field: 'PHONE', to: { section: 'more', index: 0 } },
  { type: 'setAlwaysShow', field: 'TITLE', value: true },
);

function renderDialog(ui: ReactNode, lang: Lang) {
  const { client } = testClient(fakeFetch(() => 'hang'));
  const queryClient = testQueryClient();
  // nothing stored for the common scope; user 1 has a personal layout of simple leads
  queryClient.setQueryData(layoutPairQuery(client, { scope: 'C', userId: null }, SIMPLE_LEADS).queryKey, {
    simple: null,
    repeat: null,
  });
  queryClient.setQueryData(layoutPairQuery(client, { scope: 'P', userId: 1 }, SIMPLE_LEADS).queryKey, {
    simple: { layout: saved, notices: [] },
    repeat: null,
  });
  const editor = createEditorStore(saved, false);
  editor.getState().apply({ type: 'replaceLayout', layout: moved });
  const env = documentEnv({
    client,
    docKey: KEY,
    editor,
    cardFields: cardFieldsOf(SIMPLE_LEADS, FIELDS, lang),
    fields: FIELDS,
    me: ME,
    storageId: 'test-portal',
    appContext: false,
    firstUsers: [{ ID: '5', ACTIVE: true, NAME: 'Иван', LAST_NAME: 'Петров', WORK_POSITION: 'Менеджер' }],
    openDocument: () => undefined,
  });
  renderInDocument(ui, env, queryClient);
}

const texts = (list: HTMLElement) =>
  within(list)
    .getAllByRole('listitem')
    .map((li) => li.textContent);
const close = () => undefined;

beforeAll(openDialogsByAttribute);

describe('the layout tools, for a Russian-speaking user', () => {
  beforeEach(() => setLang('ru', false));
  afterEach(() => {
    setLang('en', false);
    localStorage.clear();
    toastStore.setState({ toasts: [] });
  });

  it('compare: lists what the draft changed, and compares simple with repeat leads the portal never stored', async () => {
    renderDialog(<DiffDialog onClose={close} />, 'ru');
    const dialog = screen.getByRole('dialog', { name: 'Сравнение видов карточки' });
    const tabs = within(dialog).getByRole('tablist', { name: 'Сравнить' });
    expect(
      within(tabs)
        .getAllByRole('tab')
        .map((t) => t.textContent),
    ).toEqual(['Черновик и сохранённый', 'Общий и мой личный', 'Простые и повторные']);
    expect(
      within(dialog).getByText('Ваш черновик в сравнении с сохранённым видом карточки. Итого: 2 отличия.'),
    ).toBeTruthy();
    expect(texts(within(dialog).getByRole('list', { name: 'Отличия' }))).toEqual([
      '✎изменено: Название лида: «Показывать всегда» включено',
      '↕перемещено: Телефон: перемещено из «Main» в «More»',
    ]);
    expect(within(dialog).getByRole('button', { name: 'Закрыть' })).toBeTruthy();

    // repeat leads have nothing stored: the portal default, with the section titles a Russian portal shows
    await userEvent.click(within(tabs).getByRole('tab', { name: 'Простые и повторные' }));
    expect(
      await within(dialog).findByText(
        /^Простые лиды в сравнении с повторными \(повторные лиды: не сохранён, вид портала по умолчанию\)\. Итого: \d+ (отличий|отличия|отличие)\.$/,
      ),
    ).toBeTruthy();
    const changes = texts(within(dialog).getByRole('list', { name: 'Отличия' }));
    expect(changes).toContain('✎изменено: Раздел «Main» переименован в «О лиде»');
    expect(changes).toContain('+добавлено: Раздел «Товары» добавлен');
  });

  it('history: shows a kept version, what restoring it would change, and restores it into the draft', async () => {
    const at = '2025-05-12T11:03:09.000Z';
    const kept = aLayout().section('main', ['TITLE', 'PHONE', 'EMAIL', 'NAME', 'COMMENTS'], {
      title: 'Main',
    });
    keepVersion('test-portal', KEY, { layout: kept.build(), savedBy: ME, at }, undefined);
    renderDialog(<HistoryDialog onClose={close} />, 'ru');
    const dialog = screen.getByRole('dialog', { name: 'История вида карточки' });
    expect(dialog.textContent).toContain('Хранится только в этом браузере: вне приложения Битрикс24');
    const version = within(within(dialog).getByRole('list', { name: 'Версии' })).getByRole('button');
    expect(version.textContent).toBe(
      `${formatWhen(at, 'ru', { seconds: true })}заменено: Анна Смирнова1 раздел, 5 полейбраузер`,
    );
    expect(version.textContent).toContain('мая 2025 г.');
    const preview = within(dialog).getByRole('region', { name: 'Просмотр версии' });
    expect(
      within(preview).getByRole('heading', { level: 3, name: /^Восстановление изменит черновик: / }),
    ).toBeTruthy();
    expect(within(preview).getByRole('list', { name: 'Что изменит восстановление' })).toBeTruthy();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Восстановить в черновик' }));
    expect(toastStore.getState().toasts.map((t) => t.text)).toEqual([
      `Версия от ${formatWhen(at, 'ru')} теперь в черновике. Сохраните, чтобы она снова стала видом карточки.`,
    ]);
  });

  it('import: sums up a valid file and offers to load it into the draft', () => {
    const layout = aLayout().section('main', ['TITLE', 'PHONE'], { title: 'Main' }).build();
    const exportedAt = '2025-05-12T11:03:00.000Z';
    const text = exportLayout(layout, { leadType: 'repeat', scope: 'C', exportedAt });
    renderDialog(<ImportDialog file={{ name: 'layout.json', text }} onClose={close} />, 'ru');
    const dialog = screen.getByRole('dialog', { name: 'Импорт layout.json' });
    expect(
      within(dialog).getByText(
        `1 раздел, 2 поля, для повторных лидов (общий), экспорт: ${formatWhen(exportedAt, 'ru')}. Проверки портала пройдены.`,
      ),
    ).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Загрузить в черновик' })).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Отмена' })).toBeTruthy();
  });

  it('import: a broken file is refused, and the user told why', () => {
    renderDialog(<ImportDialog file={{ name: 'broken.json', text: '[1,' }} onClose={close} />, 'ru');
    expect(screen.getByRole('alert').textContent).toBe('В файле некорректный JSON (файл обрывается).');
  });

  it('conflicts: offers merging, keeping mine or taking theirs, and a choice per conflict', () => {
    const cardFields = cardFieldsOf(SIMPLE_LEADS, FIELDS, 'ru');
    const theirs = replay(saved, { type: 'removeField', field: 'PHONE' });
    render(
      <ConflictDialog
        title="Вид карточки сохранил кто-то другой"
        intro="…"
        base={saved}
        mine={moved}
        theirs={theirs}
        labelOf={(code) => cardFields.find((f) => f.code === code)?.label ?? code}
        canSave
        onKeepMine={close}
        onTakeTheirs={close}
        onMerge={close}
        onClose={close}
      />,
    );
    const dialog = screen.getByRole('dialog', { name: 'Вид карточки сохранил кто-то другой' });
    for (const name of [
      'Объединить и сохранить',
      'Объединить в черновике',
      'Оставить моё и сохранить',
      'Взять их вариант',
      'Отмена',
    ]) {
      expect(within(dialog).getByRole('button', { name })).toBeTruthy();
    }
    expect(within(dialog).getByRole('heading', { name: 'Изменили они (1 изменение)' })).toBeTruthy();
    expect(within(dialog).getByRole('heading', { name: 'Изменили вы (2 изменения)' })).toBeTruthy();
    const conflict = within(dialog).getByRole('group', {
      name: 'Телефон: вы поместили его в «More» на позицию 1; они убрали его из карточки.',
    });
    expect(within(conflict).getByRole('radio', { name: 'Моё' })).toBeTruthy();
    expect(within(conflict).getByRole('radio', { name: 'Их' })).toBeTruthy();
  });

  it('apply to users: nothing to apply until someone is chosen, then counts the chosen', async () => {
    renderDialog(<BulkApplyDialog onClose={close} />, 'ru');
    const dialog = screen.getByRole('dialog', { name: 'Применить к сотрудникам' });
    const apply = within(dialog).getByRole('button', { name: 'Применить к 0 сотрудникам' });
    expect(apply).toHaveProperty('disabled', true);
    expect(within(dialog).getByRole('searchbox', { name: 'Поиск сотрудников' })).toBeTruthy();
    await userEvent.click(within(dialog).getByRole('checkbox', { name: /Иван Петров/ }));
    expect(within(dialog).getByRole('button', { name: 'Применить к 1 сотруднику' })).toBeTruthy();
    expect(within(dialog).getByText('Выбран 1')).toBeTruthy();
    expect(dialog.textContent).toContain(
      'как личный вид карточки простых лидов каждого выбранного сотрудника',
    );
  });

  it("copy offers the other layouts as targets; who sees what tells each card type's layout by name", async () => {
    renderDialog(<CopyDialog onClose={close} />, 'ru');
    const copy = screen.getByRole('dialog', { name: 'Копировать вид карточки' });
    expect(within(copy).getByRole('radio', { name: 'Личный вид карточки простых лидов' })).toBeTruthy();
    expect(within(copy).getByRole('radio', { name: 'Общий вид карточки повторных лидов' })).toBeTruthy();
    expect(within(copy).getByRole('button', { name: 'Копировать в черновик' })).toBeTruthy();

    renderDialog(<WhoSeesDialog onClose={close} />, 'ru');
    const who = screen.getByRole('dialog', { name: 'Кто что видит' });
    expect(texts(await within(who).findByRole('list', { name: 'Какие виды карточки действуют' }))).toEqual([
      'Простые лиды: Анна Смирнова: есть личный вид карточки. Сотрудник видит его, пока в карточке выбран личный вид; при общем виде (его портал выбирает по умолчанию) — вид портала по умолчанию.',
      'Повторные лиды: Не сохранено ни личного, ни общего вида карточки: Анна Смирнова видит встроенный вид портала. Личный вид, если его создать, начнётся с вида портала по умолчанию.',
    ]);
    expect(
      within(who).getByRole('region', { name: 'Личный в сравнении с общим, простые лиды' }),
    ).toBeTruthy();
  });
});

describe('the layout tools, for an English-speaking user', () => {
  it('compare: lists what the draft changed, in English', () => {
    renderDialog(<DiffDialog onClose={close} />, 'en');
    const dialog = screen.getByRole('dialog', { name: 'Compare layouts' });
    expect(within(dialog).getByText('Your draft against the saved layout. 2 differences.')).toBeTruthy();
    expect(texts(within(dialog).getByRole('list', { name: 'Differences' }))).toEqual([
      '✎changed: Lead name is now always shown',
      '↕moved: Phone moved from Main to More',
    ]);
    expect(within(dialog).getByRole('tab', { name: 'Common vs my personal' })).toBeTruthy();
  });
});
