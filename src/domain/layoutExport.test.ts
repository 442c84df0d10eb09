import { describe, expect, it } from 'vitest';
import { exportLayout, parseLayoutImport } from './layoutJson';
import type { Layout } from './types';

const layout: Layout = {
  sections: [
    { id: 'main', name: 'main', title: 'About deal', elements: [{ field: 'TITLE', optionFlags: 0 }] },
  ],
};
const exportedAt = '2026-01-05T10:00:00.000Z';

describe('the layout file of any card', () => {
  it('names a deal pipeline by card and reads it back as that card', () => {
    const text = exportLayout(layout, { card: 'deal:2', scope: 'C', exportedAt });
    expect(JSON.parse(text)).toMatchObject({ card: 'deal:2', scope: 'C' });
    expect(JSON.parse(text)).not.toHaveProperty('leadType');
    expect(parseLayoutImport(text)).toMatchObject({ ok: true, card: { entity: 'deal', categoryId: 2 } });
  });

  it('keeps a lead file as it was: leadType only, read back as that lead card', () => {
    const text = exportLayout(layout, { leadType: 'repeat', scope: 'P', userId: 7, exportedAt });
    expect(JSON.parse(text)).not.toHaveProperty('card');
    expect(parseLayoutImport(text)).toMatchObject({
      ok: true,
      leadType: 'repeat',
      card: { entity: 'lead', leadType: 'repeat' },
    });
  });

  it('refuses a file made for a card it does not know', () => {
    const text = exportLayout(layout, { card: 'deal:x', scope: 'C', exportedAt });
    expect(parseLayoutImport(text)).toMatchObject({
      ok: false,
      code: 'unknownCard',
      params: { card: '"deal:x"' },
    });
  });
});
