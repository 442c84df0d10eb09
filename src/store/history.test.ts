import { describe, expect, it } from 'vitest';
import { aLayout, anElement } from '../testing/builders';
import { memoryStorage } from '../testing/memoryStorage';
import { sameLayout } from '../domain/layoutEquals';
import type { DocumentKey } from './documentKey';
import {
  addVersion,
  getVersion,
  HISTORY_LIMIT,
  historyStorageKey,
  listVersions,
  parseVersionList,
  recordVersion,
} from './history';

const PORTAL = 'acme.bitrix24.com';
const key: DocumentKey = { scope: 'P', userId: 7, card: { entity: 'lead', leadType: 'simple' } };
const anna = { id: 1, name: 'Anna' };
const boris = { id: 2, name: 'Boris' };

/** The n-th layout the portal held: `main` with fields F0..Fn. */
const layoutNo = (n: number) =>
  aLayout()
    .section(
      'main',
      Array.from({ length: n + 1 }, (_, i) => `F${i}`),
      { title: 'Main' },
    )
    .build();
const at = (n: number) => `2025-05-12T14:${String(n).padStart(2, '0')}:00.000Z`;

describe('recordVersion / listVersions / getVersion', () => {
  it('keeps what each save overwrote, newest first, with who and when', () => {
    const storage = memoryStorage();
    recordVersion(storage, {
      portalId: PORTAL,
      key,
      layout: layoutNo(0),
      savedBy: anna,
      at: at(1),
      wasDefault: true,
    });
    const second = recordVersion(storage, {
      portalId: PORTAL,
      key,
      layout: layoutNo(1),
      savedBy: boris,
      at: at(2),
    });
    expect(second).toEqual({
      ok: true,
      added: true,
      dropped: 0,
      version: { id: at(2), at: at(2), savedBy: boris, wasDefault: false, sectionCount: 1, fieldCount: 2 },
    });
    expect(listVersions(storage, PORTAL, key)).toEqual([
      { id: at(2), at: at(2), savedBy: boris, wasDefault: false, sectionCount: 1, fieldCount: 2 },
      { id: at(1), at: at(1), savedBy: anna, wasDefault: true, sectionCount: 1, fieldCount: 1 },
    ]);
    const version = getVersion(storage, PORTAL, key, at(1));
    expect(version).toMatchObject({ id: at(1), savedBy: anna, wasDefault: true, notices: [] });
    expect(version && sameLayout(version.layout, layoutNo(0))).toBe(true);
    expect(getVersion(storage, PORTAL, key, 'missing')).toBeNull();
    expect(listVersions(storage, PORTAL, { ...key, card: { entity: 'lead', leadType: 'repeat' } })).toEqual(
      [],
    );
    expect(listVersions(storage, 'other.bitrix24.com', key)).toEqual([]);
  });

  it('stores JSON in the portal payload shape under the history key', () => {
    const storage = memoryStorage();
    const layout = aLayout()
      .section('main', [anElement('PHONE').alwaysShown().withExtra({ title: 'Mobile' })], { title: 'Main' })
      .build();
    recordVersion(storage, { portalId: PORTAL, key, layout, savedBy: anna, at: at(1) });
    expect(historyStorageKey(PORTAL, key)).toBe('lcs:history:v1:acme.bitrix24.com:P:7:simple');
    expect(JSON.parse(storage.getItem(historyStorageKey(PORTAL, key)) ?? '')).toEqual([
      {
        id: at(1),
        at: at(1),
        savedBy: anna,
        sections: [
          {
            type: 'section',
            name: 'main',
            title: 'Main',
            elements: [{ name: 'PHONE', optionFlags: 1, title: 'Mobile' }],
          },
        ],
      },
    ]);
  });

  it(`keeps at most ${HISTORY_LIMIT} versions per document, dropping the oldest`, () => {
    const storage = memoryStorage();
    for (let n = 0; n < HISTORY_LIMIT + 5; n++) {
      recordVersion(storage, { portalId: PORTAL, key, layout: layoutNo(n), savedBy: anna, at: at(n) });
    }
    const versions = listVersions(storage, PORTAL, key);
    expect(versions).toHaveLength(HISTORY_LIMIT);
    expect(versions[0]?.at).toBe(at(HISTORY_LIMIT + 4));
    expect(versions.at(-1)?.at).toBe(at(5));
    expect(
      recordVersion(storage, { portalId: PORTAL, key, layout: layoutNo(99), savedBy: anna, at: at(59) }),
    ).toMatchObject({ ok: true, dropped: 1 });
  });

  it('does not keep the same layout twice in a row (a retried save)', () => {
    const storage = memoryStorage();
    recordVersion(storage, { portalId: PORTAL, key, layout: layoutNo(1), savedBy: anna, at: at(1) });
    const again = recordVersion(storage, {
      portalId: PORTAL,
      key,
      layout: layoutNo(1),
      savedBy: anna,
      at: at(2),
    });
    expect(again).toMatchObject({ ok: true, added: false, version: { id: at(1) } });
    expect(listVersions(storage, PORTAL, key)).toHaveLength(1);
  });

  it('gives two saves in the same millisecond different ids', () => {
    const storage = memoryStorage();
    recordVersion(storage, { portalId: PORTAL, key, layout: layoutNo(1), savedBy: anna, at: at(1) });
    recordVersion(storage, { portalId: PORTAL, key, layout: layoutNo(2), savedBy: boris, at: at(1) });
    expect(listVersions(storage, PORTAL, key).map((v) => v.id)).toEqual([`${at(1)}#2`, at(1)]);
  });

  it('drops the oldest versions to make room in a full storage, and says when even one does not fit', () => {
    const storage = memoryStorage({ quota: 1500 });
    const results = Array.from({ length: 8 }, (_, n) =>
      recordVersion(storage, { portalId: PORTAL, key, layout: layoutNo(n), savedBy: anna, at: at(n) }),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    const versions = listVersions(storage, PORTAL, key);
    expect(versions[0]?.at).toBe(at(7));
    expect(versions.length).toBeLessThan(8);
    expect(results.some((r) => r.ok && r.dropped > 0)).toBe(true);

    const tiny = memoryStorage({ quota: 100 });
    expect(
      recordVersion(tiny, { portalId: PORTAL, key, layout: layoutNo(3), savedBy: anna, at: at(1) }),
    ).toMatchObject({ ok: false, reason: 'quota' });
    expect(
      recordVersion(memoryStorage({ broken: true }), {
        portalId: PORTAL,
        key,
        layout: layoutNo(3),
        savedBy: anna,
        at: at(1),
      }),
    ).toMatchObject({ ok: false, reason: 'unavailable' });
  });

  it('reads nothing from corrupt storage and skips corrupt entries; never throws', () => {
    const storage = memoryStorage();
    storage.setItem(historyStorageKey(PORTAL, key), '{broken');
    expect(listVersions(storage, PORTAL, key)).toEqual([]);
    expect(listVersions(memoryStorage({ broken: true }), PORTAL, key)).toEqual([]);
    expect(getVersion(memoryStorage({ broken: true }), PORTAL, key, 'x')).toBeNull();
    const good = addVersion([], { layout: layoutNo(0), savedBy: anna, at: at(1) }).version;
    storage.setItem(historyStorageKey(PORTAL, key), JSON.stringify([{ id: 'bad' }, good, 'junk']));
    expect(listVersions(storage, PORTAL, key).map((v) => v.id)).toEqual([at(1)]);
    // A corrupt list is replaced by a fresh one on the next save rather than blocking it.
    storage.setItem(historyStorageKey(PORTAL, key), '{broken');
    expect(
      recordVersion(storage, { portalId: PORTAL, key, layout: layoutNo(1), savedBy: anna, at: at(2) }).ok,
    ).toBe(true);
  });
});

describe('parseVersionList / addVersion (the same rules for the copy on the portal)', () => {
  it('round-trips through JSON text', () => {
    const { list } = addVersion(addVersion([], { layout: layoutNo(0), savedBy: anna, at: at(1) }).list, {
      layout: layoutNo(1),
      savedBy: boris,
      at: at(2),
    });
    expect(parseVersionList(JSON.stringify(list))).toEqual(list);
    expect(parseVersionList(null)).toEqual([]);
    expect(parseVersionList('{"not":"a list"}')).toEqual([]);
  });

  it('honours a smaller limit', () => {
    let list: ReturnType<typeof addVersion>['list'] = [];
    for (let n = 0; n < 5; n++)
      list = addVersion(list, { layout: layoutNo(n), savedBy: anna, at: at(n) }, 3).list;
    expect(list.map((v) => v.at)).toEqual([at(4), at(3), at(2)]);
  });
});
