// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { parseVersionList, listVersions } from '../../../store/history';
import { aLayout } from '../../../testing/builders';
import { historyOptionName, keepVersion, PORTAL_HISTORY_LIMIT } from './versionKeeping';

const key = {
  scope: 'P' as const,
  userId: 7,
  card: { entity: 'lead' as const, leadType: 'repeat' as const },
};
const entry = (n: number) => ({
  layout: aLayout()
    .section('main', n % 2 === 0 ? ['TITLE'] : ['TITLE', 'PHONE'])
    .build(),
  savedBy: { id: 1, name: 'Demo Admin' },
  at: new Date(Date.UTC(2025, 0, 1, 12, 0, n)).toISOString(),
});

afterEach(() => localStorage.clear());

describe('keeping the overwritten layout', () => {
  it('names one app option per document', () => {
    expect(historyOptionName(key)).toBe('history_P7_repeat');
    expect(
      historyOptionName({ scope: 'C', userId: null, card: { entity: 'lead', leadType: 'simple' } }),
    ).toBe('history_C_simple');
  });

  it('always keeps it in this browser; sends the portal list only when the re-read brought one', () => {
    expect(keepVersion('portal~user1', key, entry(0), undefined)).toBeNull();
    expect(listVersions(localStorage, 'portal~user1', key)).toHaveLength(1);
    const sent = keepVersion('portal~user1', key, entry(1), null);
    expect(sent?.option).toBe('history_P7_repeat');
    expect(parseVersionList(sent?.value ?? null)).toHaveLength(1);
    expect(listVersions(localStorage, 'portal~user1', key)).toHaveLength(2);
  });

  it('keeps the portal copy short, and sends nothing when the newest already holds the layout', () => {
    let text: string | null = null;
    for (let n = 0; n < PORTAL_HISTORY_LIMIT + 5; n++)
      text = keepVersion('p', key, entry(n), text)?.value ?? text;
    expect(parseVersionList(text)).toHaveLength(PORTAL_HISTORY_LIMIT);
    const again = { ...entry(PORTAL_HISTORY_LIMIT + 4), at: new Date().toISOString() };
    expect(keepVersion('p', key, again, text)).toBeNull();
  });
});
