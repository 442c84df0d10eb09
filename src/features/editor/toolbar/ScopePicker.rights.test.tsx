// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useMemo } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { User } from '../../../api/schemas/user';
import { SIMPLE_LEADS } from '../../../domain/cardType';
import { batchOk, fakeFetch, testClient, type TestClient } from '../../../api/testing/fakeFetch';
import { setLang } from '../../../i18n/i18nStore';
import { rightsOf, useRefused } from '../../../store/rights';
import { RightsContext, rightsEnv } from '../document/rightsContext';
import { ScopePicker } from './ScopePicker';

const user = (ID: string, NAME: string, LAST_NAME: string): User => ({ ID, ACTIVE: true, NAME, LAST_NAME });
const USERS = [user('2', 'Demo', 'Manager'), user('4', 'Anna', 'Schmidt')];
const DENIED = { error: '', error_description: 'Access denied.' };

/** A portal that refuses another user's layouts, or answers "nothing stored". */
const portal = (refuses: boolean): TestClient =>
  testClient(
    fakeFetch(() =>
      refuses
        ? batchOk({ result_error: { simple: DENIED, repeat: DENIED } })
        : batchOk({ result: { simple: null, repeat: null } }),
    ),
  );

function Picker(props: {
  client: TestClient;
  who: string;
  admin: boolean;
  onChange: (scope: 'C' | 'P', userId: number | null) => void;
}) {
  const refused = useRefused(props.who);
  const rights = useMemo(
    () => rightsEnv(rightsOf(props.admin, refused), props.who),
    [props.admin, refused, props.who],
  );
  return (
    <RightsContext.Provider value={rights}>
      <ScopePicker
        client={props.client.client}
        current={{ scope: 'P', userId: 2, card: SIMPLE_LEADS }}
        firstUsers={USERS}
        selfId={2}
        onChange={props.onChange}
      />
    </RightsContext.Provider>
  );
}

function renderPicker(who: string, refuses: boolean, admin = false) {
  const client = portal(refuses);
  const onChange = vi.fn<(scope: 'C' | 'P', userId: number | null) => void>();
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <Picker client={client} who={who} admin={admin} onChange={onChange} />
    </QueryClientProvider>,
  );
  return { client, onChange, picker: screen.getByRole('group', { name: 'Whose layout' }) };
}

beforeAll(() => setLang('en'));

describe('picking another user for a personal layout', () => {
  it('when the portal refuses: says so at the picker, stays, and then offers no other user', async () => {
    const { onChange, picker } = renderPicker('p~user2', true);
    const users = within(picker).getByRole('combobox', { name: 'User' });
    await userEvent.selectOptions(users, '4');
    const alert = await within(picker).findByRole('alert');
    expect(alert.textContent).toContain('"Access denied."');
    expect(alert.textContent).toContain("Anna Schmidt's personal layout");
    expect(onChange).not.toHaveBeenCalled();
    expect(users).toHaveProperty('value', '2');
    expect(users).toHaveProperty('disabled', true);
    expect(users.getAttribute('aria-describedby')).toBe(alert.id);
  });

  it('when the portal lets the user read it: switches to that user', async () => {
    const { onChange, picker } = renderPicker('q~user2', false);
    await userEvent.selectOptions(within(picker).getByRole('combobox', { name: 'User' }), '4');
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledWith('P', 4));
    expect(within(picker).queryByRole('alert')).toBeNull();
  });

  it('for a portal admin, whose rights are known: switches at once, asking nothing first', async () => {
    const { client, onChange, picker } = renderPicker('r~user1', true, true);
    await userEvent.selectOptions(within(picker).getByRole('combobox', { name: 'User' }), '4');
    expect(onChange).toHaveBeenCalledWith('P', 4);
    expect(client.fetch.requests).toHaveLength(0);
  });
});
