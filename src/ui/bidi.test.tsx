// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { User } from '../api/schemas/user';
import { DocumentBanners } from '../features/editor/banners/DocumentBanners';
import { UserSelect } from '../features/editor/users/UserSelect';
import { translate } from '../i18n/i18nStore';
import { createEditorStore } from '../store/editorStore';
import { aLayout } from '../testing/builders';
import { isolateText, withIsolatedSlots } from './bidi';

/** Issue 20: a user name with an unclosed RIGHT-TO-LEFT OVERRIDE reversed the app's words after it. */
const RLO_NAME = 'Eve \u202Eevil';
const FSI = '\u2068';
const PDI = '\u2069';

describe('isolating portal strings', () => {
  it('wraps text that can reorder its surroundings, and only that', () => {
    expect(isolateText(RLO_NAME)).toBe(`${FSI}${RLO_NAME}${PDI}`);
    expect(isolateText('שרה כהן')).toBe(`${FSI}שרה כהן${PDI}`);
    expect(isolateText('x\u2067y')).toBe(`${FSI}x\u2067y${PDI}`);
    expect(isolateText('Anna Schmidt')).toBe('Anna Schmidt');
    expect(isolateText('Иван Петров')).toBe('Иван Петров');
  });

  it('puts each value of a message into its own <bdi>, in any language', () => {
    for (const lang of ['en', 'ru'] as const) {
      const t = translate(lang);
      const { container, unmount } = render(
        <p>{withIsolatedSlots((s) => t('pieces.banner.personal', s), { who: RLO_NAME })}</p>,
      );
      expect(container.textContent).toBe(t('pieces.banner.personal', { who: RLO_NAME }));
      expect([...container.querySelectorAll('bdi')].map((b) => b.textContent)).toEqual([RLO_NAME]);
      unmount();
    }
  });

  it('the banner "Personal layout of …" holds the name in a <bdi>', () => {
    render(
      <DocumentBanners
        docKey={{ scope: 'P', userId: 7, card: { entity: 'lead', leadType: 'simple' } }}
        editor={createEditorStore(aLayout().build(), false)}
        loaded={null}
        who={RLO_NAME}
        commonStored={false}
      />,
    );
    const banner = screen.getByText(/Personal layout of/);
    expect(banner.querySelector('bdi')?.textContent).toBe(RLO_NAME);
    // the app's words stay outside the isolate
    expect(banner.textContent?.startsWith('Personal layout of ')).toBe(true);
  });

  it('the user list isolates every name and position in its options', () => {
    const users: User[] = [
      { ID: '7', ACTIVE: true, NAME: 'Eve', LAST_NAME: '\u202Eevil', WORK_POSITION: 'Sales' },
      { ID: '4', ACTIVE: true, NAME: 'Anna', LAST_NAME: 'Schmidt', WORK_POSITION: '\u202Eboss' },
    ];
    render(<UserSelect users={users} userId={7} className="input" onSelect={() => undefined} />);
    const options = screen.getAllByRole('option').map((o) => o.textContent);
    expect(options).toEqual([`${FSI}Eve \u202Eevil${PDI} — Sales`, `Anna Schmidt — ${FSI}\u202Eboss${PDI}`]);
  });
});
