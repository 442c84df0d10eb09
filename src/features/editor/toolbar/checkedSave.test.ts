import { afterEach, describe, expect, it } from 'vitest';
import { batchOk, ok, script } from '../../../api/testing/fakeFetch';
import { aLayout, portalSectionsOf } from '../../../testing/builders';
import { DEFAULT_SECTION_TITLES_RU } from '../../../domain/cardLabels.ru';
import { DEFAULT_SECTION_TITLES } from '../../../domain/defaults';
import type { Layout } from '../../../domain/types';
import { setLang } from '../../../i18n/i18nStore';
import { checkedSave } from './checkedSave';
import { draft, envOn, loaded } from './checkedSaveFixtures';

const stored = (l: Layout) => portalSectionsOf(l);

describe('checkedSave', () => {
  afterEach(() => setLang('en', false));

  it('writes when the portal still holds what was loaded: two requests', async () => {
    const fetch = script(ok(stored(loaded)), ok(true));
    const result = await checkedSave(envOn(fetch), draft);
    expect(result.kind).toBe('saved');
    expect(fetch.requests.map((r) => r.method)).toEqual([
      'crm.lead.details.configuration.get',
      'crm.lead.details.configuration.set',
    ]);
  });

  it('stops with a conflict, writing nothing, when someone else saved', async () => {
    const theirs = aLayout()
      .section('main', ['TITLE', 'PHONE', 'EMAIL'])
      .section('more', ['COMMENTS'])
      .build();
    const fetch = script(ok(stored(theirs)));
    const result = await checkedSave(envOn(fetch), draft);
    expect(result.kind).toBe('conflict');
    if (result.kind !== 'conflict') return;
    expect(result.conflict.base).toBe(loaded);
    expect(result.conflict.mine).toBe(draft);
    expect(result.conflict.theirs.sections[0]?.elements.map((e) => e.field)).toEqual([
      'TITLE',
      'PHONE',
      'EMAIL',
    ]);
    expect(fetch.requests).toHaveLength(1);
  });

  it('a layout deleted on the portal meanwhile (reset) is a conflict too', async () => {
    const fetch = script(ok(null));
    const result = await checkedSave(envOn(fetch), draft);
    expect(result).toMatchObject({
      kind: 'conflict',
      conflict: { theirsIsDefault: true, theirsPortal: null },
    });
  });

  it('compares with the default card titled in the interface language, as the editor opened it', async () => {
    const titles = async () => {
      const result = await checkedSave(envOn(script(ok(null))), draft);
      return result.kind === 'conflict' ? result.conflict.theirs.sections.map((s) => s.title) : [];
    };
    expect(await titles()).toEqual(Object.values(DEFAULT_SECTION_TITLES));
    setLang('ru', false);
    expect(await titles()).toEqual(Object.values(DEFAULT_SECTION_TITLES_RU));
  });

  it('in an app, the history option travels in the same two batch requests', async () => {
    const fetch = script(
      batchOk({ result: { layout: stored(loaded), history: null } }),
      batchOk({ result: { history: true, layout: true } }),
    );
    const result = await checkedSave(envOn(fetch, { appContext: true }), draft);
    expect(result.kind).toBe('saved');
    expect(fetch.requests.map((r) => r.method)).toEqual(['batch', 'batch']);
    const cmd = (fetch.requests[1]?.params['cmd'] ?? {}) as Record<string, string>;
    expect(decodeURIComponent(cmd['history'] ?? '')).toContain('options[history_C_simple]=[{"id":"');
  });
});
